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
            okrTree: function (cycleId, team) { return root + '/cycles/' + seg(cycleId) + '/okrs' + query({team: team}); },
            findings: function (cycleId, team) { return root + '/cycles/' + seg(cycleId) + '/findings' + query({team: team}); },
            objectives: function () { return root + '/objectives'; },
            objective: function (id) { return root + '/objectives/' + seg(id); },
            objectiveDelete: function (id, version) { return root + '/objectives/' + seg(id) + query({version: version}); },
            keyResults: function (objectiveId) { return root + '/objectives/' + seg(objectiveId) + '/key-results'; },
            keyResult: function (id) { return root + '/key-results/' + seg(id); },
            keyResultDelete: function (id, version) { return root + '/key-results/' + seg(id) + query({version: version}); },
            checkIns: function (keyResultId) { return root + '/key-results/' + seg(keyResultId) + '/check-ins'; },
            links: function (keyResultId) { return root + '/key-results/' + seg(keyResultId) + '/links'; },
            link: function (keyResultId, issueId) { return root + '/key-results/' + seg(keyResultId) + '/links/' + seg(issueId); },
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
