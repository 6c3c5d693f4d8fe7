/*
 * Pure helpers of the cycle dialogs and "My check-ins" (no DOM, so node's test runner loads them): what a cycle's
 * length gives for its end and name, the request body of the cycle form, which cycles a key result may carry over
 * into, and which key results are unfinished. Dates are ISO days ("2026-07-01"); a cycle ends before its end day.
 */
(function (ns) {
    'use strict';

    var MONTHS = {QUARTER: 3, HALF: 6, YEAR: 12};

    function parseDay(text) {
        var match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(String(text || ''));
        if (!match) {
            return null;
        }
        var day = {year: Number(match[1]), month: Number(match[2]), day: Number(match[3])};
        return day.month >= 1 && day.month <= 12 && day.day >= 1 && day.day <= daysIn(day.year, day.month) ? day : null;
    }

    function daysIn(year, month) {
        return new Date(Date.UTC(year, month, 0)).getUTCDate();
    }

    function pad(value, width) {
        var text = String(value);
        while (text.length < width) {
            text = '0' + text;
        }
        return text;
    }

    /** The day {@code months} later, the day of the month kept or, when that month is shorter, its last day. */
    function plusMonths(start, months) {
        var day = parseDay(start);
        if (!day) {
            return null;
        }
        var index = day.year * 12 + (day.month - 1) + months;
        var year = Math.floor(index / 12);
        var month = index % 12 + 1;
        return pad(year, 4) + '-' + pad(month, 2) + '-' + pad(Math.min(day.day, daysIn(year, month)), 2);
    }

    /** The end (first day after) of a quarter, half or year from {@code start}; null for custom dates or no start. */
    function suggestedEnd(kind, start) {
        return Object.prototype.hasOwnProperty.call(MONTHS, kind) ? plusMonths(start, MONTHS[kind]) : null;
    }

    /**
     * The name a calendar cycle has, as core names them ("2026 Q3", "2026 H2", "2026"): a text {name, args} or a
     * plain string; null when the start is not the first day of such a calendar period.
     */
    function suggestedName(kind, start) {
        var day = parseDay(start);
        if (!day || day.day !== 1) {
            return null;
        }
        if (kind === 'QUARTER' && (day.month - 1) % 3 === 0) {
            return {name: 'cycle.name.QUARTER', args: [String(day.year), String((day.month - 1) / 3 + 1)]};
        }
        if (kind === 'HALF' && (day.month === 1 || day.month === 7)) {
            return {name: 'cycle.name.HALF', args: [String(day.year), day.month === 1 ? '1' : '2']};
        }
        if (kind === 'YEAR' && day.month === 1) {
            return String(day.year);
        }
        return null;
    }

    function trimmed(value) {
        return value === undefined || value === null ? '' : String(value).trim();
    }

    /**
     * The body of POST /cycles or PUT /cycles/{id} from the form's values, and the errors the page can tell alone
     * ({field, code}: "required"); that the end follows the start is the API's rule (a 400 on cycle.end).
     */
    function cycleBody(values, version) {
        var body = {name: trimmed(values.name), kind: values.kind, start: trimmed(values.start), end: trimmed(values.end)};
        var errors = [];
        ['start', 'end', 'name'].forEach(function (field) {
            if (!body[field]) {
                errors.push({field: field, code: 'required'});
            }
        });
        if (version !== undefined && version !== null) {
            body = {version: version, name: body.name, kind: body.kind, start: body.start, end: body.end};
        }
        return {body: body, errors: errors};
    }

    /** The open cycles a key result of {@code cycle} may carry over into: those starting on or after its end. */
    function laterOpenCycles(cycles, cycle) {
        return (cycles || []).filter(function (other) {
            return !other.closed && other.id !== cycle.id && String(other.start) >= String(cycle.end);
        });
    }

    /** Every objective of a tree, parents before their children, as [{objective, depth}]. */
    function flatten(objectives, depth, into) {
        var result = into || [];
        (objectives || []).forEach(function (objective) {
            result.push({objective: objective, depth: depth || 0});
            flatten(objective.children, (depth || 0) + 1, result);
        });
        return result;
    }

    /** Whether closing may carry this key result over: core carries only what is not complete (score below 1). */
    function unfinished(keyResult) {
        return typeof keyResult.score === 'number' && keyResult.score < 1;
    }

    var api = {plusMonths: plusMonths, suggestedEnd: suggestedEnd, suggestedName: suggestedName, cycleBody: cycleBody,
        laterOpenCycles: laterOpenCycles, flatten: flatten, unfinished: unfinished};
    ns.cycleFormat = api;
    if (typeof module === 'object' && module.exports) {
        module.exports = api;
    }
}(globalThis.Lodestar = globalThis.Lodestar || {}));
