/*
 * Turns an API error body {"errors":[{"field":"objective.title","message":"must not be empty"}]} into texts per
 * form field. A field name matches a form field when its last dotted part equals the field's name
 * ("objective.title" -> "title", "keyResult.target" -> "target"); anything else (no field, or a field the form
 * does not have) is a text for the whole form, so no error is ever lost.
 *
 * The API's message is written for developers ("keyResult: only a linked-work key result can link issues") and
 * is never shown: each error becomes the name of a sentence of the page's i18n texts, chosen by the field and,
 * for the few fields with several distinct rules, by a word of the API's reason. An error this table does not
 * know reads "This could not be saved: check the values and try again".
 * Pure module: no DOM.
 */
(function (ns) {
    'use strict';

    // The last part of the API's field name -> the text, or [reason word, text] pairs tried in order then the text.
    var FIELD_TEXTS = {
        title: 'error.field.title',
        description: 'error.field.description',
        owner: [['no user', 'error.field.owner.unknown'], 'error.field.owner'],
        level: 'error.field.level',
        team: [['no project', 'error.field.team.unknown'], 'error.field.team'],
        parentId: [['loop', 'error.field.parent.loop'], ['cycle', 'error.field.parent.cycle'],
            ['does not exist', 'error.field.parent.missing'], 'error.field.parent'],
        state: [['draft', 'error.field.state.draft'], 'error.field.state'],
        kind: 'error.field.kind',
        weight: 'error.field.weight',
        format: 'error.field.format',
        unit: 'error.field.unit',
        start: 'error.field.start',
        target: [['differ', 'error.field.target.same'], 'error.field.target'],
        basis: 'error.field.basis',
        kpiId: 'error.field.kpi',
        value: 'error.field.value',
        done: 'error.field.done',
        confidence: 'error.field.confidence',
        note: 'error.field.note',
        issueKey: 'error.field.issue',
        cycleId: 'error.kpi.cycle'
    };
    // Errors about a whole thing (field "keyResult", "objective", "cycle"): [field, reason word, text].
    var WHOLE_TEXTS = [
        ['keyResult', 'linked-work', 'error.link.kind'],
        ['objective', 'align', 'error.objective.children'],
        ['cycle', 'closed', 'error.cycle.closed'],
        ['kpi', 'not red', 'error.kpi.not-red'],
        ['kpi', 'band', 'error.kpi.band-goal']
    ];
    // The cycle form's fields (API fields "cycle.<name>"), by their last part.
    var CYCLE_TEXTS = {name: 'error.cycle.name', kind: 'error.cycle.kind', start: 'error.cycle.start', end: 'error.cycle.end'};
    var UNKNOWN = 'error.invalid';
    // API fields whose reason is written for people and is what they must read: Jira's own JQL parser messages, and
    // the names of the key results a KPI backs. Their page text takes the reason as {0}.
    var QUOTED = {'kpi.source.value': 'error.kpi.jql', 'kpi.keyResults': 'error.kpi.backs'};
    // The KPI sheet's fields (API fields "kpi.<name>", "kpi.formula.<parameter>"), by their last part.
    var KPI_TEXTS = {
        name: 'error.kpi.name',
        description: 'error.field.description',
        type: 'error.kpi.type',
        kind: 'error.kpi.kind',
        frequency: 'error.kpi.frequency',
        zone: 'error.kpi.zone',
        owner: [['no user', 'error.field.owner.unknown'], 'error.kpi.owner'],
        team: [['no project', 'error.field.team.unknown'], 'error.kpi.team'],
        direction: 'error.kpi.direction',
        target: 'error.kpi.target',
        alertThreshold: 'error.kpi.threshold',
        min: 'error.kpi.band',
        max: 'error.kpi.band',
        actionIfAlert: 'error.field.description'
    };

    function fieldName(field) {
        if (field === undefined || field === null || field === '') {
            return null;
        }
        var parts = String(field).split('.');
        return parts[parts.length - 1].replace(/\[\d+\]$/, '');
    }

    /** The text of a rule ('name', or [[reason word, name]..., name]) for this reason. */
    function byRule(rule, reason) {
        if (typeof rule === 'string') {
            return rule;
        }
        for (var j = 0; j < rule.length - 1; j++) {
            if (reason.indexOf(rule[j][0]) >= 0) {
                return rule[j][1];
            }
        }
        return rule[rule.length - 1];
    }

    /**
     * The page text that words this API error for a person: its name, or {name, args} for the few fields whose
     * reason is itself for people (see QUOTED).
     */
    function textName(field, message) {
        var reason = String(message || '');
        var whole = String(field || '');
        if (Object.prototype.hasOwnProperty.call(QUOTED, whole)) {
            return {name: QUOTED[whole], args: [reason]};
        }
        if (whole.indexOf('cycle.') === 0 && Object.prototype.hasOwnProperty.call(CYCLE_TEXTS, fieldName(field))) {
            return CYCLE_TEXTS[fieldName(field)];
        }
        if (whole.indexOf('kpi.') === 0) {
            if (whole.indexOf('kpi.formula.') === 0) {
                return 'error.kpi.parameter';
            }
            var kpiRule = KPI_TEXTS[fieldName(field)];
            return kpiRule ? byRule(kpiRule, reason) : UNKNOWN;
        }
        for (var i = 0; i < WHOLE_TEXTS.length; i++) {
            if (whole === WHOLE_TEXTS[i][0] && reason.indexOf(WHOLE_TEXTS[i][1]) >= 0) {
                return WHOLE_TEXTS[i][2];
            }
        }
        if (whole.indexOf('.') < 0 && !Object.prototype.hasOwnProperty.call(FIELD_TEXTS, whole)) {
            return UNKNOWN;
        }
        var rule = FIELD_TEXTS[fieldName(field)];
        return rule ? byRule(rule, reason) : UNKNOWN;
    }

    function add(list, name) {
        if (list.indexOf(name) < 0) {
            list.push(name);
        }
    }

    /**
     * @param body the parsed error body (may be null or malformed)
     * @param formFields the names of the form's fields
     * @return {byField: {name: [text name]}, general: [text name]}, each text once
     */
    function groupErrors(body, formFields) {
        var known = {};
        (formFields || []).forEach(function (name) { known[name] = true; });
        var result = {byField: {}, general: []};
        var errors = body && Array.isArray(body.errors) ? body.errors : [];
        errors.forEach(function (error) {
            if (!error || typeof error !== 'object') {
                return;
            }
            var name = fieldName(error.field);
            var text = textName(error.field, error.message);
            if (name !== null && known[name]) {
                add(result.byField[name] = result.byField[name] || [], text);
            } else {
                add(result.general, text);
            }
        });
        return result;
    }

    ns.restErrors = {fieldName: fieldName, textName: textName, groupErrors: groupErrors};
    if (typeof module === 'object' && module.exports) {
        module.exports = ns.restErrors;
    }
}(globalThis.Lodestar = globalThis.Lodestar || {}));
