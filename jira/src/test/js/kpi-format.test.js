// Run with: node --test jira/src/test/js/
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const web = path.join(__dirname, '../../main/resources/web');
const fmt = require(path.join(web, 'kpi-page/kpi-format.js'));
const csv = require(path.join(web, 'common/csv.js'));
const restUrls = require(path.join(web, 'common/rest-urls.js'));

// A text function that shows which text was asked for, with its arguments.
const text = (name, ...args) => args.length ? name + '(' + args.join('|') + ')' : name;

test('should show ratios as percentages and other values with their unit when formatting', () => {
    assert.equal(fmt.value(0.853, 'RATIO', text), '85.3unit.RATIO');
    assert.equal(fmt.value(21, 'STORY_POINTS', text), '21 unit.STORY_POINTS');
    assert.equal(fmt.value(3.14159, 'DAYS', text), '3.14 unit.DAYS');
    assert.equal(fmt.value(null, 'DAYS', text), '');
    assert.equal(fmt.number(NaN), '');
});

test('should state the target of a growing KPI and the range of a band when showing the goal', () => {
    assert.equal(fmt.target({kind: 'GROWING', target: 35, unit: 'STORY_POINTS'}, text), '35 unit.STORY_POINTS');
    assert.equal(fmt.target({kind: 'BAND', min: 3, max: 8, unit: 'ISSUES'}, text), 'goal.band(3 unit.ISSUES|8 unit.ISSUES)');
    assert.equal(fmt.direction({kind: 'BAND'}, text), 'direction.BAND');
    assert.equal(fmt.direction({kind: 'GROWING', direction: 'LOWER_IS_BETTER'}, text), 'direction.LOWER_IS_BETTER');
});

test('should map ratings to lozenges and trends to arrows with their verdict when shown', () => {
    assert.equal(fmt.ratingLozenge('RED'), 'aui-lozenge-error');
    assert.equal(fmt.ratingLozenge('NONE'), '');
    assert.equal(fmt.trend({direction: 'UP', improving: false}, text), '\u2191 trend.UP, trend.worsening');
    assert.equal(fmt.trend({direction: 'FLAT', improving: null}, text), '\u2192 trend.FLAT');
    assert.equal(fmt.trend({direction: null, improving: null, reason: 'needs two recorded values'}, text), 'trend.unknown');
});

test('should scale the sparkline into its box and skip values that could not be computed', () => {
    const points = fmt.sparkline([{value: 10}, {value: null}, {value: 20}], 80, 20);
    assert.equal(points, '0,20 80,0');
    assert.equal(fmt.sparkline([{value: 5}, {value: 5}], 10, 20), '0,10 10,10');
    assert.equal(fmt.sparkline([{value: 5}], 10, 20), '');
    assert.equal(fmt.sparkline([], 10, 20), '');
});

test('should give the history and velocity rows the tables and the CSV show', () => {
    const kpi = {unit: 'DAYS', history: [{period: '2026-W01', value: 4, rating: 'GREEN'},
        {period: '2026-W02', value: null, reason: 'no issue completed', rating: 'NONE'}]};
    assert.deepEqual(fmt.historyRows(kpi, text), [['2026-W01', '4 unit.DAYS', 'rating.GREEN'],
        ['2026-W02', 'no issue completed', 'rating.NONE']]);
    const marked = {unit: 'DAYS', history: [{period: '2026-W01', value: 4, rating: 'GREEN', remeasuredBy: 'root'},
        {period: '2026-W02', value: 1, rating: 'RED', provisional: true}]};
    assert.deepEqual(fmt.historyRows(marked, text).map(row => row[0]),
        [text('history.remeasured', '2026-W01', 'root'), text('history.provisional', '2026-W02')]);
    const velocity = {sprints: [{sprint: 'S1', commitment: 8, completed: 5, sayDo: 0.625,
        scopeChange: {addedPoints: 2, removedPoints: 1, reestimatedPoints: 0.5}},
        {sprint: 'S2', commitment: 0, completed: 3, sayDo: null, reason: 'nothing committed', scopeChange: null}]};
    assert.deepEqual(fmt.velocityRows(velocity, text), [['S1', '8', '5', '62.5unit.RATIO', '2', '1', '0.5'],
        ['S2', '0', '3', 'nothing committed', '', '', '']]);
});

test('should explain each sprint outcome with its own sentence, told apart when the issue was added', () => {
    assert.equal(fmt.whyName({outcome: 'REMOVED', addedDuringSprint: false}), 'why.REMOVED');
    assert.equal(fmt.whyName({outcome: 'REMOVED', addedDuringSprint: true}), 'why.REMOVED.added');
    assert.equal(fmt.whyName({outcome: 'DONE_BEFORE_SPRINT', addedDuringSprint: true}), 'why.DONE_BEFORE_SPRINT');
    const rows = fmt.reportRows({issues: [{key: 'ATLAS-1', outcome: 'COMPLETED', addedDuringSprint: true, addedDay: 3,
        estimateAtStart: null, estimateAtClose: 3}]}, text);
    assert.deepEqual(rows, [['ATLAS-1', 'outcome.COMPLETED outcome.added', 'estimate.none', '3', 'why.COMPLETED.added(3)']]);
});

test('should say on which day of the sprint an issue was added or removed when explaining its outcome', () => {
    assert.equal(fmt.why({outcome: 'REMOVED', addedDuringSprint: false, removedDay: 4}, text), 'why.REMOVED(4)');
    assert.equal(fmt.why({outcome: 'REMOVED', addedDuringSprint: true, addedDay: 2, removedDay: 6}, text),
        'why.REMOVED.added(2|6)');
    assert.equal(fmt.why({outcome: 'NOT_COMPLETED', addedDuringSprint: true, addedDay: 3}, text),
        'why.NOT_COMPLETED.added(3)');
    assert.equal(fmt.why({outcome: 'COMPLETED', addedDuringSprint: false}, text), 'why.COMPLETED');
    assert.equal(fmt.why({outcome: 'DONE_BEFORE_SPRINT', addedDuringSprint: true, addedDay: 5}, text),
        'why.DONE_BEFORE_SPRINT');
});

test('should quote every field, use CRLF and defuse formulas when building CSV', () => {
    assert.equal(csv.build(['KPI', 'Value'], [['=SUM(A1)', 3.5], ['say "hi"', null], ['-5 days', -5]]),
        '"KPI","Value"\r\n"\'=SUM(A1)","3.5"\r\n"say ""hi""",""\r\n"\'-5 days","-5"\r\n');
});

test('should build the KPI page URLs under the context path with encoded parts', () => {
    const urls = restUrls('/jira/');
    assert.equal(urls.kpiScorecard('ATLAS'), '/jira/rest/lodestar/1.0/kpi-page/scorecard?team=ATLAS');
    assert.equal(urls.kpiScorecard(''), '/jira/rest/lodestar/1.0/kpi-page/scorecard');
    assert.equal(urls.kpiView(3), '/jira/rest/lodestar/1.0/kpi-page/kpis/3');
    assert.equal(urls.kpiVelocity(3, 7), '/jira/rest/lodestar/1.0/kpi-page/kpis/3/velocity?sprints=7');
    assert.equal(urls.kpiSprintReport(3, 'a/b'), '/jira/rest/lodestar/1.0/kpi-page/kpis/3/sprints/a%2Fb');
    assert.equal(urls.kpiRuns(), '/jira/rest/lodestar/1.0/kpi-runs');
    assert.equal(urls.kpiRun(12), '/jira/rest/lodestar/1.0/kpi-runs/12');
    assert.equal(urls.kpiPage('NOVA', 4), '/jira/plugins/servlet/lodestar/kpis?team=NOVA&kpi=4');
    assert.equal(urls.kpiPage('', null), '/jira/plugins/servlet/lodestar/kpis');
});

test('should size the rolling average window as Jira does: 20% of the issues, odd, at least 5', () => {
    assert.equal(fmt.rollingWindow(100), 21);
    assert.equal(fmt.rollingWindow(50), 11);
    assert.equal(fmt.rollingWindow(20), 5);
    assert.equal(fmt.rollingWindow(4), 3);
    assert.equal(fmt.rollingWindow(3), 3);
    assert.equal(fmt.rollingWindow(0), 0);
});

test('should average the values in a window centred on each issue, cut short at both ends', () => {
    assert.deepEqual(fmt.rollingAverage([1, 2, 3, 4, 5, 6]), [2, 2.5, 3, 4, 4.5, 5]);
    assert.deepEqual(fmt.rollingAverage([]), []);
    assert.deepEqual(fmt.controlRows({points: [{key: 'A-1', end: '2026-02-03T00:00:00Z', days: 2.456}]}),
        [['A-1', '2026-02-03', '2.46']]);
});

test('should build the control chart URL of a KPI', () => {
    assert.equal(restUrls('').kpiControlChart(5), '/rest/lodestar/1.0/kpi-page/kpis/5/control-chart');
});

const sheet = require(path.join(web, 'kpi-page/kpi-sheet.js'));

test('should send only the chosen type parameters and the growing goal when the sheet is filled in', () => {
    const built = sheet.body({name: ' Throughput ', description: '', type: 'THROUGHPUT', sourceKind: 'JQL',
        value: 'project = ATLAS', frequency: 'WEEKLY', owner: 'alice', team: 'ATLAS', kind: 'GROWING',
        direction: 'HIGHER_IS_BETTER', target: '12', alertThreshold: '8,5', doneStatusIds: '10001', statistic: 'MEAN',
        actionIfAlert: 'Swarm', leading: false}, {parameters: ['doneStatusIds']}, null);
    assert.deepEqual(built.errors, []);
    assert.equal(built.body.name, 'Throughput');
    assert.deepEqual(built.body.parameters, {doneStatusIds: '10001'});
    assert.deepEqual(built.body.source, {kind: 'JQL', value: 'project = ATLAS'});
    assert.equal(built.body.target, 12);
    assert.equal(built.body.alertThreshold, 8.5);
    assert.equal(built.body.min, undefined);
    assert.equal(built.body.version, undefined);
});

test('should report empty and non-numeric fields on their names when the sheet is incomplete', () => {
    const band = sheet.body({name: '', type: 'WORK_IN_PROGRESS', sourceKind: 'PROJECT', value: ' ', kind: 'BAND',
        min: 'three', max: ''}, {parameters: []}, 4);
    assert.deepEqual(band.errors, [{field: 'name', code: 'required'}, {field: 'value', code: 'required'},
        {field: 'min', code: 'number'}, {field: 'max', code: 'required'}]);
    assert.equal(band.body.version, 4);
    assert.equal(band.body.direction, undefined);
});

test('should fill the form from a stored KPI with its parameters when editing', () => {
    const values = sheet.values({name: 'WIP', type: 'WORK_IN_PROGRESS', source: {kind: 'PROJECT', value: 'NOVA'},
        parameters: {wipStatusIds: '3'}, kind: 'BAND', min: 3, max: 8, leading: true});
    assert.equal(values.sourceKind, 'PROJECT');
    assert.equal(values.value, 'NOVA');
    assert.equal(values.wipStatusIds, '3');
    assert.equal(values.leading, true);
});

test('should build the URLs of the loop between KPIs and OKRs', () => {
    const urls = restUrls('/jira');
    assert.equal(urls.kpiDraftObjective(3), '/jira/rest/lodestar/1.0/kpi-page/kpis/3/draft-objective');
    assert.equal(urls.okrPage(2, 'ATLAS'), '/jira/plugins/servlet/lodestar/okrs?cycle=2&team=ATLAS');
    assert.equal(urls.kpiDelete(3, 4, true), '/jira/rest/lodestar/1.0/kpis/3?version=4&convertKeyResults=true');
    assert.equal(urls.kpiDelete(3, 4, false), '/jira/rest/lodestar/1.0/kpis/3?version=4');
});

test('should list each delivery with its deadline source and days late, or on time', () => {
    const rows = fmt.deliveryRows({issues: [
        {key: 'A-1', deadline: '2026-03-01', deadlineSource: 'DUE_DATE', resolved: '2026-03-01T23:30:00Z', daysLate: 0, onTime: true},
        {key: 'A-2', deadline: '2026-02-20', deadlineSource: 'FIX_VERSION', resolved: '2026-03-02T10:00:00Z', daysLate: 10, onTime: false}]},
    text);
    assert.deepEqual(rows, [['A-1', '2026-03-01', 'deadline.DUE_DATE', '2026-03-01', 'delivery.on-time'],
        ['A-2', '2026-02-20', 'deadline.FIX_VERSION', '2026-03-02', '10']]);
    assert.equal(restUrls('').kpiDeliveries(7), '/rest/lodestar/1.0/kpi-page/kpis/7/deliveries');
});

test('should list each week with its count and the issues behind its bar when the throughput table is built', () => {
    const table = fmt.breakdownTable('throughput', {unit: 'ISSUES', weeks: [
        {start: '2026-01-19T00:00:00Z', issues: 1, points: 3, keys: ['TEAM-1']},
        {start: '2026-01-26T00:00:00Z', issues: 0, points: 0, keys: []}]}, text);
    assert.deepEqual(table.header, ['breakdown.week', 'breakdown.done', 'breakdown.issues']);
    assert.deepEqual(table.rows, [['2026-01-19', '1', 'TEAM-1'], ['2026-01-26', '0', '']]);
    assert.deepEqual(table.keys, [['TEAM-1'], []]);
    const points = fmt.breakdownTable('throughput', {unit: 'STORY_POINTS', weeks: [
        {start: '2026-01-19T00:00:00Z', issues: 2, points: 5.5, keys: ['TEAM-1', 'TEAM-2']}]}, text);
    assert.deepEqual(points.rows, [['2026-01-19', '5.5', 'TEAM-1, TEAM-2']], 'velocity per week shows the points');
});

test('should show the bugs of a bugs-per-release KPI and the done points of a velocity per release when building the release table', () => {
    const versions = [{name: '1.0', releaseDate: '2026-01-10', bugs: 2, bugKeys: ['A-2', 'A-3'], done: 1, donePoints: 5,
        doneKeys: ['A-4']}];
    assert.deepEqual(fmt.breakdownTable('releases', {type: 'BUGS_PER_RELEASE', versions}, text).rows,
        [['1.0', '2026-01-10', '2', 'A-2, A-3']]);
    assert.deepEqual(fmt.breakdownTable('releases', {type: 'VELOCITY_PER_RELEASE', versions}, text).rows,
        [['1.0', '2026-01-10', '5', 'A-4']]);
});

test('should put each issue on a row with one column per status, blank where it never went, when the time in status table is built', () => {
    const table = fmt.breakdownTable('time-in-status', {statuses: [
        {statusId: '1', name: 'To Do', measured: false}, {statusId: '3', name: 'In Progress', measured: true}],
    issues: [{key: 'A-8', resolved: '2026-02-04T12:00:00Z', measuredDays: 1, statuses: [{statusId: '3', days: 1}]},
        {key: 'A-7', resolved: '2026-02-05T00:00:00Z', measuredDays: 2.256, statuses: [{statusId: '1', days: 1},
            {statusId: '3', days: 2.256}]}]}, text);
    assert.deepEqual(table.header, ['breakdown.issue', 'breakdown.resolved', 'To Do', 'breakdown.status.measured(In Progress)',
        'breakdown.measured']);
    assert.deepEqual(table.rows, [['A-8', '2026-02-04', '', '1', '1'], ['A-7', '2026-02-05', '1', '2.26', '2.26']]);
});

test('should list each day with its work in progress when the WIP table is built', () => {
    const table = fmt.breakdownTable('wip', {days: [{day: '2026-02-12', count: 2, keys: ['A-5', 'A-6']}]}, text);
    assert.deepEqual(table.rows, [['2026-02-12', '2', 'A-5, A-6']]);
});


test('should count the red KPIs shown, never hidden ones, when drawing the scorecard banner', () => {
    assert.equal(fmt.redBanner([{visible: true, rating: 'GREEN'}], text), '');
    assert.equal(fmt.redBanner([], text), '');
    assert.equal(fmt.redBanner([{visible: true, rating: 'RED'}, {visible: false, rating: 'NONE'}], text),
        'scorecard.red.one');
    assert.equal(fmt.redBanner([{visible: true, rating: 'RED'}, {visible: true, rating: 'RED'},
        {visible: true, rating: 'YELLOW'}], text), 'scorecard.red.many(2)');
});
