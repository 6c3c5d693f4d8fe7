/*
 * The OKR progress dashboard item (AMD module lodestar/dashboard/okr-progress-item): a cycle's objectives (of one team,
 * or of every team), or one objective with its aligned children; each with its score, band and status, and its key
 * results' progress bars, drawn with the OKR page's rules (Lodestar.okrFormat). A click opens the OKR page at that
 * objective. One REST call per render (GET /dashboard/okr-progress). Preferences: {configured, cycle, team, objective};
 * an empty cycle is the current one (the newest containing today), an empty team every team. Texts come from Jira's
 * jsI18n transformation; frame, states, loading and edit form are Lodestar.dashboardItem's (dashboard-item.js).
 */
(function (ns) {
    'use strict';

    var TEXTS = {
        'title': AJS.I18n.getText('dashboard.okr.title'),
        'title.team': AJS.I18n.getText('dashboard.okr.title.team'),
        'title.all': AJS.I18n.getText('dashboard.okr.title.all'),
        'title.objective': AJS.I18n.getText('dashboard.okr.title.objective'),
        'not-configured': AJS.I18n.getText('dashboard.okr.not-configured'),
        'no-cycle': AJS.I18n.getText('dashboard.okr.no-cycle'),
        'empty': AJS.I18n.getText('dashboard.okr.empty'),
        'deleted': AJS.I18n.getText('dashboard.okr.deleted'),
        'failed': AJS.I18n.getText('dashboard.okr.failed'),
        'hidden': AJS.I18n.getText('dashboard.okr.hidden'),
        'closed': AJS.I18n.getText('dashboard.okr.closed'),
        'unscored': AJS.I18n.getText('okr.page.objective.unscored'),
        'kr.none': AJS.I18n.getText('okr.page.kr.none'),
        'cycle.elapsed': AJS.I18n.getText('okr.page.cycle.elapsed'),
        'edit.cycle': AJS.I18n.getText('dashboard.okr.edit.cycle'),
        'edit.cycle.current': AJS.I18n.getText('dashboard.okr.edit.cycle.current'),
        'edit.team': AJS.I18n.getText('dashboard.okr.edit.team'),
        'edit.team.all': AJS.I18n.getText('dashboard.okr.edit.team.all'),
        'edit.objective': AJS.I18n.getText('dashboard.okr.edit.objective'),
        'edit.objective.all': AJS.I18n.getText('dashboard.okr.edit.objective.all'),
        'edit.loading': AJS.I18n.getText('dashboard.okr.edit.loading'),
        'edit.failed': AJS.I18n.getText('dashboard.okr.edit.failed'),
        'edit.save': AJS.I18n.getText('dashboard.okr.edit.save'),
        'edit.cancel': AJS.I18n.getText('dashboard.okr.edit.cancel'),
        'band.GREEN': AJS.I18n.getText('okr.page.band.green'),
        'band.YELLOW': AJS.I18n.getText('okr.page.band.yellow'),
        'band.RED': AJS.I18n.getText('okr.page.band.red'),
        'status.ON_TRACK': AJS.I18n.getText('okr.page.status.on-track'),
        'status.AT_RISK': AJS.I18n.getText('okr.page.status.at-risk'),
        'status.OFF_TRACK': AJS.I18n.getText('okr.page.status.off-track'),
        'kr.progress': AJS.I18n.getText('okr.page.kr.progress'),
        'kr.progress.gap': AJS.I18n.getText('okr.page.kr.progress.gap'),
        'kr.progress.unknown': AJS.I18n.getText('okr.page.kr.progress.unknown'),
        'kr.links.none': AJS.I18n.getText('okr.page.kr.links.none'),
        'kr.links.none-visible': AJS.I18n.getText('okr.page.kr.links.none-visible'),
        'kr.links.totals.issue-count': AJS.I18n.getText('okr.page.kr.links.totals.issue-count'),
        'kr.links.totals.story-points': AJS.I18n.getText('okr.page.kr.links.totals.story-points'),
        'kr.band.progress': AJS.I18n.getText('okr.page.kr.band.progress'),
        'history.done': AJS.I18n.getText('okr.page.checkin.history.done'),
        'history.not-done': AJS.I18n.getText('okr.page.checkin.history.not-done')
    };

    var item = ns.dashboardItem;
    var text = item.texts(TEXTS);
    var element = item.element;

    function OkrProgressItem(API, options) {
        var rest = item.rest();
        this.API = API;
        this.options = options || {};
        this.client = rest.client;
        this.urls = rest.urls;
    }

    OkrProgressItem.prototype.render = function ($element, preferences) {
        var api = this.API;
        var urls = this.urls;
        preferences = preferences || {};
        var frame = item.frame($element, 'lodestar-okr-progress-item', 'okr-progress-item');
        if (preferences.configured !== 'true') {
            return item.notConfigured(api, frame, text('title'), text('not-configured'));
        }
        var request = this.client.get(urls.dashboardOkrProgress(preferences.cycle, preferences.team, preferences.objective));
        return item.load(api, frame, request, function (answer) {
            item.call(api, 'setTitle', title(answer));
            show(frame, answer, urls);
        }, function (error) {
            if (error.status === 404) {
                item.state(frame, 'deleted', 'warning', text('deleted'));
            } else {
                item.state(frame, 'failed', 'error', text('failed'));
            }
        });
    };

    function title(answer) {
        if (answer.objectiveId !== null && answer.objectives.length) {
            return text('title.objective', answer.objectives[0].title);
        }
        if (!answer.cycle) {
            return text('title');
        }
        return answer.team ? text('title.team', answer.team, answer.cycle.name) : text('title.all', answer.cycle.name);
    }

    function show(box, answer, urls) {
        if (!answer.cycle) {
            item.state(box, 'no-cycle', 'info', text('no-cycle'));
            return;
        }
        var cycle = answer.cycle;
        var head = element('p', 'lodestar-okr-progress-cycle');
        head.setAttribute('data-test', 'okr-progress-cycle');
        head.textContent = cycle.name + ' \u00b7 ' + (cycle.closed ? text('closed')
            : text('cycle.elapsed', ns.okrFormat.percent(cycle.elapsed) + '%'));
        box.appendChild(head);
        if (answer.hiddenIssues > 0) {
            item.message(box, 'warning', text('hidden', answer.hiddenIssues)).setAttribute('data-test', 'okr-progress-hidden');
        }
        if (!answer.objectives.length) {
            item.state(box, 'empty', 'info', text('empty', answer.team || '', cycle.name));
            return;
        }
        box.setAttribute('data-state', 'shown');
        var list = element('ul', 'lodestar-okr-progress-objectives');
        answer.objectives.forEach(function (objective) {
            objectiveRow(list, objective, cycle, answer.team, urls, 0);
        });
        box.appendChild(list);
    }

    function lozenge(className, words) {
        return element('span', 'aui-lozenge ' + className, words);
    }

    function objectiveRow(list, objective, cycle, team, urls, depth) {
        var fmt = ns.okrFormat;
        var li = element('li', 'lodestar-okr-progress-objective');
        li.setAttribute('data-test', 'okr-progress-objective');
        li.setAttribute('data-objective-id', String(objective.id));
        li.style.marginLeft = (depth * 16) + 'px';
        var line = element('div', 'lodestar-okr-progress-line');
        var link = element('a', 'lodestar-okr-progress-open', objective.title);
        link.href = urls.okrPage(cycle.id, team, objective.id);
        link.setAttribute('data-test', 'okr-progress-open');
        line.appendChild(link);
        var score = element('span', 'lodestar-okr-progress-score', objective.scoreText || text('unscored'));
        score.setAttribute('data-test', 'okr-progress-score');
        line.appendChild(score);
        if (objective.band) {
            line.appendChild(lozenge(fmt.bandLozenge(objective.band), text('band.' + objective.band)));
        }
        if (objective.status) {
            line.appendChild(lozenge('aui-lozenge-subtle ' + fmt.statusLozenge(objective.status), text('status.' + objective.status)));
        }
        li.appendChild(line);
        var krs = element('ul', 'lodestar-okr-progress-krs');
        if (!objective.keyResults.length && !objective.children.length) {
            krs.appendChild(element('li', 'lodestar-okr-progress-none', text('kr.none')));
        }
        objective.keyResults.forEach(function (kr) {
            var row = element('li', 'lodestar-okr-progress-kr');
            row.setAttribute('data-test', 'okr-progress-kr');
            var progress = fmt.keyResultProgress(kr);
            var words = text.apply(null, [progress.text.name].concat(progress.text.args));
            row.appendChild(element('span', 'lodestar-okr-progress-kr-title', kr.title));
            var bar = element('div', 'lodestar-okr-progress-bar');
            bar.setAttribute('role', 'progressbar');
            bar.setAttribute('aria-valuemin', '0');
            bar.setAttribute('aria-valuemax', '100');
            bar.setAttribute('aria-valuenow', String(progress.percent === null ? 0 : progress.percent));
            bar.setAttribute('aria-label', kr.title + ': ' + words);
            var fill = element('div', 'lodestar-okr-progress-fill ' + fmt.bandLozenge(kr.band));
            fill.style.width = (progress.percent === null ? 0 : progress.percent) + '%';
            bar.appendChild(fill);
            row.appendChild(bar);
            var caption = element('span', 'lodestar-okr-progress-kr-text', words);
            caption.setAttribute('data-test', 'okr-progress-kr-text');
            row.appendChild(caption);
            krs.appendChild(row);
        });
        li.appendChild(krs);
        list.appendChild(li);
        objective.children.forEach(function (child) {
            objectiveRow(list, child, cycle, team, urls, depth + 1);
        });
    }

    /** Every objective of a progress answer, aligned children after their parent, for the edit form's objective list. */
    function flatten(objectives, into) {
        objectives.forEach(function (objective) {
            into.push(objective);
            flatten(objective.children, into);
        });
        return into;
    }

    function option(select, value, words, selected) {
        var entry = element('option', '', words);
        entry.value = value;
        entry.selected = !!selected;
        select.appendChild(entry);
    }

    /**
     * Jira's edit mode: the cycle (or the current one), the team (or every team) and optionally one objective of that
     * cycle and team, all picked from lists read from the REST API, saved with the item's preferences.
     */
    OkrProgressItem.prototype.renderEdit = function ($element, preferences) {
        var api = this.API;
        var client = this.client;
        var urls = this.urls;
        preferences = preferences || {};
        var edit = item.editForm(api, $element, 'okr-progress', {save: text('edit.save'), cancel: text('edit.cancel')});
        var cycle = edit.field('cycle', text('edit.cycle'), undefined, 'select');
        var team = edit.field('team', text('edit.team'), undefined, 'select');
        var objective = edit.field('objective', text('edit.objective'), undefined, 'select');
        option(cycle.input, '', text('edit.cycle.current'), !preferences.cycle);
        objective.error.textContent = text('edit.loading');

        function loadObjectives(keep) {
            objective.input.textContent = '';
            option(objective.input, '', text('edit.objective.all'), true);
            return client.get(urls.dashboardOkrProgress(cycle.input.value, team.input.value, '')).then(function (answer) {
                flatten(answer.objectives, []).forEach(function (entry) {
                    option(objective.input, String(entry.id), entry.title, keep && String(entry.id) === String(preferences.objective));
                });
                objective.error.textContent = '';
                item.call(api, 'resize');
            }, function () {
                objective.error.textContent = text('edit.failed');
            });
        }

        var teams = item.teamOptions(team, {client: client, urls: urls}, preferences.team, text('edit.team.all'),
            text('edit.failed'));
        var lists = Promise.all([client.get(urls.cycles()), teams]).then(function (answers) {
            answers[0].forEach(function (entry) {
                option(cycle.input, String(entry.id), entry.name, String(entry.id) === String(preferences.cycle));
            });
            return loadObjectives(true);
        }, function () {
            cycle.error.textContent = text('edit.failed');
        });
        cycle.input.addEventListener('change', function () { loadObjectives(false); });
        team.input.addEventListener('change', function () { loadObjectives(false); });
        edit.done(function () {
            api.savePreferences({configured: 'true', cycle: cycle.input.value, team: team.input.value,
                objective: objective.input.value});
        });
        return lists;
    };

    define('lodestar/dashboard/okr-progress-item', [], function () {
        return OkrProgressItem;
    });
}(globalThis.Lodestar = globalThis.Lodestar || {}));
