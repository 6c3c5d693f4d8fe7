/*
 * Opens and closes the page's dialogs. With AUI (Jira) it drives AJS.dialog2, which traps focus and closes on
 * Escape; without it (a bare page) it shows the same markup itself and handles Escape and focus the same way.
 * Either way focus goes to the first field on open and back to the button that opened the dialog on close.
 */
(function (ns) {
    'use strict';

    function firstField(element) {
        return element.querySelector('input:not([type=hidden]):not([disabled]), select:not([disabled]), textarea:not([disabled])');
    }

    function dialog(element) {
        var returnFocusTo = null;
        var onHide = [];
        var auiDialog = window.AJS && typeof window.AJS.dialog2 === 'function' ? window.AJS.dialog2(element) : null;

        function afterHide() {
            onHide.forEach(function (listener) { listener(); });
            if (returnFocusTo && typeof returnFocusTo.focus === 'function' && document.body.contains(returnFocusTo)) {
                returnFocusTo.focus();
            }
            returnFocusTo = null;
        }

        function onKeydown(event) {
            if (event.key === 'Escape' || event.key === 'Esc') {
                event.preventDefault();
                hide();
            }
        }

        function show(trigger) {
            returnFocusTo = trigger || document.activeElement;
            if (auiDialog) {
                auiDialog.show();
            } else {
                element.hidden = false;
                element.setAttribute('aria-hidden', 'false');
                element.classList.add('lodestar-dialog-open');
                element.setAttribute('aria-modal', 'true');
                document.addEventListener('keydown', onKeydown);
            }
            var field = firstField(element);
            if (field) {
                field.focus();
            }
        }

        function hide() {
            if (auiDialog) {
                auiDialog.hide();
                return;
            }
            if (element.hidden) {
                return;
            }
            element.hidden = true;
            element.setAttribute('aria-hidden', 'true');
            element.classList.remove('lodestar-dialog-open');
            document.removeEventListener('keydown', onKeydown);
            afterHide();
        }

        if (auiDialog) {
            auiDialog.on('hide', afterHide);
        }
        Array.prototype.forEach.call(element.querySelectorAll('[data-dialog-close]'), function (button) {
            button.addEventListener('click', function (event) {
                event.preventDefault();
                hide();
            });
        });

        return {
            element: element,
            show: show,
            hide: hide,
            onHide: function (listener) { onHide.push(listener); }
        };
    }

    ns.dialog = dialog;
}(window.Lodestar = window.Lodestar || {}));
