/*
 * The administration page's pure parts (no DOM, so node's test runner loads them): the PUT /settings body from what
 * the form shows, and the cells of a measurement run's row.
 */
(function (ns) {
    'use strict';

    /**
     * The settings to PUT: the story points field (null for "the field named Story Points"), the done statuses of each
     * project that has some chosen (a project with none uses the Done status category), and remindersEnabled only
     * when the server's settings have it (an older server refuses an unknown field).
     */
    function settingsBody(loaded, storyPointsFieldId, doneByProject, remindersEnabled) {
        var done = {};
        Object.keys(doneByProject || {}).sort().forEach(function (project) {
            var ids = (doneByProject[project] || []).filter(function (id) { return id !== ''; });
            if (ids.length) {
                done[project] = ids.slice().sort();
            }
        });
        var body = {storyPointsFieldId: storyPointsFieldId ? storyPointsFieldId : null, doneStatusIds: done};
        if (loaded && Object.prototype.hasOwnProperty.call(loaded, 'remindersEnabled')) {
            body.remindersEnabled = Boolean(remindersEnabled);
        }
        return body;
    }

    /** Whole seconds from start to finish, or null when the run has not both started and finished. */
    function durationSeconds(run) {
        if (!run.startedAt || !run.finishedAt) {
            return null;
        }
        var millis = Date.parse(run.finishedAt) - Date.parse(run.startedAt);
        return isNaN(millis) ? null : Math.max(0, Math.round(millis / 1000));
    }

    /** The texts of a run's row: kind, started, duration, issues read, state, failure; text(name, ...args) gives texts. */
    function runCells(run, text, formatInstant) {
        var seconds = durationSeconds(run);
        return [
            text.apply(null, ['kind.' + run.kind].concat([run.kpiId, run.period].filter(function (v) {
                return v !== null && v !== undefined;
            }))),
            run.startedAt ? formatInstant(run.startedAt) : text('runs.not-started'),
            seconds === null ? '' : text('runs.seconds', seconds),
            String(run.issuesRead),
            text('state.' + run.state),
            run.failure || ''
        ];
    }

    ns.adminFormat = {settingsBody: settingsBody, durationSeconds: durationSeconds, runCells: runCells};
    if (typeof module === 'object' && module.exports) {
        module.exports = ns.adminFormat;
    }
}(globalThis.Lodestar = globalThis.Lodestar || {}));
