/*
 * The velocity dashboard item (AMD module lodestar/dashboard/velocity-item): a team's velocity KPI over its last
 * closed sprints, drawn with the KPI page's velocity chart (Lodestar.kpiView.velocityChart), its average, the last
 * sprint's say/do and the KPI's current value against its target. One REST call per render (GET /dashboard/velocity).
 * Preferences: {team, kpi (empty: the team's first velocity KPI), sprints}. Texts come from Jira's jsI18n transformation; the frame, states, loading and edit
 * form are the shared ones of Lodestar.dashboardItem (dashboard-item.js).
 */
(function (ns) {
    'use strict';

    var TEXTS = {
        'title': AJS.I18n.getText('dashboard.velocity.title'),
        'title.team': AJS.I18n.getText('dashboard.velocity.title.team'),
        'not-configured': AJS.I18n.getText('dashboard.velocity.not-configured'),
        'no-kpi': AJS.I18n.getText('dashboard.velocity.no-kpi'),
        'deleted': AJS.I18n.getText('dashboard.velocity.deleted'),
        'hidden': AJS.I18n.getText('dashboard.velocity.hidden'),
        'failed': AJS.I18n.getText('dashboard.velocity.failed'),
        'loading': AJS.I18n.getText('dashboard.velocity.loading'),
        'say-do': AJS.I18n.getText('dashboard.velocity.say-do'),
        'say-do.none': AJS.I18n.getText('dashboard.velocity.say-do.none'),
        'target': AJS.I18n.getText('dashboard.velocity.target'),
        'target.none': AJS.I18n.getText('dashboard.velocity.target.none'),
        'open': AJS.I18n.getText('dashboard.velocity.open'),
        'edit.team': AJS.I18n.getText('dashboard.velocity.edit.team'),
        'edit.sprints': AJS.I18n.getText('dashboard.velocity.edit.sprints'),
        'edit.save': AJS.I18n.getText('dashboard.velocity.edit.save'),
        'edit.cancel': AJS.I18n.getText('dashboard.velocity.edit.cancel'),
        'edit.required': AJS.I18n.getText('dashboard.velocity.edit.required'),
        'edit.team.choose': AJS.I18n.getText('dashboard.velocity.edit.team.choose'),
        'edit.kpi': AJS.I18n.getText('dashboard.velocity.edit.kpi'),
        'edit.kpi.default': AJS.I18n.getText('dashboard.velocity.edit.kpi.default'),
        'edit.kpi.deleted': AJS.I18n.getText('dashboard.velocity.edit.kpi.deleted'),
        'edit.teams.failed': AJS.I18n.getText('dashboard.velocity.edit.teams.failed'),
        'edit.sprints.invalid': AJS.I18n.getText('dashboard.velocity.edit.sprints.invalid'),
        'velocity.commitment': AJS.I18n.getText('kpi.page.velocity.commitment'),
        'velocity.completed': AJS.I18n.getText('kpi.page.velocity.completed'),
        'velocity.average': AJS.I18n.getText('kpi.page.velocity.average'),
        'velocity.average.none': AJS.I18n.getText('kpi.page.velocity.average.none'),
        'velocity.empty': AJS.I18n.getText('kpi.page.velocity.empty'),
        'trend.unknown': AJS.I18n.getText('kpi.page.trend.unknown'),
        'trend.UP': AJS.I18n.getText('kpi.page.trend.up'),
        'trend.DOWN': AJS.I18n.getText('kpi.page.trend.down'),
        'trend.FLAT': AJS.I18n.getText('kpi.page.trend.flat'),
        'trend.improving': AJS.I18n.getText('kpi.page.trend.improving'),
        'trend.worsening': AJS.I18n.getText('kpi.page.trend.worsening'),
        'unit.RATIO': AJS.I18n.getText('kpi.page.unit.ratio'),
        'unit.STORY_POINTS': AJS.I18n.getText('kpi.page.unit.story-points'),
        'rating.GREEN': AJS.I18n.getText('kpi.page.rating.green'),
        'rating.YELLOW': AJS.I18n.getText('kpi.page.rating.yellow'),
        'rating.RED': AJS.I18n.getText('kpi.page.rating.red'),
        'rating.NONE': AJS.I18n.getText('kpi.page.rating.none')
    };
    var DEFAULT_SPRINTS = 7;
    var MAX_SPRINTS = 50;

    var item = ns.dashboardItem;
    var text = item.texts(TEXTS);
    var element = item.element;

    function sprints(preferences) {
        var count = Number(preferences && preferences.sprints);
        return count >= 1 && count <= MAX_SPRINTS && Math.floor(count) === count ? count : DEFAULT_SPRINTS;
    }

    function VelocityItem(API, options) {
        var rest = item.rest();
        this.API = API;
        this.options = options || {};
        this.client = rest.client;
        this.urls = rest.urls;
    }

    VelocityItem.prototype.render = function ($element, preferences) {
        var api = this.API;
        var urls = this.urls;
        preferences = preferences || {};
        var frame = item.frame($element, 'lodestar-velocity-item', 'velocity-item');
        if (!preferences.team) {
            return item.notConfigured(api, frame, text('title'), text('not-configured'));
        }
        item.call(api, 'setTitle', text('title.team', preferences.team));
        return item.load(api, frame, this.client.get(urls.dashboardVelocity(preferences.team, sprints(preferences), preferences.kpi)),
            function (answer) {
                show(frame, answer, urls);
            }, function (error) {
                if (error.status === 404) {
                    item.state(frame, 'deleted', 'warning', text('deleted'));
                } else if (error.status === 403) {
                    item.state(frame, 'hidden', 'warning', text('hidden'));
                } else {
                    item.state(frame, 'failed', 'error', text('failed'));
                }
            });
    };

    function show(box, answer, urls) {
        if (!answer.kpi) {
            item.state(box, 'no-kpi', 'info', text('no-kpi', answer.team));
            return;
        }
        var kpi = answer.kpi;
        if (!kpi.visible || !answer.velocity) {
            item.state(box, 'hidden', 'warning', text('hidden'));
            return;
        }
        box.setAttribute('data-state', 'shown');
        var velocity = answer.velocity;
        var link = element('a', 'lodestar-velocity-open', text('open', kpi.name));
        link.href = urls.kpiPage(kpi.team, kpi.id);
        link.setAttribute('data-test', 'velocity-open');
        box.appendChild(link);

        var facts = element('ul', 'lodestar-velocity-facts');
        var average = velocity.averageCompleted === null ? text('velocity.average.none')
            : text('velocity.average', velocity.sprintCount, ns.kpiFormat.number(velocity.averageCompleted));
        fact(facts, 'velocity-average', average);
        var last = velocity.sprints.length ? velocity.sprints[velocity.sprints.length - 1] : null;
        fact(facts, 'velocity-say-do', last && typeof last.sayDo === 'number'
            ? text('say-do', last.sprint, ns.kpiFormat.value(last.sayDo, 'RATIO', text))
            : text('say-do.none'));
        var target = typeof kpi.target === 'number' ? text('target', ns.kpiFormat.number(kpi.target),
            ns.kpiFormat.trend(kpi.trend, text)) : text('target.none');
        var targetItem = fact(facts, 'velocity-target', target + ' ');
        var lozenge = element('span', 'aui-lozenge ' + ns.kpiFormat.ratingLozenge(kpi.rating), text('rating.' + (kpi.rating || 'NONE')));
        targetItem.appendChild(lozenge);
        box.appendChild(facts);

        if (!velocity.sprints.length) {
            item.message(box, 'info', text('velocity.empty'));
            return;
        }
        var holder = element('div', 'lodestar-velocity-chart');
        var canvas = element('canvas');
        canvas.setAttribute('role', 'img');
        canvas.setAttribute('aria-label', average);
        holder.appendChild(canvas);
        box.appendChild(holder);
        ns.kpiView.velocityChart(canvas, velocity, text, function () {
            window.location.href = link.href;
        });
        var table = element('table', 'aui lodestar-velocity-table');
        table.setAttribute('data-test', 'velocity-table');
        var head = element('tr');
        ['velocity.commitment', 'velocity.completed'].forEach(function (name) { head.appendChild(element('th', '', text(name))); });
        head.insertBefore(element('th', '', ''), head.firstChild);
        var thead = element('thead');
        thead.appendChild(head);
        table.appendChild(thead);
        var body = element('tbody');
        velocity.sprints.forEach(function (sprint) {
            var row = element('tr');
            row.setAttribute('data-sprint', sprint.sprint);
            row.appendChild(element('td', '', sprint.sprint));
            row.appendChild(element('td', '', ns.kpiFormat.number(sprint.commitment)));
            row.appendChild(element('td', '', ns.kpiFormat.number(sprint.completed)));
            body.appendChild(row);
        });
        table.appendChild(body);
        box.appendChild(table);
    }

    function fact(list, testName, words) {
        var li = element('li', '', words);
        li.setAttribute('data-test', testName);
        list.appendChild(li);
        return li;
    }

    /** Jira's edit mode: the team (picked from the teams the user may browse) and the number of sprints, saved with the item's preferences. */
    VelocityItem.prototype.renderEdit = function ($element, preferences) {
        var api = this.API;
        preferences = preferences || {};
        var edit = item.editForm(api, $element, 'velocity', {save: text('edit.save'), cancel: text('edit.cancel')});
        var team = edit.field('team', text('edit.team'), undefined, 'select');
        var client = this.client;
        var urls = this.urls;
        var kpi = edit.field('kpi', text('edit.kpi'), undefined, 'select');
        /** The team's velocity KPIs, after "the team's velocity KPI" (the first on its scorecard, chosen by the server). */
        function loadKpis(keep) {
            kpi.input.textContent = '';
            var first = element('option', '', text('edit.kpi.default'));
            first.value = '';
            kpi.input.appendChild(first);
            if (!team.input.value) {
                return Promise.resolve();
            }
            return client.get(urls.kpisOfTeam(team.input.value)).then(function (kpis) {
                kpis.filter(function (entry) { return entry.type === 'VELOCITY'; }).forEach(function (entry) {
                    var choice = element('option', '', entry.name);
                    choice.value = String(entry.id);
                    choice.selected = keep && String(entry.id) === String(preferences.kpi);
                    kpi.input.appendChild(choice);
                });
                if (keep && preferences.kpi && kpi.input.value !== String(preferences.kpi)) {
                    // A KPI since deleted: kept as the choice, so that the item goes on saying so until it is changed.
                    var gone = element('option', '', text('edit.kpi.deleted'));
                    gone.value = String(preferences.kpi);
                    gone.selected = true;
                    kpi.input.appendChild(gone);
                }
                kpi.error.textContent = '';
            }, function () {
                kpi.error.textContent = text('edit.teams.failed');
            });
        }
        var teams = item.teamOptions(team, {client: client, urls: urls}, preferences.team, text('edit.team.choose'),
            text('edit.teams.failed')).then(function () { return loadKpis(true); });
        team.input.addEventListener('change', function () { loadKpis(false); });
        var count = edit.field('sprints', text('edit.sprints'), String(sprints(preferences)));
        count.input.type = 'number';
        count.input.min = '1';
        count.input.max = String(MAX_SPRINTS);
        edit.done(function () {
            var teamKey = team.input.value;
            var sprintCount = Number(count.input.value);
            team.error.textContent = teamKey ? '' : text('edit.required');
            count.error.textContent = sprintCount >= 1 && sprintCount <= MAX_SPRINTS && Math.floor(sprintCount) === sprintCount
                ? '' : text('edit.sprints.invalid', MAX_SPRINTS);
            if (team.error.textContent || count.error.textContent) {
                return;
            }
            api.savePreferences({team: teamKey, kpi: kpi.input.value, sprints: String(sprintCount)});
        });
        return teams;
    };

    define('lodestar/dashboard/velocity-item', [], function () {
        return VelocityItem;
    });
}(globalThis.Lodestar = globalThis.Lodestar || {}));
