/*
 * The objective detail (issue 11), opened from an objective's title on the OKR page: its description, its state with
 * the actions that change it, whether its progress rolls up from aligned objectives, a Chart.js line of its score over
 * the cycle (GET /objectives/{id}/history, with a table of the same numbers) and its activity
 * (GET /objectives/{id}/activity), every entry worded here from i18n texts and written with textContent only.
 *
 * Changes are full PUTs of the objective as the tree gave it (the API's edit is a full update), with the version it
 * was read at; a 409 closes the dialog and reloads the page's tree.
 *
 * Stable hooks for browser tests:
 *   dialog ............... #lodestar-objective-detail[data-objective-id]
 *   title, meta .......... [data-test=detail-title], [data-test=detail-meta]; description [data-test=detail-description]
 *   state ................ [data-test=detail-state] (data-state), [data-test=detail-activate], [data-test=detail-close]
 *   roll-up .............. [data-test=detail-rollup] (a checkbox, saved when changed)
 *   chart ................ canvas [data-test=detail-chart]; table rows #lodestar-detail-points > tr[data-test=detail-point]
 *   activity ............. #lodestar-detail-activity > li[data-test=activity-entry][data-kind] (aria-busy while loading)
 */
(function (ns) {
    'use strict';

    /** The text of an activity entry as {name, args} for Lodestar.texts.get; pure, so node's test runner checks it. */
    function activityLine(entry, text) {
        // The KPI measurement's automatic check-ins are by the app, named from the i18n texts.
        var who = entry.actor === 'lodestar:kpi' ? text('detail.actor.lodestar') : entry.actorName || entry.actor || '-';
        var details = entry.details || [];
        var kind = entry.kind;
        var name = 'detail.activity.' + kind;
        function fields() {
            return details.map(function (field) { return text('detail.field.' + field); }).join(', ');
        }
        switch (kind) {
        case 'OBJECTIVE_CREATED':
        case 'KEY_RESULT_ADDED':
        case 'KEY_RESULT_DELETED':
            return {name: name, args: [who, entry.subject]};
        case 'OBJECTIVE_EDITED':
            return {name: name, args: [who, fields()]};
        case 'STATE_CHANGED':
            return {name: name, args: [who, text('state.' + details[0]), text('state.' + details[1])]};
        case 'ROLL_UP_CHANGED':
            return {name: name + (details[0] === 'true' ? '.true' : '.false'), args: [who]};
        case 'KEY_RESULT_EDITED':
            return {name: name, args: [who, entry.subject, fields()]};
        case 'CHECKED_IN':
            if (details.length > 2 && details[0] === '') {
                return {name: name + '.kpi', args: [who, entry.subject, details[1], details[2]]};
            }
            return details.length > 1
                ? {name: name + '.value', args: [who, entry.subject, text('status.' + details[0]), details[1]]}
                : {name: name, args: [who, entry.subject, text('status.' + details[0])]};
        case 'ISSUE_LINKED':
        case 'ISSUE_UNLINKED':
            return entry.issueKey
                ? {name: name, args: [who, entry.subject, entry.issueKey]}
                : {name: name + '.hidden', args: [who, entry.subject]};
        default:
            return {name: 'detail.none', args: []};
        }
    }

    /** "2026-02-15" and "10:00" of an ISO instant in UTC, as the API gives them. */
    function dayAndTime(instant) {
        var value = String(instant || '');
        return [value.substring(0, 10), value.substring(11, 16)];
    }

    /** The PUT body that keeps the objective as it is except for {@code changes}. */
    function editBody(objective, changes) {
        var body = {version: objective.version, title: objective.title, description: objective.description,
            owner: objective.owner, level: objective.level, team: objective.team, parentId: objective.parentId,
            state: objective.state, rollUp: objective.rollUp};
        Object.keys(changes).forEach(function (name) { body[name] = changes[name]; });
        return body;
    }

    function objectiveDetail(page) {
        var element = document.getElementById('lodestar-objective-detail');
        var dialog = ns.dialog(element);
        var title = document.getElementById('lodestar-detail-title');
        var meta = document.getElementById('lodestar-detail-meta');
        var description = document.getElementById('lodestar-detail-description');
        var stateLozenge = document.getElementById('lodestar-detail-state');
        var activate = document.getElementById('lodestar-detail-activate');
        var close = document.getElementById('lodestar-detail-close');
        var rollUp = document.getElementById('lodestar-detail-rollup');
        var rollUpForm = document.getElementById('lodestar-detail-rollup-form');
        var saved = document.getElementById('lodestar-detail-saved');
        var canvas = document.getElementById('lodestar-detail-chart');
        var points = document.getElementById('lodestar-detail-points');
        var activity = document.getElementById('lodestar-detail-activity');
        var hidden = document.getElementById('lodestar-detail-hidden');
        var text = ns.texts.get;
        var objective = null;
        var changed = false;
        var loads = 0;

        function show(current) {
            objective = current;
            element.setAttribute('data-objective-id', String(current.id));
            title.textContent = current.title;
            meta.textContent = text('detail.meta', text('level.' + current.level), current.ownerName || current.owner || '-',
                current.scoreText || text('detail.unscored'));
            description.textContent = current.description || text('detail.description.none');
            stateLozenge.textContent = text('state.' + current.state);
            stateLozenge.setAttribute('data-state', current.state);
            stateLozenge.className = 'aui-lozenge' + (current.state === 'ACTIVE' ? ' aui-lozenge-success'
                : current.state === 'CLOSED' ? ' aui-lozenge-complete' : '');
            activate.hidden = !current.canEdit || current.state === 'ACTIVE';
            close.hidden = !current.canEdit || current.state === 'CLOSED';
            rollUp.checked = !!current.rollUp;
            rollUp.disabled = !current.canEdit;
        }

        function renderPoints(history) {
            points.textContent = '';
            var list = history && history.points || [];
            if (!list.length) {
                var none = document.createElement('tr');
                var cell = document.createElement('td');
                cell.colSpan = 2;
                cell.textContent = text('detail.points.none');
                none.appendChild(cell);
                points.appendChild(none);
            }
            list.forEach(function (point) {
                var row = document.createElement('tr');
                row.setAttribute('data-test', 'detail-point');
                var day = document.createElement('td');
                day.textContent = dayAndTime(point.at)[0];
                var score = document.createElement('td');
                score.textContent = point.scoreText || text('detail.unscored');
                row.appendChild(day);
                row.appendChild(score);
                points.appendChild(row);
            });
            var wrapper = canvas.parentNode;
            wrapper.hidden = list.length < 2;
            if (list.length < 2) {
                return;
            }
            ns.charts.draw(canvas, {
                type: 'line',
                data: {
                    labels: list.map(function (point) { return dayAndTime(point.at)[0]; }),
                    datasets: [{label: text('detail.chart'), data: list.map(function (point) { return point.score; }),
                        borderColor: '#0052cc', backgroundColor: '#0052cc', tension: 0, spanGaps: true},
                        ns.charts.level('0.7', 0.7, list.length, '#00875a')]
                },
                options: {animation: false, responsive: true, maintainAspectRatio: false,
                    scales: {y: {min: 0, max: 1}}, plugins: {legend: {display: false}}}
            });
        }

        function renderActivity(log) {
            activity.textContent = '';
            var entries = (log && log.entries || []).slice().reverse();
            if (!entries.length) {
                var none = document.createElement('li');
                none.className = 'lodestar-empty';
                none.setAttribute('data-test', 'activity-none');
                none.textContent = text('detail.activity.none');
                activity.appendChild(none);
            }
            entries.forEach(function (entry) {
                var item = document.createElement('li');
                item.setAttribute('data-test', 'activity-entry');
                item.setAttribute('data-kind', entry.kind);
                var when = document.createElement('span');
                when.className = 'lodestar-meta';
                var at = dayAndTime(entry.at);
                when.textContent = text('detail.at', at[0], at[1]) + ' ';
                var what = document.createElement('span');
                var line = activityLine(entry, text);
                what.textContent = text.apply(null, [line.name].concat(line.args));
                item.appendChild(when);
                item.appendChild(what);
                activity.appendChild(item);
            });
            var unseen = log && log.hiddenIssues || 0;
            hidden.hidden = !unseen;
            hidden.textContent = unseen ? text('detail.activity.hidden', unseen) : '';
        }

        function load() {
            var thisLoad = ++loads;
            var id = objective.id;
            activity.setAttribute('aria-busy', 'true');
            return Promise.all([
                page.client.get(page.urls.objectiveActivity(id)),
                page.client.get(page.urls.objectiveHistory(id))
            ]).then(function (answers) {
                if (thisLoad !== loads) {
                    return;
                }
                renderActivity(answers[0]);
                renderPoints(answers[1]);
                activity.setAttribute('aria-busy', 'false');
            }, function () {
                if (thisLoad !== loads) {
                    return;
                }
                activity.setAttribute('aria-busy', 'false');
                activity.textContent = '';
                var failed = document.createElement('li');
                failed.className = 'lodestar-empty';
                failed.textContent = text('error.generic');
                activity.appendChild(failed);
            });
        }

        function save(changes) {
            saved.textContent = '';
            ns.formErrors.clear(rollUpForm);
            return page.client.put(page.urls.objective(objective.id), editBody(objective, changes)).then(function (node) {
                changed = true;
                show(node);
                saved.textContent = text('saved');
                load();
            }, function (error) {
                if (error.status === 409 || error.status === 404) {
                    dialog.hide();
                    if (error.status === 409) {
                        page.conflict();
                    } else {
                        page.gone();
                    }
                    return;
                }
                rollUp.checked = !!objective.rollUp;
                saved.textContent = text(error.status === 403 ? 'error.forbidden' : 'error.generic');
            });
        }

        activate.addEventListener('click', function () { save({state: 'ACTIVE'}); });
        close.addEventListener('click', function () { save({state: 'CLOSED'}); });
        rollUp.addEventListener('change', function () { save({rollUp: rollUp.checked}); });

        dialog.onHide(function () {
            if (changed) {
                changed = false;
                page.saved('[data-objective-id="' + objective.id + '"] [data-action="open-objective"]');
            }
        });

        return {
            open: function (current, trigger) {
                changed = false;
                saved.textContent = '';
                show(current);
                activity.textContent = '';
                points.textContent = '';
                dialog.show(trigger);
                load();
            }
        };
    }

    ns.objectiveDetail = objectiveDetail;
    ns.objectiveDetailFormat = {activityLine: activityLine, editBody: editBody, dayAndTime: dayAndTime};
    if (typeof module === 'object' && module.exports) {
        module.exports = ns.objectiveDetailFormat;
    }
}(globalThis.Lodestar = globalThis.Lodestar || {}));
