/*
 * "Link issue": POST /key-results/{id}/links with an issue or epic key. Unlinking is a DELETE from the tree.
 */
(function (ns) {
    'use strict';

    function linkDialog(page) {
        var element = document.getElementById('lodestar-link-dialog');
        var form = document.getElementById('lodestar-link-form');
        var submitButton = document.getElementById('lodestar-link-submit');
        var context = element.querySelector('[data-dialog-context]');
        var dialog = ns.dialog(element);
        var keyResult = null;

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var built = ns.okrFormat.linkBody(ns.formSubmit.values(form));
            if (built.errors.length) {
                ns.formSubmit.showInputErrors(form, built.errors);
                return;
            }
            var target = keyResult;
            ns.formSubmit.submit(form, submitButton, function () {
                return page.client.post(page.urls.links(target.id), built.body);
            }, {
                saved: function () {
                    dialog.hide();
                    page.saved('[data-key-result-id="' + target.id + '"] [data-action="link-issue"]');
                },
                conflict: function () { dialog.hide(); page.conflict(); },
                // 404 here usually means a mistyped key (or an issue the user may not browse): say it at the field.
                gone: function () {
                    ns.formErrors.show(form, {byField: {issueKey: [ns.texts.get('error.not-found-issue')]}, general: []});
                }
            });
        });

        return {
            open: function (forKeyResult, trigger) {
                keyResult = forKeyResult;
                ns.formErrors.clear(form);
                form.reset();
                context.textContent = ns.texts.get('context.key-result', keyResult.title);
                dialog.show(trigger);
            }
        };
    }

    ns.linkDialog = linkDialog;
}(window.Lodestar = window.Lodestar || {}));
