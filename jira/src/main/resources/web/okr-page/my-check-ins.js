/*
 * "My check-ins" (the OKR page with ?view=my-check-ins, from the OKRs menu): the key results the signed-in user owns
 * that are due a check-in this week (GET /key-results/due-check-ins, earliest due first), each with its objective,
 * cycle, when it is due and its score, and "Check in", which opens the OKR page's check-in dialog. After a check-in
 * the list reloads, so a key result no longer due leaves it.
 *
 * Stable hooks for browser tests:
 *   page root ..... #lodestar-my-checkins-page (data-base-url, data-current-user)
 *   list .......... #lodestar-mycheckins (aria-busy="true" while loading) > tr[data-test=mycheckin][data-key-result-id]
 *                   [data-overdue] with [data-test=mycheckin-title], -objective, -due, -score and the button
 *                   [data-test=mycheckin-check-in]; #lodestar-mycheckins-empty when nothing is due
 */
(function (ns) {
    'use strict';

    function text() {
        return ns.texts.get.apply(null, arguments);
    }

    function cell(row, testName, content) {
        var td = document.createElement('td');
        if (content !== undefined) {
            var span = document.createElement('span');
            span.setAttribute('data-test', testName);
            span.textContent = content;
            td.appendChild(span);
        }
        row.appendChild(td);
        return td;
    }

    function meta(td, content) {
        var span = document.createElement('span');
        span.className = 'lodestar-meta';
        span.textContent = content;
        td.appendChild(span);
    }

    function start() {
        var root = document.getElementById('lodestar-my-checkins-page');
        if (!root || root.getAttribute('data-lodestar-started')) {
            return;
        }
        root.setAttribute('data-lodestar-started', 'true');
        var fmt = ns.okrFormat;
        var urls = ns.restUrls(root.getAttribute('data-base-url'));
        var client = ns.restClient(function (url, init) { return window.fetch(url, init); });
        var body = document.getElementById('lodestar-mycheckins');
        var table = document.getElementById('lodestar-mycheckins-table');
        var empty = document.getElementById('lodestar-mycheckins-empty');
        var loading = document.getElementById('lodestar-mycheckins-loading');
        var messages = document.getElementById('lodestar-page-messages');
        var entries = [];

        function showMessage(kind, message) {
            messages.textContent = '';
            var box = document.createElement('div');
            box.className = 'aui-message aui-message-' + kind;
            box.setAttribute('role', kind === 'error' || kind === 'warning' ? 'alert' : 'status');
            box.setAttribute('data-test', 'page-message');
            var paragraph = document.createElement('p');
            paragraph.textContent = message;
            box.appendChild(paragraph);
            messages.appendChild(box);
        }

        function row(entry) {
            var kr = entry.keyResult;
            var tr = document.createElement('tr');
            tr.setAttribute('data-test', 'mycheckin');
            tr.setAttribute('data-key-result-id', String(kr.id));
            tr.setAttribute('data-overdue', entry.overdue ? 'true' : 'false');
            var title = cell(tr, 'mycheckin-title', kr.title);
            meta(title, text('kind.' + kr.kind) + ' - ' + (kr.latestCheckIn
                ? text('mycheckins.last', fmt.day(kr.latestCheckIn.at)) : text('mycheckins.never')));
            var objectiveCell = document.createElement('td');
            var link = document.createElement('a');
            link.setAttribute('data-test', 'mycheckin-objective');
            link.href = urls.okrPage(entry.objective.cycleId) + '&objective=' + encodeURIComponent(String(entry.objective.id));
            link.textContent = entry.objective.title;
            objectiveCell.appendChild(link);
            meta(objectiveCell, text('mycheckins.cycle', entry.cycle.name));
            tr.appendChild(objectiveCell);
            var due = cell(tr, 'mycheckin-due', text(entry.overdue ? 'mycheckins.overdue' : 'mycheckins.due', fmt.day(entry.dueAt)));
            if (entry.overdue) {
                due.firstChild.className = 'lodestar-overdue';
            }
            var score = cell(tr, 'mycheckin-score', kr.scoreText || '');
            if (kr.band) {
                var band = document.createElement('span');
                band.className = 'aui-lozenge ' + fmt.bandLozenge(kr.band);
                band.textContent = text('band.' + kr.band);
                score.appendChild(document.createTextNode(' '));
                score.appendChild(band);
            }
            var actions = document.createElement('td');
            var button = document.createElement('button');
            button.type = 'button';
            button.className = 'aui-button';
            button.setAttribute('data-action', 'check-in');
            button.setAttribute('data-test', 'mycheckin-check-in');
            button.textContent = text('mycheckins.check-in');
            actions.appendChild(button);
            tr.appendChild(actions);
            return tr;
        }

        function load(focusSelector) {
            body.setAttribute('aria-busy', 'true');
            return client.get(urls.dueCheckIns()).then(function (answer) {
                entries = answer || [];
                body.textContent = '';
                entries.forEach(function (entry) { body.appendChild(row(entry)); });
                loading.hidden = true;
                table.hidden = !entries.length;
                empty.hidden = entries.length > 0;
                body.setAttribute('aria-busy', 'false');
                var target = focusSelector && document.querySelector(focusSelector);
                if (target) {
                    target.focus();
                }
            }, function (error) {
                loading.hidden = true;
                body.setAttribute('aria-busy', 'false');
                var status = error && error.status;
                showMessage('error', text(status === 401 ? 'error.unauthorized' : status === 0 ? 'error.network' : 'error.generic'));
            });
        }

        // The check-in dialog of the OKR page, driven by this list instead of the tree.
        var page = {
            client: client,
            urls: urls,
            currentUser: root.getAttribute('data-current-user') || '',
            saved: function (focusSelector) { load(focusSelector); },
            conflict: function () { showMessage('warning', text('error.conflict')); load(); },
            gone: function () { showMessage('warning', text('error.not-found')); load(); }
        };
        var checkIns = ns.checkInDialog(page);

        body.addEventListener('click', function (event) {
            var button = event.target.closest('[data-action="check-in"]');
            if (!button) {
                return;
            }
            var id = Number(button.closest('[data-key-result-id]').getAttribute('data-key-result-id'));
            var entry = entries.filter(function (candidate) { return candidate.keyResult.id === id; })[0];
            if (entry) {
                checkIns.open(entry.keyResult, button);
            }
        });

        // The weekly reminder e-mail switch (GET/PUT /users/me/reminders), only ever the signed-in user's.
        var reminders = document.getElementById('lodestar-reminders');
        var toggle = document.getElementById('lodestar-reminders-toggle');
        function showReminders(choice) {
            toggle.checked = !!choice.checkInReminders;
            document.getElementById('lodestar-reminders-off').hidden = !!choice.remindersEnabled;
            reminders.hidden = false;
            toggle.disabled = false;
        }
        function reminderError(error) {
            toggle.disabled = false;
            var status = error && error.status;
            showMessage('error', text(status === 401 ? 'error.unauthorized' : status === 0 ? 'error.network' : 'error.generic'));
        }
        if (reminders && toggle) {
            client.get(urls.myReminders()).then(showReminders, reminderError);
            toggle.addEventListener('change', function () {
                toggle.disabled = true;
                client.put(urls.myReminders(), {checkInReminders: toggle.checked}).then(showReminders, function (error) {
                    toggle.checked = !toggle.checked;
                    reminderError(error);
                });
            });
        }

        load();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window.Lodestar = window.Lodestar || {}));
