/*
 * The OKR page (templates/okr-page.vm): loads the selected cycle's aligned tree and quality findings from
 * /rest/lodestar/1.0, draws them, and opens the dialogs that create and change objectives, key results, links and
 * check-ins. After any change it reloads the tree, so scores, bands and statuses are always the server's.
 * A 409 (someone else changed it) closes the dialog, says so and reloads.
 *
 * Stable hooks for browser tests (ids are unique on the page; data-test values repeat per row):
 *   page root ............ #lodestar-okr-page            (data-base-url, data-current-user (a user key), data-selected-cycle, data-team)
 *   cycle picker ......... #lodestar-cycle-picker         <select name=cycle>, option values are cycle ids
 *   team filter .......... #lodestar-team-filter          <input name=team>; #lodestar-filter-apply submits the filter
 *   create objective ..... #lodestar-create-objective     opens #lodestar-objective-dialog
 *     fields ............. #lodestar-objective-title, -description, -owner, -level, -team, -parent, -state (edit only)
 *     save / cancel ...... #lodestar-objective-submit, #lodestar-objective-cancel
 *   tree ................. #lodestar-okr-tree (aria-busy="true" while loading); #lodestar-cycle-elapsed
 *     objective .......... li[data-test=objective][data-objective-id=ID][data-band=GREEN|YELLOW|RED][data-status=ON_TRACK|AT_RISK|OFF_TRACK]
 *       its title ........ [data-test=objective-title]; score [data-test=objective-score] (e.g. "0.7");
 *       band ............. [data-test=objective-band]; status [data-test=objective-status]; expected [data-test=objective-expected]
 *       buttons .......... [data-test=objective-edit], [data-test=objective-add-kr], [data-test=objective-delete]
 *                          (only when the user may edit)
 *     key result ......... tr[data-test=key-result][data-key-result-id=ID][data-kind][data-band][data-status]
 *       cells ............ [data-test=kr-title], [data-test=kr-progress] (aria-valuenow 0..100), [data-test=kr-progress-text],
 *                          [data-test=kr-score], [data-test=kr-band], [data-test=kr-status], [data-test=kr-forecast]
 *       linked issues .... [data-test=kr-links] > li[data-test=linked-issue][data-issue-id] with [data-test=linked-issue-key]
 *                          and [data-test=linked-issue-unlink]
 *       buttons .......... [data-test=kr-check-in], [data-test=kr-link-issue] (linked work only), [data-test=kr-edit],
 *                          [data-test=kr-delete]
 *   delete dialog ........ #lodestar-delete-dialog: [data-test=delete-counts] > li[data-count=key-results|links|check-ins]
 *                          (aria-busy="true" while counting); #lodestar-delete-submit, #lodestar-delete-cancel
 *   export ............... #lodestar-export-csv (a link to the cycle's CSV)
 *   cycles (Jira admins) . #lodestar-cycle-create, #lodestar-cycle-edit, #lodestar-cycle-close (hidden for a closed cycle);
 *                          #lodestar-cycle-dialog: #lodestar-cycle-kind, -start, -end, -name; #lodestar-cycle-submit;
 *                          #lodestar-cycle-close-dialog: [data-test=close-objective][data-objective-id] >
 *                          li[data-test=close-key-result][data-key-result-id] with select[data-test=close-carry];
 *                          #lodestar-cycle-close-submit; a closed cycle shows #lodestar-cycle-closed and each objective's
 *                          [data-test=objective-expected] reads its final grade (data-final-grade)
 *   my check-ins ......... ?view=my-check-ins: #lodestar-my-checkins-page, see web/okr-page/my-check-ins.js
 *   unknown cycle ........ #lodestar-unknown-cycle when ?cycle= named a cycle that does not exist
 *   key result dialog .... #lodestar-kr-dialog: #lodestar-kr-title, -kind, -owner, -weight, -format, -unit, -start,
 *                          -target, -basis, -kpi; #lodestar-kr-submit, #lodestar-kr-cancel
 *   link dialog .......... #lodestar-link-dialog: #lodestar-link-issue-key; #lodestar-link-submit
 *   check-in dialog ...... #lodestar-checkin-dialog: #lodestar-checkin-value, -done (milestones), -confidence, -note;
 *                          #lodestar-checkin-submit; #lodestar-checkin-cancel closes;
 *                          history #lodestar-checkin-history > li[data-test=checkin-entry] newest first;
 *                          chart canvas #lodestar-checkin-chart; [data-test=checkin-saved] after a check-in
 *   field errors ......... [data-error-for=<json field>] inside each form; form-wide errors [data-form-errors]
 *   findings ............. #lodestar-findings > li[data-test=finding][data-severity][data-code]
 *   page messages ........ #lodestar-page-messages > .aui-message[data-test=page-message]
 *   ?objective=ID ......... the objective opened at gets the class lodestar-objective-opened and the focus
 */
(function (ns) {
    'use strict';

    function start() {
        var root = document.getElementById('lodestar-okr-page');
        if (!root || root.getAttribute('data-lodestar-started')) {
            return;
        }
        root.setAttribute('data-lodestar-started', 'true');

        var fmt = ns.okrFormat;
        var urls = ns.restUrls(root.getAttribute('data-base-url'));
        var client = ns.restClient(function (url, init) { return window.fetch(url, init); });
        var treeContainer = document.getElementById('lodestar-okr-tree');
        var findingsList = document.getElementById('lodestar-findings');
        var elapsed = document.getElementById('lodestar-cycle-elapsed');
        var messages = document.getElementById('lodestar-page-messages');
        var cyclePicker = document.getElementById('lodestar-cycle-picker');
        var filterForm = document.getElementById('lodestar-okr-filter');
        var teamFilter = document.getElementById('lodestar-team-filter');
        var createButton = document.getElementById('lodestar-create-objective');
        var exportLink = document.getElementById('lodestar-export-csv');

        var state = {
            cycleId: root.getAttribute('data-selected-cycle') || '',
            team: root.getAttribute('data-team') || '',
            tree: null,
            loads: 0
        };

        function showMessage(kind, message) {
            messages.textContent = '';
            var box = document.createElement('div');
            box.className = 'aui-message aui-message-' + kind + ' closeable';
            box.setAttribute('role', kind === 'error' || kind === 'warning' ? 'alert' : 'status');
            box.setAttribute('data-test', 'page-message');
            var paragraph = document.createElement('p');
            paragraph.textContent = message;
            box.appendChild(paragraph);
            var close = document.createElement('button');
            close.type = 'button';
            close.className = 'aui-close-button';
            close.setAttribute('aria-label', ns.texts.get('close'));
            close.addEventListener('click', function () {
                messages.textContent = '';
            });
            box.appendChild(close);
            messages.appendChild(box);
        }

        function focusLater(selector) {
            if (!selector) {
                return;
            }
            var target = treeContainer.querySelector(selector) || document.querySelector(selector);
            if (target) {
                if (!target.hasAttribute('tabindex') && !/^(BUTTON|A|INPUT|SELECT|TEXTAREA)$/.test(target.tagName)) {
                    target.setAttribute('tabindex', '-1');
                }
                target.focus();
            }
        }

        /** Loads the tree and findings of the selected cycle and team; ignores answers of superseded loads. */
        function load(focusSelector) {
            if (!state.cycleId) {
                return Promise.resolve();
            }
            var thisLoad = ++state.loads;
            treeContainer.setAttribute('aria-busy', 'true');
            if (!state.tree) {
                ns.okrTreeView.showLoading(treeContainer);
            }
            var team = state.team;
            return Promise.all([
                client.get(urls.okrTree(state.cycleId, team)),
                client.get(urls.findings(state.cycleId, team))
            ]).then(function (answers) {
                if (thisLoad !== state.loads) {
                    return;
                }
                state.tree = answers[0];
                ns.okrTreeView.render(treeContainer, state.tree, urls, page.currentUser);
                ns.findingsView.render(findingsList, answers[1]);
                var cycle = state.tree && state.tree.cycle;
                showCycleState(cycle);
                elapsed.textContent = cycle && typeof cycle.elapsed === 'number'
                    ? ns.texts.get('cycle.elapsed', fmt.percent(cycle.elapsed) + '%') : '';
                treeContainer.setAttribute('aria-busy', 'false');
                focusLater(focusSelector);
            }, function (error) {
                if (thisLoad !== state.loads) {
                    return;
                }
                treeContainer.setAttribute('aria-busy', 'false');
                var status = error && error.status;
                showMessage('error', ns.texts.get(status === 401 ? 'error.unauthorized'
                    : status === 404 ? 'error.not-found' : status === 0 ? 'error.network' : 'error.generic'));
            });
        }

        function updateExport() {
            if (exportLink && state.cycleId) {
                exportLink.setAttribute('href', urls.exportCsv(state.cycleId));
            }
        }

        /** The cycles of the picker: [{id, name, start, end}], ISO days, end exclusive. */
        function cycles() {
            return cyclePicker ? Array.prototype.map.call(cyclePicker.options, function (entry) {
                return {id: entry.value, name: entry.textContent.trim(), start: entry.getAttribute('data-start'),
                    end: entry.getAttribute('data-end')};
            }) : [];
        }

        /** Keeps the address bar in step with the picked cycle and team, so a reload or a shared link shows the same. */
        function rememberSelection() {
            if (!window.history || typeof window.history.replaceState !== 'function') {
                return;
            }
            var params = [];
            if (state.cycleId) {
                params.push('cycle=' + encodeURIComponent(state.cycleId));
            }
            if (state.team) {
                params.push('team=' + encodeURIComponent(state.team));
            }
            window.history.replaceState(null, '', window.location.pathname + (params.length ? '?' + params.join('&') : ''));
            updateExport();
        }

        var closedBanner = document.getElementById('lodestar-cycle-closed');
        var cycleCreate = document.getElementById('lodestar-cycle-create');
        var cycleEdit = document.getElementById('lodestar-cycle-edit');
        var cycleClose = document.getElementById('lodestar-cycle-close');

        /** A closed (graded) cycle is read-only: no creating, no editing or closing it again, and a banner says so. */
        function showCycleState(cycle) {
            var closed = !!(cycle && cycle.closed);
            closedBanner.hidden = !closed;
            createButton.disabled = closed;
            [cycleEdit, cycleClose].forEach(function (button) {
                if (button) {
                    button.hidden = !cycle || closed;
                }
            });
        }

        var page = {
            client: client,
            /** Opens the page on a cycle (after one was created, edited or closed, so the picker shows it as it is). */
            openCycle: function (cycleId) {
                window.location.assign(urls.okrPage(cycleId, state.team));
            },
            urls: urls,
            currentUser: root.getAttribute('data-current-user') || '',
            cycleId: function () { return state.cycleId; },
            cycles: cycles,
            team: function () { return state.team; },
            tree: function () { return state.tree; },
            saved: function (focusSelector) {
                load(focusSelector);
            },
            conflict: function () {
                showMessage('warning', ns.texts.get('error.conflict'));
                load();
            },
            keptAsKpi: function (kpi, focusSelector) {
                showMessage('success', ns.texts.get('keep.done'));
                var link = document.createElement('a');
                link.href = urls.kpiPage(kpi.team, kpi.id);
                link.setAttribute('data-test', 'kept-kpi-link');
                link.textContent = ' ' + ns.texts.get('keep.open-kpi', kpi.name);
                messages.querySelector('p').appendChild(link);
                focusLater(focusSelector);
            },
            gone: function () {
                showMessage('warning', ns.texts.get('error.not-found'));
                load();
            },
            deleted: function (title) {
                showMessage('success', ns.texts.get('deleted', title));
                load('#lodestar-page-messages [data-test=page-message]');
            }
        };

        var objectives = ns.objectiveDialog(page);
        var keyResults = ns.keyResultDialog(page);
        var links = ns.linkDialog(page);
        var keeps = ns.keepKpiDialog(page);
        var checkIns = ns.checkInDialog(page);
        var deletes = ns.deleteDialog(page);
        // Cycle controls are rendered for Jira administrators only (the API checks again).
        if (cycleCreate) {
            var cycleEditor = ns.cycleDialog(page);
            var cycleCloser = ns.cycleCloseDialog(page);
            cycleCreate.addEventListener('click', function () { cycleEditor.openCreate(cycleCreate); });
            if (cycleEdit) {
                cycleEdit.addEventListener('click', function () {
                    if (state.tree && state.tree.cycle) {
                        cycleEditor.openEdit(state.tree.cycle, cycleEdit);
                    }
                });
                cycleClose.addEventListener('click', function () {
                    if (state.tree && state.tree.cycle) {
                        cycleCloser.open(state.tree.cycle, cycleClose);
                    }
                });
            }
        }

        if (cyclePicker) {
            cyclePicker.addEventListener('change', function () {
                state.cycleId = cyclePicker.value;
                state.tree = null;
                rememberSelection();
                load();
            });
        }
        filterForm.addEventListener('submit', function (event) {
            event.preventDefault();
            state.cycleId = cyclePicker && cyclePicker.value || state.cycleId;
            state.team = teamFilter.value.trim();
            state.tree = null;
            rememberSelection();
            load();
        });
        createButton.addEventListener('click', function () {
            objectives.openCreate(createButton);
        });

        function unlink(keyResultId, issueId) {
            client.del(urls.link(keyResultId, issueId)).then(function () {
                load('[data-key-result-id="' + keyResultId + '"] [data-action="link-issue"]');
            }, function (error) {
                if (error.status === 409 || error.status === 404) {
                    page.gone();
                } else {
                    showMessage('error', ns.texts.get(error.status === 403 ? 'error.forbidden' : 'error.generic'));
                }
            });
        }

        treeContainer.addEventListener('click', function (event) {
            var button = event.target.closest('[data-action]');
            if (!button || !treeContainer.contains(button)) {
                return;
            }
            var action = button.getAttribute('data-action');
            var tree = state.tree ? state.tree.objectives : [];
            var krRow = button.closest('[data-key-result-id]');
            var objectiveItem = button.closest('[data-objective-id]');
            var found = krRow ? fmt.findKeyResult(tree, Number(krRow.getAttribute('data-key-result-id'))) : null;
            var objective = objectiveItem ? fmt.findObjective(tree, Number(objectiveItem.getAttribute('data-objective-id'))) : null;
            if (action === 'edit-objective' && objective) {
                objectives.openEdit(objective, button);
            } else if (action === 'add-key-result' && objective) {
                keyResults.openCreate(objective, button);
            } else if (action === 'edit-key-result' && found) {
                keyResults.openEdit(found.objective, found.keyResult, button);
            } else if (action === 'check-in' && found) {
                checkIns.open(found.keyResult, button);
            } else if (action === 'link-issue' && found) {
                links.open(found.keyResult, button);
            } else if (action === 'delete-objective' && objective) {
                deletes.openObjective(objective, button);
            } else if (action === 'delete-key-result' && found) {
                deletes.openKeyResult(found.keyResult, button);
            } else if (action === 'keep-as-kpi' && found) {
                keeps.open(found.keyResult, found.objective, button);
            } else if (action === 'unlink-issue' && found) {
                unlink(found.keyResult.id, button.closest('[data-issue-id]').getAttribute('data-issue-id'));
            }
        });

        // An address naming a cycle that does not exist now names the one shown (the page said so above the tree).
        if (document.querySelector('[data-test=unknown-cycle]')) {
            rememberSelection();
        }
        updateExport();
        var opened = openedAt();
        load(opened).then(function () {
            var objective = opened && treeContainer.querySelector(opened);
            if (objective) {
                objective.classList.add('lodestar-objective-opened');
                if (typeof objective.scrollIntoView === 'function') {
                    objective.scrollIntoView({block: 'start'});
                }
            }
        });
    }

    /**
     * ?objective=ID (links from the issue panel): the page opens scrolled to that objective, focused and marked, so
     * the reader lands on the objective the issue moves. Only digits are taken: the value goes into a selector.
     */
    function openedAt() {
        var match = /[?&]objective=(\d+)(?:&|$)/.exec(window.location.search);
        if (!match) {
            return null;
        }
        return 'li[data-test=objective][data-objective-id="' + match[1] + '"]';
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window.Lodestar = window.Lodestar || {}));
