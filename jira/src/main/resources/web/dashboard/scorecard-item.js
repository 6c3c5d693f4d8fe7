/*
 * The KPI scorecard dashboard item (AMD module lodestar/dashboard/scorecard-item): a team's KPIs with their current
 * value, target, rating lozenge and sparkline, drawn with the KPI page's helpers (Lodestar.kpiFormat and the
 * scorecard view's lozenge and sparkline). A click on a KPI opens it on the KPI page. One REST call per render
 * (GET /dashboard/scorecard). Preferences: {team}. Texts come from Jira's jsI18n transformation; the frame, states,
 * loading and edit form are the shared ones of Lodestar.dashboardItem (dashboard-item.js).
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
        'edit.team.choose': AJS.I18n.getText('dashboard.scorecard.edit.team.choose'),
        'edit.teams.failed': AJS.I18n.getText('dashboard.scorecard.edit.teams.failed'),
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

    var item = ns.dashboardItem;
    var text = item.texts(TEXTS);
    var element = item.element;

    function ScorecardItem(API, options) {
        var rest = item.rest();
        this.API = API;
        this.options = options || {};
        this.client = rest.client;
        this.urls = rest.urls;
    }

    ScorecardItem.prototype.render = function ($element, preferences) {
        var api = this.API;
        var urls = this.urls;
        preferences = preferences || {};
        var frame = item.frame($element, 'lodestar-scorecard-item', 'scorecard-item');
        if (!preferences.team) {
            return item.notConfigured(api, frame, text('title'), text('not-configured'));
        }
        item.call(api, 'setTitle', text('title.team', preferences.team));
        return item.load(api, frame, this.client.get(urls.dashboardScorecard(preferences.team)), function (answer) {
            show(frame, answer, urls);
        }, function () {
            item.state(frame, 'failed', 'error', text('failed'));
        });
    };

    function show(box, answer, urls) {
        var kpis = answer.kpis || [];
        if (!kpis.length) {
            item.state(box, 'empty', 'info', text('empty', answer.team));
            return;
        }
        box.setAttribute('data-state', 'shown');
        var hidden = kpis.filter(function (kpi) { return !kpi.visible; }).length;
        if (hidden) {
            var note = element('div', 'aui-message aui-message-warning lodestar-dashboard-message', text('hidden.count', hidden, kpis.length));
            note.setAttribute('data-test', 'scorecard-hidden-count');
            box.appendChild(note);
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
        box.appendChild(table);
    }

    function cell(words, testName) {
        var td = element('td', '', words);
        td.setAttribute('data-test', testName);
        return td;
    }

    /** Jira's edit mode: the team (picked from the teams the user may browse), saved with the item's preferences. */
    ScorecardItem.prototype.renderEdit = function ($element, preferences) {
        var api = this.API;
        preferences = preferences || {};
        var edit = item.editForm(api, $element, 'scorecard', {save: text('edit.save'), cancel: text('edit.cancel')});
        var team = edit.field('team', text('edit.team'), undefined, 'select');
        var teams = item.teamOptions(team, {client: this.client, urls: this.urls}, preferences.team, text('edit.team.choose'),
            text('edit.teams.failed'));
        edit.done(function () {
            var teamKey = team.input.value;
            team.error.textContent = teamKey ? '' : text('edit.required');
            if (!teamKey) {
                return;
            }
            api.savePreferences({team: teamKey});
        });
        return teams;
    };

    define('lodestar/dashboard/scorecard-item', [], function () {
        return ScorecardItem;
    });
}(globalThis.Lodestar = globalThis.Lodestar || {}));
