/*
 * The KPI page (templates/kpi-page.vm): loads the scorecard of the team (or of all teams) from the stored values
 * (GET /kpi-page/scorecard: opening the page recomputes nothing), opens a KPI's own view, and for those allowed
 * queues a measurement of a KPI now (POST /kpi-runs, answered 202), shows the run's progress from GET /kpi-runs/{id}
 * until it is finished, then reloads; viewing the page never measures. Every table can be downloaded as CSV, exactly as shown.
 *
 * Stable hooks for browser tests (ids are unique on the page; data-test values repeat per row):
 *   page root ............ #lodestar-kpi-page             (data-base-url, data-current-user, data-team, data-selected-kpi)
 *   team filter .......... #lodestar-kpi-team-filter      <input name=team>; #lodestar-kpi-filter-apply submits it
 *   scorecard ............ #lodestar-kpi-scorecard (aria-busy="true" while loading), rows in #lodestar-kpi-scorecard-rows:
 *     row ................ tr[data-test=scorecard-row][data-kpi-id=ID][data-visible=true|false][data-rating=GREEN|YELLOW|RED|NONE]
 *       cells ............ [data-test=kpi-name] (its button [data-test=kpi-open] opens the KPI), [data-test=kpi-value],
 *                          [data-test=kpi-target], [data-test=kpi-rating], [data-test=kpi-trend], [data-test=kpi-sparkline],
 *                          [data-test=kpi-alert], [data-test=kpi-owner], [data-test=kpi-hidden] (hidden values)
 *       measure now ...... [data-test=kpi-measure] (only when the user may refresh the KPI)
 *     CSV ................ #lodestar-scorecard-csv
 *   KPI view ............. #lodestar-kpi-view (data-kpi-id, data-visible, aria-busy); name #lodestar-kpi-view-name;
 *                          #lodestar-kpi-view-hidden when values are hidden; #lodestar-kpi-view-close
 *     sheet .............. #lodestar-kpi-sheet > dd[data-sheet=formula|source|frequency|owner|target|threshold|direction|action]
 *     history ............ #lodestar-history-section (hidden with the values), canvas #lodestar-history-chart, #lodestar-history-table rows [data-test=history-row]; #lodestar-history-csv
 *     velocity ........... #lodestar-velocity-section (aria-busy), canvas #lodestar-velocity-chart, #lodestar-velocity-average,
 *                          #lodestar-velocity-table rows tr[data-test=velocity-row][data-sprint-id] whose first cell's button
 *                          [data-test=velocity-open-report] opens the sprint report; #lodestar-velocity-csv
 *     control chart ...... #lodestar-control-section (aria-busy), canvas #lodestar-control-chart, #lodestar-control-stats,
 *                          #lodestar-control-table rows tr[data-test=control-issue][data-issue-key]; #lodestar-control-csv
 *     deliveries ......... #lodestar-delivery-section (aria-busy), #lodestar-delivery-stats, #lodestar-delivery-table rows
 *                          tr[data-test=delivery-issue][data-issue-key][data-on-time]; #lodestar-delivery-csv
 *     breakdown .......... #lodestar-breakdown-section[data-breakdown=throughput|wip|releases|time-in-status], canvas
 *                          #lodestar-breakdown-chart, #lodestar-breakdown-table rows tr[data-test=breakdown-row][data-issue-keys];
 *                          #lodestar-breakdown-csv
 *     sprint report ...... #lodestar-sprint-report (data-sprint-id, aria-busy), #lodestar-sprint-report-heading,
 *                          #lodestar-sprint-report-table rows tr[data-test=report-issue][data-issue-key][data-outcome];
 *                          #lodestar-sprint-report-csv
 *   create KPI ........... #lodestar-kpi-create opens #lodestar-kpi-dialog; #lodestar-kpi-edit and #lodestar-kpi-delete in
 *                          the KPI view (only when the user may change it)
 *   KPI sheet editor ..... #lodestar-kpi-dialog, form #lodestar-kpi-form: #lodestar-kpi-field-name, -type, -source-kind, -value,
 *                          -frequency, -team, -owner, -kind, -direction, -target, -alert-threshold, -min, -max,
 *                          -action-if-alert; parameters #lodestar-kpi-param-done-status-ids...; #lodestar-kpi-submit;
 *                          field errors [data-error-for=<field>], form-wide [data-form-errors]
 *   delete dialog ........ #lodestar-kpi-delete-dialog: #lodestar-kpi-delete-submit; when the KPI backs key results
 *                          #lodestar-kpi-delete-backed names them and #lodestar-kpi-delete-convert confirms
 *   draft an objective ... #lodestar-kpi-draft (red KPIs only) opens #lodestar-kpi-draft-dialog: #lodestar-kpi-draft-cycle,
 *                          #lodestar-kpi-draft-submit; then a page message with a link [data-test=kpi-draft-link]
 *   page messages ........ #lodestar-kpi-messages > .aui-message[data-test=page-message]
 */
(function (ns) {
    'use strict';

    function start() {
        var root = document.getElementById('lodestar-kpi-page');
        if (!root || root.getAttribute('data-lodestar-started')) {
            return;
        }
        root.setAttribute('data-lodestar-started', 'true');

        var text = ns.texts.get;
        /** How often a measurement run's progress is read while the page waits for it. */
        var RUN_POLL_MS = 1000;
        var urls = ns.restUrls(root.getAttribute('data-base-url'));
        var client = ns.restClient(function (url, init) { return window.fetch(url, init); });
        var table = document.getElementById('lodestar-kpi-scorecard');
        var rows = document.getElementById('lodestar-kpi-scorecard-rows');
        var messages = document.getElementById('lodestar-kpi-messages');
        var team = root.getAttribute('data-team') || '';
        var view = ns.kpiView({
            root: document.getElementById('lodestar-kpi-view'),
            name: document.getElementById('lodestar-kpi-view-name'),
            watch: document.getElementById('lodestar-kpi-watch'),
            watchers: document.getElementById('lodestar-kpi-watchers'),
            hidden: document.getElementById('lodestar-kpi-view-hidden'),
            sheet: document.getElementById('lodestar-kpi-sheet'),
            historySection: document.getElementById('lodestar-history-section'),
            historyChart: document.getElementById('lodestar-history-chart'),
            historyTable: document.getElementById('lodestar-history-table'),
            velocitySection: document.getElementById('lodestar-velocity-section'),
            velocityChart: document.getElementById('lodestar-velocity-chart'),
            velocityTable: document.getElementById('lodestar-velocity-table'),
            velocityAverage: document.getElementById('lodestar-velocity-average'),
            velocitySprints: document.getElementById('lodestar-velocity-sprints'),
            controlSection: document.getElementById('lodestar-control-section'),
            controlChart: document.getElementById('lodestar-control-chart'),
            controlStats: document.getElementById('lodestar-control-stats'),
            controlTable: document.getElementById('lodestar-control-table'),
            deliverySection: document.getElementById('lodestar-delivery-section'),
            deliveryStats: document.getElementById('lodestar-delivery-stats'),
            deliveryTable: document.getElementById('lodestar-delivery-table'),
            breakdownSection: document.getElementById('lodestar-breakdown-section'),
            breakdownHeading: document.getElementById('lodestar-breakdown-heading'),
            breakdownStats: document.getElementById('lodestar-breakdown-stats'),
            breakdownChart: document.getElementById('lodestar-breakdown-chart'),
            breakdownTable: document.getElementById('lodestar-breakdown-table'),
            report: document.getElementById('lodestar-sprint-report'),
            reportHeading: document.getElementById('lodestar-sprint-report-heading'),
            reportTable: document.getElementById('lodestar-sprint-report-table')
        }, client, urls, text, showError);

        function showMessage(kind, message) {
            messages.textContent = '';
            var box = document.createElement('div');
            box.className = 'aui-message aui-message-' + kind;
            box.setAttribute('role', kind === 'error' ? 'alert' : 'status');
            box.setAttribute('data-test', 'page-message');
            var paragraph = document.createElement('p');
            paragraph.textContent = message;
            box.appendChild(paragraph);
            messages.appendChild(box);
        }

        function showError(error) {
            var status = error && typeof error.status === 'number' ? error.status : -1;
            var byStatus = {0: 'error.network', 401: 'error.unauthorized', 403: 'error.forbidden', 404: 'error.not-found'};
            var apiMessages = (error && error.errors || []).map(function (e) { return e.message; }).filter(Boolean);
            showMessage('error', [text(byStatus[status] || 'error.generic')].concat(apiMessages).join(' '));
        }

        function loadScorecard() {
            table.setAttribute('aria-busy', 'true');
            return client.get(urls.kpiScorecard(team)).then(function (scorecard) {
                ns.scorecardView.render(rows, scorecard, text);
                var banner = document.getElementById('lodestar-kpi-red-banner');
                banner.textContent = ns.kpiFormat.redBanner(scorecard.kpis, text);
                banner.hidden = banner.textContent === '';
                table.setAttribute('aria-busy', 'false');
            }, function (error) {
                table.setAttribute('aria-busy', 'false');
                showError(error);
            });
        }

        var editButton = document.getElementById('lodestar-kpi-edit');
        var deleteButton = document.getElementById('lodestar-kpi-delete');

        function openKpi(kpiId) {
            root.setAttribute('data-selected-kpi', String(kpiId));
            if (window.history && window.history.replaceState) {
                window.history.replaceState(null, '', urls.kpiPage(team, kpiId));
            }
            editButton.hidden = true;
            deleteButton.hidden = true;
            draftButton.hidden = true;
            return view.show(kpiId).then(function () {
                var kpi = view.current().kpi;
                editButton.hidden = !(kpi && kpi.canEdit);
                draftButton.hidden = !(kpi && kpi.visible && kpi.rating === 'RED' && kpi.kind === 'GROWING');
                deleteButton.hidden = !(kpi && kpi.canEdit);
                document.getElementById('lodestar-kpi-view').scrollIntoView({block: 'start'});
            });
        }

        function closeKpi() {
            view.hide();
            root.setAttribute('data-selected-kpi', '');
            if (window.history && window.history.replaceState) {
                window.history.replaceState(null, '', urls.kpiPage(team, null));
            }
        }

        var editor = ns.kpiEditor({
            client: client,
            urls: urls,
            team: team,
            currentUser: root.getAttribute('data-current-user'),
            showError: showError,
            saved: function (kpi) {
                showMessage('success', text('saved'));
                loadScorecard();
                openKpi(kpi.id);
            },
            deleted: function () {
                showMessage('success', text('deleted'));
                closeKpi();
                loadScorecard();
            },
            conflict: function () {
                showMessage('warning', text('error.conflict'));
                loadScorecard();
                var selected = root.getAttribute('data-selected-kpi');
                if (selected) {
                    openKpi(selected);
                }
            },
            gone: function () {
                showMessage('error', text('error.not-found'));
                closeKpi();
                loadScorecard();
            }
        });
        var draftButton = document.getElementById('lodestar-kpi-draft');
        var draftDialog = ns.dialog(document.getElementById('lodestar-kpi-draft-dialog'));
        var draftForm = document.getElementById('lodestar-kpi-draft-form');
        var draftCycle = document.getElementById('lodestar-kpi-draft-cycle');
        draftButton.addEventListener('click', function (event) {
            var kpi = view.current().kpi;
            var fmt = ns.kpiFormat;
            ns.formErrors.clear(draftForm);
            document.getElementById('lodestar-kpi-draft-proposal').textContent = text('draft.proposal', kpi.team || '-',
                kpi.name, fmt.value(kpi.current.value, kpi.unit, text), fmt.value(kpi.target, kpi.unit, text));
            draftCycle.textContent = '';
            client.get(urls.cycles()).then(function (cycles) {
                cycles.filter(function (cycle) { return !cycle.closed; }).forEach(function (cycle) {
                    var option = document.createElement('option');
                    option.value = String(cycle.id);
                    option.textContent = cycle.name;
                    draftCycle.appendChild(option);
                });
            }, showError);
            draftDialog.show(event.currentTarget);
        });
        draftForm.addEventListener('submit', function (event) {
            event.preventDefault();
            var kpi = view.current().kpi;
            ns.formSubmit.submit(draftForm, document.getElementById('lodestar-kpi-draft-submit'), function () {
                return client.post(urls.kpiDraftObjective(kpi.id), {cycleId: Number(draftCycle.value)});
            }, {
                saved: function (drafted) {
                    draftDialog.hide();
                    showMessage('success', text('draft.done', drafted.title));
                    var link = document.createElement('a');
                    link.href = urls.okrPage(drafted.cycleId, drafted.team);
                    link.setAttribute('data-test', 'kpi-draft-link');
                    link.textContent = drafted.title;
                    messages.firstChild.appendChild(link);
                },
                conflict: function () { draftDialog.hide(); },
                gone: function () { draftDialog.hide(); showError({status: 404}); }
            });
        });

        document.getElementById('lodestar-kpi-create').addEventListener('click', function (event) {
            editor.openCreate(event.currentTarget);
        });
        editButton.addEventListener('click', function (event) {
            editor.openEdit(view.current().kpi, event.currentTarget);
        });
        deleteButton.addEventListener('click', function (event) {
            editor.openDelete(view.current().kpi, event.currentTarget);
        });

        rows.addEventListener('click', function (event) {
            var button = event.target.closest('button[data-action]');
            if (!button) {
                return;
            }
            var kpiId = button.closest('tr').getAttribute('data-kpi-id');
            if (button.getAttribute('data-action') === 'open-kpi') {
                openKpi(kpiId);
            } else if (button.getAttribute('data-action') === 'measure-kpi') {
                button.disabled = true;
                var name = button.closest('tr').getAttribute('data-kpi-name') || '';
                client.post(urls.kpiRuns(), {kpiId: Number(kpiId)}).then(function (run) {
                    return followRun(run, name);
                }, showError).then(function () {
                    button.disabled = false;
                });
            }
        });

        /**
         * Shows a queued run's progress until it is finished (polled every RUN_POLL_MS), then the outcome, and reloads
         * the scorecard with the values the run recorded.
         */
        function followRun(run, name) {
            showMessage('info', runText(run, name));
            if (run.finished) {
                if (run.state === 'DONE') {
                    showMessage('success', text('scorecard.measured', name));
                } else {
                    showMessage('error', text('run.failed', name, run.failure || ''));
                }
                return loadScorecard();
            }
            return new Promise(function (resolve) { setTimeout(resolve, RUN_POLL_MS); })
                .then(function () { return client.get(urls.kpiRun(run.id)); })
                .then(function (next) { return followRun(next, name); }, showError);
        }

        function runText(run, name) {
            return run.state === 'QUEUED' ? text('run.queued', name)
                : text('run.progress', name, run.issuesRead, run.kpisDone, run.kpisTotal);
        }

        document.getElementById('lodestar-kpi-view-close').addEventListener('click', closeKpi);

        function csvButton(buttonId, tableId, fileName) {
            document.getElementById(buttonId).addEventListener('click', function () {
                ns.csv.download(fileName(), ns.csv.fromTable(document.getElementById(tableId)));
            });
        }
        csvButton('lodestar-scorecard-csv', 'lodestar-kpi-scorecard', function () { return text('csv.scorecard'); });
        csvButton('lodestar-history-csv', 'lodestar-history-table', function () {
            return text('csv.history', view.current().kpi && view.current().kpi.id);
        });
        csvButton('lodestar-velocity-csv', 'lodestar-velocity-table', function () {
            return text('csv.velocity', view.current().kpi && view.current().kpi.id);
        });
        csvButton('lodestar-control-csv', 'lodestar-control-table', function () {
            return text('csv.control', view.current().kpi && view.current().kpi.id);
        });
        csvButton('lodestar-delivery-csv', 'lodestar-delivery-table', function () {
            return text('csv.delivery', view.current().kpi && view.current().kpi.id);
        });
        csvButton('lodestar-breakdown-csv', 'lodestar-breakdown-table', function () {
            var current = view.current();
            return text('csv.breakdown', current.kpi && current.kpi.id, current.breakdown);
        });
        csvButton('lodestar-sprint-report-csv', 'lodestar-sprint-report-table', function () {
            var current = view.current();
            return text('csv.report', current.kpi && current.kpi.id, current.sprint && current.sprint.sprintId);
        });

        loadScorecard();
        var selected = root.getAttribute('data-selected-kpi');
        if (selected) {
            openKpi(selected);
        }
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window.Lodestar = window.Lodestar || {}));
