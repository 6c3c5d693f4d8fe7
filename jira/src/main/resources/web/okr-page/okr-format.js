/*
 * What the OKR page shows of the API's numbers and enums, and the request bodies it sends, kept apart from the DOM
 * so node's test runner checks them (jira/src/test/js). Texts are not here: the view looks them up by the names
 * these functions return.
 */
(function (ns) {
    'use strict';

    // AUI's lozenge colours: success green, moved yellow, error red (current is blue: "in progress").
    var BAND_LOZENGES = {GREEN: 'aui-lozenge-success', YELLOW: 'aui-lozenge-moved', RED: 'aui-lozenge-error'};
    var STATUS_LOZENGES = {ON_TRACK: 'aui-lozenge-success', AT_RISK: 'aui-lozenge-moved', OFF_TRACK: 'aui-lozenge-error'};

    /** The AUI lozenge class of a score band; "" (grey) when the objective or KR has no score. */
    function bandLozenge(band) {
        return BAND_LOZENGES[band] || '';
    }

    function statusLozenge(status) {
        return STATUS_LOZENGES[status] || '';
    }

    function isNumber(value) {
        return typeof value === 'number' && isFinite(value);
    }

    /** A 0..1 fraction as a whole percentage 0..100 (clamped); null stays null. */
    function percent(fraction) {
        if (!isNumber(fraction)) {
            return null;
        }
        return Math.round(Math.min(1, Math.max(0, fraction)) * 100);
    }

    /** A value for display: at most two decimals, with "%" for PERCENT or the unit after it. */
    function formatValue(value, format, unit) {
        if (!isNumber(value)) {
            return '';
        }
        var text = String(Math.round(value * 100) / 100);
        if (format === 'PERCENT') {
            return text + '%';
        }
        return unit ? text + ' ' + unit : text;
    }

    /**
     * "282 of 305 story points done" or "12 of 20 issues done": linked work always with its unit, the key result's
     * basis, so its total and each epic's share read alike.
     */
    function workText(count, basis) {
        var name = basis === 'STORY_POINTS' ? 'kr.links.totals.story-points' : 'kr.links.totals.issue-count';
        return {name: name, args: [formatValue(count.done, 'NUMBER', null), formatValue(count.total, 'NUMBER', null)]};
    }

    /** What a linked issue's row adds to its summary: an epic's share of the work on the KR's basis, or nothing. */
    function linkShareText(link, basis) {
        var share = link.progress || (link.epic && link.children && basis !== 'STORY_POINTS' ? link.children : null);
        if (!link.epic || !share || !share.total) {
            return null;
        }
        return workText(share, basis);
    }

    /**
     * What a key result's progress row shows: the bar's fill (its score, 0..1, which the server computes for every
     * kind) and the text: "current of target (from start)" for numbers, "done of total" for linked work.
     * @return {percent: number|null, text: {name, args}}
     */
    function keyResultProgress(kr) {
        var bar = percent(kr.score);
        if (kr.kind === 'LINKED_WORK') {
            var totals = kr.linkTotals || {done: 0, total: 0};
            if (!totals.total) {
                // Issues the viewer may not browse are linked: "no linked issues" would not be true.
                return {percent: bar, text: {name: kr.hiddenIssues > 0 ? 'kr.links.none-visible' : 'kr.links.none', args: []}};
            }
            return {percent: bar, text: workText(totals, kr.basis)};
        }
        if (kr.kind === 'JQL' && kr.query && !kr.query.problem && kr.query.aggregate === 'SHARE_DONE') {
            return {percent: bar, text: kr.query.matching
                ? {name: 'kr.jql.share', args: [formatValue(kr.query.done, 'NUMBER', null), formatValue(kr.query.matching, 'NUMBER', null)]}
                : {name: 'kr.jql.none', args: []}};
        }
        if (kr.kind === 'BAND' && isNumber(kr.current)) {
            return {
                percent: bar,
                text: {name: 'kr.band.progress', args: [formatValue(kr.current, 'NUMBER', kr.unit),
                    formatValue(kr.start, 'NUMBER', kr.unit), formatValue(kr.target, 'NUMBER', kr.unit)]}
            };
        }
        if (kr.kind === 'MILESTONE') {
            return {percent: bar, text: {name: kr.score === 1 ? 'history.done' : 'history.not-done', args: []}};
        }
        if (!isNumber(kr.current)) {
            return {percent: bar, text: kr.gap ? {name: 'kr.progress.gap', args: [kr.gap]} : {name: 'kr.progress.unknown', args: []}};
        }
        return {
            percent: bar,
            text: {
                name: 'kr.progress',
                args: [formatValue(kr.current, kr.format, kr.unit), formatValue(kr.target, kr.format, kr.unit),
                    formatValue(kr.start, kr.format, kr.unit)]
            }
        };
    }

    var FORECAST_MISSING = {
        TOO_FEW_VALUES: 'forecast.none.too-few-values',
        TOO_SHORT_SPAN: 'forecast.none.too-short-span',
        MILESTONE: 'forecast.none.milestone',
        LINKED_WORK: 'forecast.none.linked-work',
        BAND: 'forecast.none.band',
        QUERY: 'forecast.none.query'
    };

    /**
     * The forecast cell, as lines: the projected value at the cycle end in the KR's unit with its score, and
     * whether and when the target is reached at this pace (a day within the cycle, a day after it, or not at
     * this pace); or why there is no forecast. cycleEnd is the cycle's first day after its end (ISO day).
     * @return [{name, args}]
     */
    function forecastText(kr, cycleEnd) {
        var forecast = kr.forecast || {};
        if (!isNumber(forecast.value)) {
            return [{name: FORECAST_MISSING[forecast.reasonCode] || 'forecast.none', args: []}];
        }
        var value = formatValue(forecast.value, kr.format, kr.unit);
        var lines = [isNumber(forecast.score)
            ? {name: 'forecast.value', args: [value, (Math.floor(forecast.score * 100 + 1e-7) / 100).toFixed(2)]}
            : {name: 'forecast.value.unscored', args: [value]}];
        if (forecast.reach === 'REACHED') {
            lines.push({name: 'forecast.reach.reached', args: []});
        } else if (forecast.reach === 'NOT_AT_THIS_PACE') {
            lines.push({name: 'forecast.reach.not-at-this-pace', args: []});
        } else if (forecast.reach === 'ON_DATE' && forecast.targetDate) {
            var after = cycleEnd && String(forecast.targetDate) >= String(cycleEnd);
            lines.push({name: after ? 'forecast.reach.after-cycle' : 'forecast.reach.on-date', args: [forecast.targetDate]});
        }
        return lines;
    }

    /**
     * What a KPI-backed key result row says of its KPI: its name and latest value with the unit a person reads
     * (the key result's scale: "95%" for an on-time delivery of 0.95), or that its values are hidden from the viewer.
     * @return {name, args} or null for a key result without a KPI
     */
    /**
     * How long a band key result's value stayed inside its band: "Inside the band 79% of the time (11 of 14 days
     * since the first value)", days (hours under a day, the share alone under an hour) to one decimal; null for other kinds and before any value.
     */
    function bandTimeText(kr) {
        var within = kr && kr.kind === 'BAND' ? kr.within : null;
        if (!within || !within.observedSeconds) {
            return null;
        }
        var share = String(Math.round(within.share * 100));
        if (within.observedSeconds < 3600) {
            return {name: 'kr.band.time.short', args: [share]};
        }
        // Under a day observed, days would read "0 of 0": hours then.
        var unit = within.observedSeconds < 86400 ? 3600 : 86400;
        return {
            name: unit === 3600 ? 'kr.band.time.hours' : 'kr.band.time',
            args: [share, String(Math.round(within.insideSeconds / unit * 10) / 10),
                String(Math.round(within.observedSeconds / unit * 10) / 10)]
        };
    }

    function kpiText(kr) {
        var kpi = kr && kr.kpi;
        if (!kpi) {
            return null;
        }
        if (kpi.valuesHidden) {
            return {name: 'kr.kpi.hidden', args: [kpi.name]};
        }
        if (!isNumber(kpi.current)) {
            return {name: 'kr.kpi.no-value', args: [kpi.name]};
        }
        return {name: 'kr.kpi', args: [kpi.name, formatValue(kpi.current, kpi.unit === '%' ? 'PERCENT' : 'NUMBER', kpi.unit)]};
    }

    /**
     * The sentence under a score computed without the linked issues the viewer may not browse, so that two people
     * seeing different scores know why; null when nothing is hidden.
     */
    function hiddenIssuesText(count) {
        if (!isNumber(count) || count <= 0) {
            return null;
        }
        return {name: count === 1 ? 'hidden-issues.one' : 'hidden-issues.many', args: [count]};
    }

    /**
     * A KPI (GET /kpis) as the key result dialog's picker lists it: "name - team - current" where the current value
     * is on the scale a key result on it takes ("95%" for a ratio), or "values hidden" when the viewer may not see it.
     * @return {name, args, unit, current}: the text, the unit of a key result on it and the current value as text
     *         (null when none or hidden)
     */
    function kpiOption(kpi) {
        var asKr = kpi.asKeyResult || {};
        var team = kpi.team || '-';
        var unit = asKr.unit || '';
        if (kpi.valuesHidden) {
            return {name: 'kpi.option.hidden', args: [kpi.name, team], unit: unit, current: null};
        }
        if (!isNumber(asKr.current)) {
            return {name: 'kpi.option.no-value', args: [kpi.name, team], unit: unit, current: null};
        }
        var current = formatValue(asKr.current, unit === '%' ? 'PERCENT' : 'NUMBER', unit);
        return {name: 'kpi.option', args: [kpi.name, team, current], unit: unit, current: current};
    }

    /**
     * The objectives of a tree in reading order with their depth, for the "Aligned to" picker. The objective with
     * id excludeId and everything under it are left out: an objective cannot be aligned to itself or its children.
     */
    function flattenObjectives(objectives, excludeId) {
        var out = [];
        function walk(list, depth) {
            (list || []).forEach(function (objective) {
                if (excludeId !== undefined && excludeId !== null && objective.id === excludeId) {
                    return;
                }
                out.push({id: objective.id, title: objective.title, depth: depth});
                walk(objective.children, depth + 1);
            });
        }
        walk(objectives, 0);
        return out;
    }

    /**
     * The cycles whose objectives an objective of cycle cycleId may align to: that cycle first, then those that
     * enclose it (a quarter's objective may align to its year's), smallest first. cycles: [{id, name, start, end}]
     * with ISO days, end exclusive.
     */
    function enclosingCycles(cycles, cycleId) {
        var own = (cycles || []).filter(function (cycle) { return String(cycle.id) === String(cycleId); })[0];
        if (!own) {
            return [];
        }
        var others = cycles.filter(function (cycle) {
            return cycle !== own && cycle.start <= own.start && cycle.end >= own.end;
        });
        others.sort(function (a, b) {
            return a.start > b.start ? -1 : a.start < b.start ? 1 : a.end < b.end ? -1 : a.end > b.end ? 1 : 0;
        });
        return [own].concat(others);
    }

    /**
     * The "Aligned to" choices from the unfiltered trees of those cycles: [{cycle, entries: [{id, title, depth}]}],
     * without the objective excludeId and what is under it. A team filter never narrows them: a list built from the
     * filtered tree lacked the company parent, and saving the edit cleared the alignment.
     * @param groups [{cycle, objectives}] as loaded, in enclosingCycles order
     */
    function alignmentChoices(groups, excludeId) {
        return (groups || []).map(function (group) {
            return {cycle: group.cycle, entries: flattenObjectives(group.objectives, excludeId)};
        }).filter(function (group) { return group.entries.length > 0; });
    }

    /** Finds an objective or key result in a tree by id. */
    function findObjective(objectives, id) {
        var found = null;
        (function walk(list) {
            (list || []).forEach(function (objective) {
                if (found === null) {
                    if (objective.id === id) {
                        found = objective;
                    } else {
                        walk(objective.children);
                    }
                }
            });
        }(objectives));
        return found;
    }

    function findKeyResult(objectives, id) {
        var found = null;
        (function walk(list) {
            (list || []).forEach(function (objective) {
                (objective.keyResults || []).forEach(function (kr) {
                    if (kr.id === id) {
                        found = {keyResult: kr, objective: objective};
                    }
                });
                if (found === null) {
                    walk(objective.children);
                }
            });
        }(objectives));
        return found;
    }

    /** The check-ins (API order: newest first) as chart points, oldest first, leaving out those without a value. */
    function chartSeries(checkIns) {
        var points = (checkIns || []).filter(function (checkIn) { return isNumber(checkIn.value); })
            .map(function (checkIn) { return {at: String(checkIn.at || ''), value: checkIn.value}; });
        points.sort(function (a, b) { return a.at < b.at ? -1 : a.at > b.at ? 1 : 0; });
        return {
            labels: points.map(function (point) { return point.at.substring(0, 10); }),
            values: points.map(function (point) { return point.value; })
        };
    }

    /** "2026-02-03" of an ISO instant such as "2026-02-03T10:00:00Z". */
    function day(instant) {
        return String(instant || '').substring(0, 10);
    }

    // ---- Request bodies from form values (strings as the form gives them). Each returns {body, errors}, where
    // errors are [{field, code}] with code "required" or "number": the caller shows them like API errors.
    // Only what the page can tell alone is checked here (a title, numbers that are numbers); which fields a kind
    // needs is the API's rule (a numeric KR may be drafted without start and target), so its 400 says it.

    function text(value) {
        var trimmed = value === undefined || value === null ? '' : String(value).trim();
        return trimmed === '' ? null : trimmed;
    }

    function number(values, field, errors, required) {
        var raw = text(values[field]);
        if (raw === null) {
            if (required) {
                errors.push({field: field, code: 'required'});
            }
            return null;
        }
        var parsed = Number(raw);
        if (!isFinite(parsed)) {
            errors.push({field: field, code: 'number'});
            return null;
        }
        return parsed;
    }

    function requireText(values, field, errors) {
        var value = text(values[field]);
        if (value === null) {
            errors.push({field: field, code: 'required'});
        }
        return value;
    }

    /** POST /objectives (version null) or PUT /objectives/{id} (version set) body. */
    function objectiveBody(values, cycleId, version) {
        var errors = [];
        var body = {
            title: requireText(values, 'title', errors),
            description: text(values.description),
            owner: text(values.owner),
            level: text(values.level),
            team: text(values.team),
            parentId: number(values, 'parentId', errors, false)
        };
        if (version === null || version === undefined) {
            body.cycleId = cycleId;
        } else {
            body.version = version;
            body.state = text(values.state);
        }
        return {body: body, errors: errors};
    }

    /** POST /objectives/{id}/key-results (version null, kind from the form) or PUT /key-results/{id} body. */
    function keyResultBody(values, kind, version) {
        var errors = [];
        // issue 11: a key result from a JQL query sums a field from a start to a target, or counts done issues.
        var sum = kind === 'JQL' && values.aggregate === 'SUM';
        var numeric = kind === 'NUMERIC' || kind === 'KPI' || kind === 'BAND' || sum;
        // A KPI key result takes its format and unit from its KPI (a ratio KPI's key result is a percentage).
        var body = {
            title: requireText(values, 'title', errors),
            owner: text(values.owner),
            weight: number(values, 'weight', errors, false),
            format: kind === 'NUMERIC' ? text(values.format) : null,
            unit: kind === 'NUMERIC' || kind === 'BAND' || sum ? text(values.unit) : null,
            start: numeric ? number(values, 'start', errors, false) : null,
            target: numeric ? number(values, 'target', errors, false) : null,
            basis: kind === 'LINKED_WORK' ? text(values.basis) : null,
            kpiId: kind === 'KPI' ? number(values, 'kpiId', errors, false) : null
        };
        if (kind === 'JQL') {
            body.jql = requireText(values, 'jql', errors);
            body.aggregate = text(values.aggregate);
            body.field = sum ? text(values.field) : null;
        }
        if (body.weight === null && !errors.length) {
            body.weight = 1;
        }
        if (version === null || version === undefined) {
            body.kind = kind;
        } else {
            body.version = version;
        }
        return {body: body, errors: errors};
    }

    /**
     * POST /key-results/{id}/check-ins body: a value for numeric KRs, done for milestones, and only a confidence and
     * a note for linked work and KPIs, whose value comes from Jira or the KPI (the API refuses one).
     */
    function checkInBody(values, kind) {
        var errors = [];
        var body = {
            value: kind === 'NUMERIC' || kind === 'BAND' ? number(values, 'value', errors, true) : null,
            done: kind === 'MILESTONE' ? values.done === true || values.done === 'on' || values.done === 'true' : null,
            confidence: text(values.confidence),
            note: text(values.note)
        };
        // No confidence is preset (a preset one was saved untouched): the owner must say it.
        if (body.confidence === null) {
            errors.push({field: 'confidence', code: 'choose'});
        }
        return {body: body, errors: errors};
    }

    /** POST /key-results/{id}/links body; issue keys are upper case in Jira, so "proj-1" is accepted as PROJ-1. */
    function linkBody(values) {
        var errors = [];
        var key = requireText(values, 'issueKey', errors);
        return {body: {issueKey: key === null ? null : key.toUpperCase()}, errors: errors};
    }

    /**
     * Whether "Keep it as a KPI" applies: a numeric or KPI-backed key result that reached its target (score 1.0), so
     * there is a level to keep (core's KpiBridge refuses the others).
     */
    function canKeepAsKpi(kr) {
        return !!kr && (kr.kind === 'NUMERIC' || kr.kind === 'KPI') && typeof kr.score === 'number' && kr.score >= 1 - 1e-9
            && typeof kr.target === 'number';
    }

    /**
     * POST /kpi-page/key-results/{id}/keep-as-kpi body: the KPI type, its source (a project key or a JQL query), its
     * frequency and its alert threshold in the key result's unit.
     */
    function keepAsKpiBody(values) {
        var errors = [];
        var source = requireText(values, 'value', errors);
        var threshold = number(values, 'alertThreshold', errors, true);
        return {body: {type: text(values.type), source: {kind: text(values.sourceKind) || 'PROJECT', value: source},
            frequency: text(values.frequency), alertThreshold: threshold}, errors: errors};
    }

    /**
     * The dialog's wording of the API's 400 (names of page texts, with their arguments): the alert threshold on the
     * good side of the target, a source Jira refuses (its own sentence, which names the query), a frequency the type
     * cannot have, a key result that is not achieved; anything else is the page's generic sentence.
     * @return {byField: {name: [{name, args}]}, general: [{name, args}]}
     */
    function keepAsKpiErrors(errors) {
        var result = {byField: {}, general: []};
        (errors || []).forEach(function (error) {
            var field = String(error && error.field || '');
            var message = String(error && error.message || '');
            var worded = field.indexOf('alertThreshold') >= 0 ? {field: 'alertThreshold', name: 'keep.error.threshold'}
                : field === 'kpi.source.value' ? {field: 'value', name: 'keep.error.source', args: [message]}
                    : field === 'kpi.frequency' || /frequenc/.test(message) ? {field: 'frequency', name: 'keep.error.frequency'}
                        : field === 'keyResult' ? {field: null, name: 'keep.error.not-achieved'}
                            : {field: null, name: 'error.invalid'};
            var entry = {name: worded.name, args: worded.args || []};
            if (worded.field) {
                (result.byField[worded.field] = result.byField[worded.field] || []).push(entry);
            } else {
                result.general.push(entry);
            }
        });
        return result;
    }

    ns.okrFormat = {
        bandTimeText: bandTimeText,
        bandLozenge: bandLozenge,
        statusLozenge: statusLozenge,
        percent: percent,
        formatValue: formatValue,
        keyResultProgress: keyResultProgress,
        workText: workText,
        linkShareText: linkShareText,
        forecastText: forecastText,
        kpiText: kpiText,
        hiddenIssuesText: hiddenIssuesText,
        kpiOption: kpiOption,
        canKeepAsKpi: canKeepAsKpi,
        keepAsKpiBody: keepAsKpiBody,
        keepAsKpiErrors: keepAsKpiErrors,
        flattenObjectives: flattenObjectives,
        enclosingCycles: enclosingCycles,
        alignmentChoices: alignmentChoices,
        findObjective: findObjective,
        findKeyResult: findKeyResult,
        chartSeries: chartSeries,
        day: day,
        objectiveBody: objectiveBody,
        keyResultBody: keyResultBody,
        checkInBody: checkInBody,
        linkBody: linkBody
    };
    if (typeof module === 'object' && module.exports) {
        module.exports = ns.okrFormat;
    }
}(globalThis.Lodestar = globalThis.Lodestar || {}));
