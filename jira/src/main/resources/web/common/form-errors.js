/*
 * Shows API and input errors next to the form field they are about: the message goes into the field's
 * <div class="error" data-error-for="name">, the field gets aria-invalid and points at the message with
 * aria-describedby, and focus moves to the first field in error. Messages not about a field of this form go to the
 * form's [data-form-errors] box. Text is always set with textContent.
 */
(function (ns) {
    'use strict';

    function fieldNames(form) {
        var names = [];
        Array.prototype.forEach.call(form.elements, function (element) {
            if (element.name && names.indexOf(element.name) < 0) {
                names.push(element.name);
            }
        });
        return names;
    }

    function clear(form) {
        Array.prototype.forEach.call(form.querySelectorAll('[data-error-for]'), function (box) {
            box.textContent = '';
        });
        Array.prototype.forEach.call(form.querySelectorAll('[aria-invalid]'), function (field) {
            field.removeAttribute('aria-invalid');
        });
        var general = form.querySelector('[data-form-errors]');
        if (general) {
            general.textContent = '';
            general.hidden = true;
        }
    }

    /** @param grouped {byField: {name: [message]}, general: [message]} as made by Lodestar.restErrors.groupErrors */
    function show(form, grouped) {
        clear(form);
        var firstInvalid = null;
        Object.keys(grouped.byField).forEach(function (name) {
            var box = form.querySelector('[data-error-for="' + name + '"]');
            var field = form.elements[name];
            if (!box) {
                grouped.general = grouped.general.concat(grouped.byField[name]);
                return;
            }
            box.textContent = grouped.byField[name].join(' ');
            if (field && field.setAttribute) {
                if (!box.id) {
                    box.id = form.id + '-' + name + '-error';
                }
                field.setAttribute('aria-invalid', 'true');
                field.setAttribute('aria-describedby', box.id);
                firstInvalid = firstInvalid || field;
            }
        });
        var general = form.querySelector('[data-form-errors]');
        if (general && grouped.general.length) {
            grouped.general.forEach(function (message) {
                var paragraph = document.createElement('p');
                paragraph.textContent = message;
                general.appendChild(paragraph);
            });
            general.hidden = false;
            general.setAttribute('role', 'alert');
        }
        if (firstInvalid && typeof firstInvalid.focus === 'function') {
            firstInvalid.focus();
        }
    }

    /** Shows a RestError from the API on the form, each error worded by a page text (never the API's own text). */
    function showRestError(form, error) {
        var grouped = ns.restErrors.groupErrors({errors: error.errors}, fieldNames(form));
        var word = function (text) {
            return typeof text === 'string' ? ns.texts.get(text) : ns.texts.get.apply(null, [text.name].concat(text.args));
        };
        var worded = {byField: {}, general: grouped.general.map(word)};
        Object.keys(grouped.byField).forEach(function (field) {
            worded.byField[field] = grouped.byField[field].map(word);
        });
        show(form, worded);
    }

    ns.formErrors = {fieldNames: fieldNames, clear: clear, show: show, showRestError: showRestError};
}(window.Lodestar = window.Lodestar || {}));
