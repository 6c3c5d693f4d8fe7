/*
 * Every REST URL the Lodestar pages call, in one place (docs/rest-api.md is the contract).
 * Pure module: no DOM, so node's test runner can load it.
 */
(function (ns) {
    'use strict';

    var API = '/rest/lodestar/1.0';

    function seg(value) {
        return encodeURIComponent(String(value));
    }

    function query(params) {
        var parts = [];
        Object.keys(params).forEach(function (name) {
            var value = params[name];
            if (value !== undefined && value !== null && value !== '') {
                parts.push(encodeURIComponent(name) + '=' + encodeURIComponent(String(value)));
            }
        });
        return parts.length ? '?' + parts.join('&') : '';
    }

    /** URLs under the host's context path baseUrl ("" or e.g. "/jira"). */
    function restUrls(baseUrl) {
        var root = String(baseUrl || '').replace(/\/+$/, '') + API;
        return {
            cycles: function () { return root + '/cycles'; },
            cycle: function (cycleId) { return root + '/cycles/' + seg(cycleId); },
            closeCycle: function (cycleId) { return root + '/cycles/' + seg(cycleId) + '/close'; },
            /** The key results the user owns that are due a check-in this week ("My check-ins"). */
            dueCheckIns: function () { return root + '/key-results/due-check-ins'; },
            okrTree: function (cycleId, team) { return root + '/cycles/' + seg(cycleId) + '/okrs' + query({team: team}); },
            /** The cycle's OKRs of every team as CSV, the file a browser downloads. */
            exportCsv: function (cycleId) { return root + '/cycles/' + seg(cycleId) + '/export.csv'; },
            findings: function (cycleId, team) { return root + '/cycles/' + seg(cycleId) + '/findings' + query({team: team}); },
            objectives: function () { return root + '/objectives'; },
            objective: function (id) { return root + '/objectives/' + seg(id); },
            /** issue 11: an objective's activity log and its score over the cycle. */
            objectiveActivity: function (id) { return root + '/objectives/' + seg(id) + '/activity'; },
            objectiveHistory: function (id) { return root + '/objectives/' + seg(id) + '/history'; },
            objectiveDelete: function (id, version) { return root + '/objectives/' + seg(id) + query({version: version}); },
            keyResults: function (objectiveId) { return root + '/objectives/' + seg(objectiveId) + '/key-results'; },
            keyResult: function (id) { return root + '/key-results/' + seg(id); },
            keyResultDelete: function (id, version) { return root + '/key-results/' + seg(id) + query({version: version}); },
            checkIns: function (keyResultId) { return root + '/key-results/' + seg(keyResultId) + '/check-ins'; },
            links: function (keyResultId) { return root + '/key-results/' + seg(keyResultId) + '/links'; },
            link: function (keyResultId, issueId) { return root + '/key-results/' + seg(keyResultId) + '/links/' + seg(issueId); },
            kpis: function () { return root + '/kpis'; },
            users: function (search) { return root + '/users' + query({query: search}); },
            teams: function () { return root + '/teams'; },
            kpi: function (kpiId) { return root + '/kpis/' + seg(kpiId); },
            kpiDelete: function (kpiId, version, convertKeyResults) {
                return root + '/kpis/' + seg(kpiId) + query({version: version, convertKeyResults: convertKeyResults ? 'true' : ''});
            },
            keepAsKpi: function (keyResultId) { return root + '/kpi-page/key-results/' + seg(keyResultId) + '/keep-as-kpi'; },
            kpiDraftObjective: function (kpiId) { return root + '/kpi-page/kpis/' + seg(kpiId) + '/draft-objective'; },
            /** Not REST: the OKR page on a cycle and a team, opened at one objective when objectiveId is given. */
            okrPage: function (cycleId, team, objectiveId) {
                return String(baseUrl || '').replace(/\/+$/, '') + '/plugins/servlet/lodestar/okrs'
                    + query({cycle: cycleId, team: team, objective: objectiveId});
            },
            kpiCatalog: function () { return root + '/kpi-page/catalog'; },
            // issue 14: measuring is a background run; POST queues it (202), GET gives its progress.
            kpiRuns: function () { return root + '/kpi-runs'; },
            kpiRun: function (runId) { return root + '/kpi-runs/' + seg(runId); },
            // issue 14, administration page (Jira administrators): the latest runs, the settings and their choices.
            kpiRunsLatest: function (count) { return root + '/kpi-runs' + query({latest: count}); },
            settings: function () { return root + '/settings'; },
            settingsFields: function () { return root + '/settings/fields'; },
            settingsStatuses: function () { return root + '/settings/statuses'; },
            kpiScorecard: function (team, periods) { return root + '/kpi-page/scorecard' + query({team: team, periods: periods}); },
            /** issue 14: whether I watch a KPI and how many do (GET); PUT/DELETE .../watchers/me to watch or stop. */
            kpiWatchers: function (kpiId) { return root + '/kpis/' + seg(kpiId) + '/watchers'; },
            kpiWatchMe: function (kpiId) { return root + '/kpis/' + seg(kpiId) + '/watchers/me'; },
            /** issue 14: my weekly check-in reminder switch. */
            myReminders: function () { return root + '/users/me/reminders'; },
            kpiView: function (kpiId) { return root + '/kpi-page/kpis/' + seg(kpiId); },
            // dashboard items (issue 12)
            /** kpi: one velocity KPI's id, or empty for the team's first velocity KPI on its scorecard. */
            dashboardVelocity: function (team, sprints, kpi) {
                return root + '/dashboard/velocity' + query({kpi: kpi, team: kpi ? '' : team, sprints: sprints});
            },
            kpisOfTeam: function (team) { return root + '/kpis' + query({team: team}); },
            dashboardScorecard: function (team) { return root + '/dashboard/scorecard' + query({team: team}); },
            /** cycle: an id, or empty for the current cycle; team: empty for every team; objective: one objective instead. */
            dashboardOkrProgress: function (cycle, team, objective) {
                return root + '/dashboard/okr-progress' + query({cycle: cycle, team: team, objective: objective});
            },
            kpiVelocity: function (kpiId, sprints) { return root + '/kpi-page/kpis/' + seg(kpiId) + '/velocity' + query({sprints: sprints}); },
            kpiControlChart: function (kpiId) { return root + '/kpi-page/kpis/' + seg(kpiId) + '/control-chart'; },
            /** view: throughput, wip, releases or time-in-status */
            kpiBreakdown: function (kpiId, view) { return root + '/kpi-page/kpis/' + seg(kpiId) + '/' + seg(view); },
            kpiDeliveries: function (kpiId) { return root + '/kpi-page/kpis/' + seg(kpiId) + '/deliveries'; },
            kpiSprintReport: function (kpiId, sprintId) { return root + '/kpi-page/kpis/' + seg(kpiId) + '/sprints/' + seg(sprintId); },
            /** Not REST: the KPI page, on a team and optionally one KPI. */
            kpiPage: function (team, kpiId) { return String(baseUrl || '').replace(/\/+$/, '') + '/plugins/servlet/lodestar/kpis' + query({team: team, kpi: kpiId}); },
            /** Key results of open cycles the user may link issues to (the issue panel's picker). */
            linkableKeyResults: function (words, team) { return root + '/key-results' + query({query: words, team: team}); },
            /** Not REST: the issue panel's HTML alone, which its scripts reload after a change. */
            issuePanel: function (issueKey) {
                return String(baseUrl || '').replace(/\/+$/, '') + '/plugins/servlet/lodestar/issue-panel' + query({issueKey: issueKey});
            },
            /** Not REST: the Jira page of an issue, for links in the tree. */
            browseIssue: function (issueKey) { return String(baseUrl || '').replace(/\/+$/, '') + '/browse/' + seg(issueKey); }
        };
    }

    ns.restUrls = restUrls;
    if (typeof module === 'object' && module.exports) {
        module.exports = restUrls;
    }
}(globalThis.Lodestar = globalThis.Lodestar || {}));
