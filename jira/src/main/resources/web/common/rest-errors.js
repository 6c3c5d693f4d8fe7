/*
 * Turns an API error body {"errors":[{"field":"objective.title","message":"must not be empty"}]} into messages per
 * form field. A field name matches a form field when its last dotted part equals the field's name
 * ("objective.title" -> "title", "keyResult.target" -> "target"); anything else (no field, or a field the form
 * does not have) is a message for the whole form, so no message is ever lost.
 * Pure module: no DOM.
 */
(function (ns) {
    'use strict';

    function fieldName(field) {
        if (field === undefined || field === null || field === '') {
            return null;
        }
        var parts = String(field).split('.');
        return parts[parts.length - 1].replace(/\[\d+\]$/, '');
    }

    /**
     * @param body the parsed error body (may be null or malformed)
     * @param formFields the names of the form's fields
     * @return {byField: {name: [message]}, general: [message]}
     */
    function groupErrors(body, formFields) {
        var known = {};
        (formFields || []).forEach(function (name) { known[name] = true; });
        var result = {byField: {}, general: []};
        var errors = body && Array.isArray(body.errors) ? body.errors : [];
        errors.forEach(function (error) {
            if (!error || typeof error.message !== 'string' || error.message === '') {
                return;
            }
            var name = fieldName(error.field);
            if (name !== null && known[name]) {
                (result.byField[name] = result.byField[name] || []).push(error.message);
            } else if (name !== null && error.field) {
                result.general.push(String(error.field) + ': ' + error.message);
            } else {
                result.general.push(error.message);
            }
        });
        return result;
    }

    ns.restErrors = {fieldName: fieldName, groupErrors: groupErrors};
    if (typeof module === 'object' && module.exports) {
        module.exports = ns.restErrors;
    }
}(globalThis.Lodestar = globalThis.Lodestar || {}));
