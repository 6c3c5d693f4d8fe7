/*
 * The administration page: loads the settings, Jira's custom fields and statuses, the projects and the latest
 * measurement runs from the REST API, and saves the settings with PUT /settings.
 * Stable hooks for browser tests: data-test="admin-story-points" (select), "admin-done" (table; each row's select
 * has data-project="KEY"), "admin-reminders" (only when the server's settings have remindersEnabled), "admin-save",
 * "admin-messages", "admin-runs", "admin-schedule".
 */
(function (ns) {
    'use strict';

    var RUNS_SHOWN = 10;

    function start() {
        var root = document.getElementById('lodestar-admin-page');
        if (!root) {
            return;
        }
        var urls = ns.restUrls(root.getAttribute('data-base-url'));
        var client = ns.restClient(function (url, init) { return window.fetch(url, init); });
        var text = ns.texts.get;
        var form = document.getElementById('lodestar-admin-form');
        var fieldSelect = document.getElementById('lodestar-admin-story-points');
        var doneRows = document.querySelector('#lodestar-admin-done tbody');
        var remindersGroup = document.getElementById('lodestar-admin-reminders-group');
        var reminders = document.getElementById('lodestar-admin-reminders');
        var messages = document.getElementById('lodestar-admin-messages');
        var loaded = null;

        document.getElementById('lodestar-admin-schedule').textContent =
            text('schedule.interval', root.getAttribute('data-schedule-minutes'));

        function message(kind, content) {
            messages.textContent = '';
            var box = document.createElement('div');
            box.className = 'aui-message aui-message-' + kind;
            box.setAttribute('data-test', 'admin-message-' + kind);
            box.textContent = content;
            messages.appendChild(box);
        }

        function failure(error) {
            var errors = error && error.errors && error.errors.length ? error.errors : null;
            message('error', errors ? errors.map(function (e) { return text('error.field', e.field, e.message); }).join(' ')
                : text('error.generic'));
        }

        function option(value, label, selected) {
            var element = document.createElement('option');
            element.value = value;
            element.textContent = label;
            element.selected = Boolean(selected);
            return element;
        }

        function renderFields(fields, chosen) {
            fields.forEach(function (field) {
                fieldSelect.appendChild(option(field.id, field.name + ' (' + field.id + ')', field.id === chosen));
            });
        }

        function renderDone(teams, statuses, done) {
            doneRows.textContent = '';
            teams.forEach(function (team) {
                var row = document.createElement('tr');
                var name = document.createElement('th');
                name.scope = 'row';
                name.textContent = team.name + ' (' + team.key + ')';
                var cell = document.createElement('td');
                var select = document.createElement('select');
                select.multiple = true;
                select.className = 'multi-select';
                select.setAttribute('data-project', team.key);
                select.setAttribute('aria-label', team.name);
                select.size = Math.min(6, Math.max(2, statuses.length));
                var chosen = done[team.key] || [];
                statuses.forEach(function (status) {
                    select.appendChild(option(status.id, status.name, chosen.indexOf(status.id) >= 0));
                });
                var hint = document.createElement('div');
                hint.className = 'description';
                hint.textContent = chosen.length ? '' : text('done.category');
                cell.appendChild(select);
                cell.appendChild(hint);
                row.appendChild(name);
                row.appendChild(cell);
                doneRows.appendChild(row);
            });
        }

        function renderRuns(runs) {
            var body = document.querySelector('#lodestar-admin-runs tbody');
            body.textContent = '';
            if (!runs.length) {
                var row = document.createElement('tr');
                var cell = document.createElement('td');
                cell.colSpan = 6;
                cell.textContent = text('runs.empty');
                row.appendChild(cell);
                body.appendChild(row);
                return;
            }
            runs.forEach(function (run) {
                var row = document.createElement('tr');
                row.setAttribute('data-run', run.id);
                ns.adminFormat.runCells(run, text, function (at) { return new Date(at).toLocaleString(); })
                    .forEach(function (content) {
                        var cell = document.createElement('td');
                        cell.textContent = content;
                        row.appendChild(cell);
                    });
                body.appendChild(row);
            });
        }

        function doneByProject() {
            var done = {};
            Array.prototype.forEach.call(doneRows.querySelectorAll('select[data-project]'), function (select) {
                done[select.getAttribute('data-project')] = Array.prototype.filter.call(select.options,
                    function (o) { return o.selected; }).map(function (o) { return o.value; });
            });
            return done;
        }

        function show(settings) {
            loaded = settings;
            if (Object.prototype.hasOwnProperty.call(settings, 'remindersEnabled')) {
                remindersGroup.hidden = false;
                reminders.checked = Boolean(settings.remindersEnabled);
            }
        }

        Promise.all([client.get(urls.settings()), client.get(urls.settingsFields()), client.get(urls.settingsStatuses()),
            client.get(urls.teams())]).then(function (answers) {
            show(answers[0]);
            renderFields(answers[1], answers[0].storyPointsFieldId);
            renderDone(answers[3], answers[2], answers[0].doneStatusIds || {});
            root.setAttribute('data-loaded', 'true');
        }, failure);
        client.get(urls.kpiRunsLatest(RUNS_SHOWN)).then(renderRuns, failure);

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (loaded === null) {
                return;
            }
            var body = ns.adminFormat.settingsBody(loaded, fieldSelect.value, doneByProject(), reminders.checked);
            client.put(urls.settings(), body).then(function (saved) {
                show(saved);
                message('success', text('saved'));
            }, failure);
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window.Lodestar = window.Lodestar || {}));
