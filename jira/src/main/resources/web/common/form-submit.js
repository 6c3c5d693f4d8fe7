/*
 * What every dialog form of the page does around a REST call: read the form's values, show input errors, keep the
 * submit button from being pressed twice, and turn a failed call into the right message:
 * 400 -> page texts next to their fields (the API's developer wording is never shown); 409 (someone else changed it) and 404 (it is gone) -> the caller's
 * handlers, which close the dialog, say so and reload; 401/403/network/other -> a message at the top of the form.
 */
(function (ns) {
    'use strict';

    /** The form's values by field name: strings, and booleans for checkboxes. */
    function values(form) {
        var result = {};
        Array.prototype.forEach.call(form.elements, function (element) {
            if (!element.name) {
                return;
            }
            result[element.name] = element.type === 'checkbox' ? element.checked : element.value;
        });
        return result;
    }

    /** Sets the form's fields from an object; fields the object does not name are emptied. */
    function fill(form, data) {
        Array.prototype.forEach.call(form.elements, function (element) {
            if (!element.name) {
                return;
            }
            var value = data[element.name];
            if (element.type === 'checkbox') {
                element.checked = value === true;
            } else if (element.tagName === 'SELECT') {
                if (value !== undefined && value !== null && value !== '') {
                    element.value = String(value);
                } else if (element.options.length) {
                    element.selectedIndex = 0;
                }
            } else {
                element.value = value === undefined || value === null ? '' : String(value);
            }
        });
    }

    /** Shows the groups of fields marked data-kinds="NUMERIC KPI" only for those kinds. */
    function showForKind(form, kind) {
        Array.prototype.forEach.call(form.querySelectorAll('[data-kinds]'), function (group) {
            group.hidden = group.getAttribute('data-kinds').split(' ').indexOf(kind) < 0;
        });
    }

    /** Input errors [{field, code}] found before calling the API, shown like API errors. */
    function showInputErrors(form, errors) {
        var grouped = {byField: {}, general: []};
        errors.forEach(function (error) {
            (grouped.byField[error.field] = grouped.byField[error.field] || []).push(ns.texts.get('error.' + error.code));
        });
        ns.formErrors.show(form, grouped);
    }

    function showGeneral(form, messages) {
        ns.formErrors.show(form, {byField: {}, general: messages});
    }

    /**
     * Runs request() (a promise of the API call) for the form, and routes its failure.
     * @param handlers {saved(result), conflict(), gone(), optional invalid(error): a page that words a 400 its own way, optional forbiddenText: the text name
     *                 that says why this form's 403 happened}
     */
    function submit(form, submitButton, request, handlers) {
        if (form.getAttribute('aria-busy') === 'true') {
            return Promise.resolve();
        }
        ns.formErrors.clear(form);
        form.setAttribute('aria-busy', 'true');
        if (submitButton) {
            submitButton.disabled = true;
            submitButton.setAttribute('aria-disabled', 'true');
        }
        function done() {
            form.removeAttribute('aria-busy');
            if (submitButton) {
                submitButton.disabled = false;
                submitButton.removeAttribute('aria-disabled');
            }
        }
        return request().then(function (result) {
            done();
            handlers.saved(result);
        }, function (error) {
            done();
            var status = error && typeof error.status === 'number' ? error.status : -1;
            if (status === 409) {
                handlers.conflict();
            } else if (status === 404) {
                handlers.gone();
            } else if (status === 400 && error.errors.length) {
                if (handlers.invalid) {
                    handlers.invalid(error);
                } else {
                    ns.formErrors.showRestError(form, error);
                }
            } else if (status === 401) {
                showGeneral(form, [ns.texts.get('error.unauthorized')]);
            } else if (status === 403) {
                showGeneral(form, [ns.texts.get(handlers.forbiddenText || 'error.forbidden')]);
            } else if (status === 0) {
                showGeneral(form, [ns.texts.get('error.network')]);
            } else if (status === 400) {
                showGeneral(form, [ns.texts.get('error.invalid')]);
            } else {
                showGeneral(form, [ns.texts.get('error.generic')]);
            }
        });
    }

    ns.formSubmit = {values: values, fill: fill, showForKind: showForKind, showInputErrors: showInputErrors, submit: submit};
}(window.Lodestar = window.Lodestar || {}));
