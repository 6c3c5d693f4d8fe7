/*
 * The KPI scorecard dashboard item (AMD module lodestar/dashboard/scorecard-item): a team's KPIs with their current
 * value, target, rating lozenge and sparkline, drawn with the KPI page's helpers (Lodestar.kpiFormat and the
 * scorecard view's lozenge and sparkline). A click on a KPI opens it on the KPI page. One REST call per render
 * (GET /dashboard/scorecard). Preferences: {team}. Texts come from Jira's jsI18n transformation; text is always set
 * with textContent. Dashboard item API calls besides savePreferences are guarded, as in the velocity item.
 */
(function (ns) {
    'use strict';

    var TEXTS = {
        'title': AJS.I18n.getText('dashboard.scorecard.title'),
        'title.team': AJS.I18n.getText('dashboard.scorecard.title.team'),
        'not-configured': AJS.I18n.getText('dashboard.scorecard.not-configured'),
        'empty': AJS.I18n.getText('dashboard.scorecard.empty'),
        'hidden.count': AJS.I18n.getText('dashboard.scorecard.hidden.count'),
        'hidden.row': AJS.I18n.getText('dashboard.scorecard.hidden.row'),
        'failed': AJS.I18n.getText('dashboard.scorecard.failed'),
        'column.kpi': AJS.I18n.getText('dashboard.scorecard.column.kpi'),
        'column.value': AJS.I18n.getText('dashboard.scorecard.column.value'),
        'column.target': AJS.I18n.getText('dashboard.scorecard.column.target'),
        'column.rating': AJS.I18n.getText('dashboard.scorecard.column.rating'),
        'column.trend': AJS.I18n.getText('dashboard.scorecard.column.trend'),
        'edit.team': AJS.I18n.getText('dashboard.scorecard.edit.team'),
        'edit.save': AJS.I18n.getText('dashboard.scorecard.edit.save'),
        'edit.cancel': AJS.I18n.getText('dashboard.scorecard.edit.cancel'),
        'edit.required': AJS.I18n.getText('dashboard.scorecard.edit.required'),
        'goal.band': AJS.I18n.getText('kpi.page.goal.band'),
        'scorecard.not-measured': AJS.I18n.getText('kpi.page.scorecard.not-measured'),
        'unit.RATIO': AJS.I18n.getText('kpi.page.unit.ratio'),
        'unit.STORY_POINTS': AJS.I18n.getText('kpi.page.unit.story-points'),
        'unit.ISSUES': AJS.I18n.getText('kpi.page.unit.issues'),
        'unit.DAYS': AJS.I18n.getText('kpi.page.unit.days'),
        'unit.HOURS': AJS.I18n.getText('kpi.page.unit.hours'),
        'rating.GREEN': AJS.I18n.getText('kpi.page.rating.green'),
        'rating.YELLOW': AJS.I18n.getText('kpi.page.rating.yellow'),
        'rating.RED': AJS.I18n.getText('kpi.page.rating.red'),
        'rating.NONE': AJS.I18n.getText('kpi.page.rating.none')
    };

    function text(name) {
        var pattern = Object.prototype.hasOwnProperty.call(TEXTS, name) ? TEXTS[name] : name;
        return ns.texts.format(pattern, Array.prototype.slice.call(arguments, 1));
    }

    function call(api, name, argument) {
        if (api && typeof api[name] === 'function') {
            api[name](argument);
        }
    }

    function element(tag, className, content) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (content !== undefined) {
            node.textContent = content;
        }
        return node;
    }

    function nodeOf($element) {
        return $element && $element.jquery ? $element[0] : ($element && $element[0]) || $element;
    }

    function baseUrl() {
        return typeof AJS !== 'undefined' && AJS.contextPath ? AJS.contextPath() : '';
    }

    function message(root, kind, words) {
        var box = element('div', 'aui-message aui-message-' + kind + ' lodestar-dashboard-message', words);
        box.setAttribute('data-test', 'dashboard-message');
        root.appendChild(box);
    }

    function ScorecardItem(API, options) {
        this.API = API;
        this.options = options || {};
        this.client = ns.restClient(function (url, init) { return fetch(url, init); });
        this.urls = ns.restUrls(baseUrl());
    }

    ScorecardItem.prototype.render = function ($element, preferences) {
        var api = this.API;
        var urls = this.urls;
        var root = nodeOf($element);
        preferences = preferences || {};
        root.textContent = '';
        var item = element('div', 'lodestar-dashboard-item lodestar-scorecard-item');
        item.setAttribute('data-test', 'scorecard-item');
        root.appendChild(item);
        if (!preferences.team) {
            call(api, 'setTitle', text('title'));
            item.setAttribute('data-state', 'not-configured');
            message(item, 'info', text('not-configured'));
            call(api, 'resize');
            return Promise.resolve();
        }
        call(api, 'setTitle', text('title.team', preferences.team));
        call(api, 'showLoadingBar');
        item.setAttribute('aria-busy', 'true');
        return this.client.get(urls.dashboardScorecard(preferences.team)).then(function (answer) {
            show(item, answer, urls);
        }, function () {
            item.setAttribute('data-state', 'failed');
            message(item, 'error', text('failed'));
        }).then(function () {
            item.removeAttribute('aria-busy');
            call(api, 'hideLoadingBar');
            call(api, 'resize');
        });
    };

    function show(item, answer, urls) {
        var kpis = answer.kpis || [];
        if (!kpis.length) {
            item.setAttribute('data-state', 'empty');
            message(item, 'info', text('empty', answer.team));
            return;
        }
        item.setAttribute('data-state', 'shown');
        var hidden = kpis.filter(function (kpi) { return !kpi.visible; }).length;
        if (hidden) {
            var note = element('div', 'aui-message aui-message-warning lodestar-dashboard-message', text('hidden.count', hidden, kpis.length));
            note.setAttribute('data-test', 'scorecard-hidden-count');
            item.appendChild(note);
        }
        var fmt = ns.kpiFormat;
        var table = element('table', 'aui lodestar-scorecard-item-table');
        var head = element('tr');
        ['column.kpi', 'column.value', 'column.target', 'column.rating', 'column.trend'].forEach(function (name) {
            head.appendChild(element('th', '', text(name)));
        });
        var thead = element('thead');
        thead.appendChild(head);
        table.appendChild(thead);
        var body = element('tbody');
        kpis.forEach(function (kpi) {
            var row = element('tr');
            row.setAttribute('data-test', 'scorecard-item-row');
            row.setAttribute('data-kpi-id', String(kpi.id));
            row.setAttribute('data-visible', String(kpi.visible));
            var name = element('td');
            var link = element('a', '', kpi.name);
            link.href = urls.kpiPage(kpi.team, kpi.id);
            link.setAttribute('data-test', 'scorecard-item-open');
            name.appendChild(link);
            row.appendChild(name);
            if (!kpi.visible) {
                var why = element('td', 'lodestar-kpi-hidden', text('hidden.row'));
                why.colSpan = 4;
                why.setAttribute('data-test', 'scorecard-item-hidden');
                row.appendChild(why);
            } else {
                row.appendChild(cell(kpi.current && kpi.current.value !== null ? fmt.value(kpi.current.value, kpi.unit, text)
                    : kpi.current && kpi.current.reason || text('scorecard.not-measured'), 'scorecard-item-value'));
                row.appendChild(cell(fmt.target(kpi, text), 'scorecard-item-target'));
                var rating = cell(undefined, 'scorecard-item-rating');
                rating.appendChild(ns.scorecardView.lozenge(kpi.rating, text));
                row.appendChild(rating);
                var trend = cell(undefined, 'scorecard-item-sparkline');
                trend.appendChild(ns.scorecardView.sparkline(kpi, text));
                row.appendChild(trend);
            }
            body.appendChild(row);
        });
        table.appendChild(body);
        item.appendChild(table);
    }

    function cell(words, testName) {
        var td = element('td', '', words);
        td.setAttribute('data-test', testName);
        return td;
    }

    /** Jira's edit mode: the team, saved with the item's preferences. */
    ScorecardItem.prototype.renderEdit = function ($element, preferences) {
        var api = this.API;
        var root = nodeOf($element);
        preferences = preferences || {};
        root.textContent = '';
        var form = element('form', 'aui lodestar-scorecard-edit');
        form.setAttribute('data-test', 'scorecard-edit');
        form.noValidate = true;
        var group = element('div', 'field-group');
        var id = 'lodestar-scorecard-team-' + Math.random().toString(36).slice(2);
        var label = element('label', '', text('edit.team'));
        label.htmlFor = id;
        var input = element('input', 'text');
        input.id = id;
        input.name = 'team';
        input.value = preferences.team || '';
        var error = element('div', 'error');
        error.setAttribute('data-test', 'scorecard-edit-team-error');
        group.appendChild(label);
        group.appendChild(input);
        group.appendChild(error);
        form.appendChild(group);
        var buttons = element('div', 'buttons-container');
        var save = element('button', 'aui-button aui-button-primary', text('edit.save'));
        save.type = 'submit';
        var cancel = element('button', 'aui-button aui-button-link', text('edit.cancel'));
        cancel.type = 'button';
        buttons.appendChild(save);
        buttons.appendChild(cancel);
        form.appendChild(buttons);
        root.appendChild(form);
        cancel.addEventListener('click', function () {
            call(api, 'closeEdit');
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var teamKey = input.value.trim().toUpperCase();
            error.textContent = teamKey ? '' : text('edit.required');
            if (!teamKey) {
                return;
            }
            api.savePreferences({team: teamKey});
        });
        call(api, 'resize');
    };

    define('lodestar/dashboard/scorecard-item', [], function () {
        return ScorecardItem;
    });
}(globalThis.Lodestar = globalThis.Lodestar || {}));
