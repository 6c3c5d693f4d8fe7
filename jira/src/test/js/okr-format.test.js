// Run with: node --test jira/src/test/js/
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const web = path.join(__dirname, '../../main/resources/web');
const fmt = require(path.join(web, 'okr-page/okr-format.js'));

test('should map bands and statuses to AUI lozenges when the server scored them', () => {
    assert.equal(fmt.bandLozenge('GREEN'), 'aui-lozenge-success');
    assert.equal(fmt.bandLozenge('YELLOW'), 'aui-lozenge-moved');
    assert.equal(fmt.bandLozenge('RED'), 'aui-lozenge-error');
    assert.equal(fmt.bandLozenge(null), '');
    assert.equal(fmt.statusLozenge('AT_RISK'), 'aui-lozenge-moved');
    assert.equal(fmt.statusLozenge('OFF_TRACK'), 'aui-lozenge-error');
});

test('should clamp and round percentages when the fraction overshoots', () => {
    assert.equal(fmt.percent(0.456), 46);
    assert.equal(fmt.percent(1.3), 100);
    assert.equal(fmt.percent(-0.2), 0);
    assert.equal(fmt.percent(null), null);
    assert.equal(fmt.percent(NaN), null);
});

test('should format values with unit or percent sign when shown', () => {
    assert.equal(fmt.formatValue(12.3456, 'NUMBER', 'ms'), '12.35 ms');
    assert.equal(fmt.formatValue(40, 'PERCENT', null), '40%');
    assert.equal(fmt.formatValue(null, 'NUMBER', 'ms'), '');
});

test('should describe numeric progress from start to target when the key result has a value', () => {
    const progress = fmt.keyResultProgress({kind: 'NUMERIC', score: 0.5, current: 60, start: 20, target: 100,
        format: 'NUMBER', unit: 'users'});
    assert.deepEqual(progress, {percent: 50, text: {name: 'kr.progress', args: ['60 users', '100 users', '20 users']}});
});

test('should say why a key result cannot be measured when the API gives a gap', () => {
    assert.deepEqual(fmt.keyResultProgress({kind: 'NUMERIC', score: 0, current: null, gap: 'the target must be set'}).text,
        {name: 'kr.progress.gap', args: ['the target must be set']});
});

test('should say there is no value yet when a numeric key result was never checked in', () => {
    assert.equal(fmt.keyResultProgress({kind: 'NUMERIC', score: null, current: null}).text.name, 'kr.progress.unknown');
    assert.equal(fmt.keyResultProgress({kind: 'NUMERIC', score: null, current: null}).percent, null);
});

test('should count done work with its unit when the key result measures linked work', () => {
    const issues = fmt.keyResultProgress({kind: 'LINKED_WORK', basis: 'ISSUE_COUNT', score: 0.25,
        linkTotals: {done: 1, total: 4}});
    assert.deepEqual(issues, {percent: 25, text: {name: 'kr.links.totals.issue-count', args: ['1', '4']}});
    const points = fmt.keyResultProgress({kind: 'LINKED_WORK', basis: 'STORY_POINTS', score: 0.92,
        linkTotals: {done: 282, total: 305.5}});
    assert.deepEqual(points.text, {name: 'kr.links.totals.story-points', args: ['282', '305.5']});
    assert.equal(fmt.keyResultProgress({kind: 'LINKED_WORK', score: 0, linkTotals: {done: 0, total: 0}}).text.name,
        'kr.links.none');
});

test('should give an epic its share on the key result basis when the key result counts story points', () => {
    const epic = {epic: true, children: {done: 3, total: 5}, progress: {done: 13, total: 21}};
    assert.deepEqual(fmt.linkShareText(epic, 'STORY_POINTS'), {name: 'kr.links.totals.story-points', args: ['13', '21']});
    assert.deepEqual(fmt.linkShareText({epic: true, children: {done: 3, total: 5}}, 'ISSUE_COUNT'),
        {name: 'kr.links.totals.issue-count', args: ['3', '5']});
    assert.equal(fmt.linkShareText({epic: true, children: {done: 3, total: 5}}, 'STORY_POINTS'), null);
    assert.equal(fmt.linkShareText({epic: false, progress: {done: 1, total: 1}}, 'ISSUE_COUNT'), null);
});

test('should give the forecast value in the unit and when the target is reached', () => {
    assert.deepEqual(fmt.forecastText({forecast: {value: 80, score: 0.75, reach: 'NO_TARGET'}, format: 'PERCENT'},
        '2026-04-01'), [{name: 'forecast.value', args: ['80%', '0.75']}]);
    assert.deepEqual(fmt.forecastText({forecast: {value: 312.456, score: 0.933, reach: 'ON_DATE',
        targetDate: '2026-03-20'}, format: 'NUMBER', unit: 'ms'}, '2026-04-01'),
        [{name: 'forecast.value', args: ['312.46 ms', '0.93']},
            {name: 'forecast.reach.on-date', args: ['2026-03-20']}]);
    assert.deepEqual(fmt.forecastText({forecast: {value: 20, score: 0.5, reach: 'ON_DATE', targetDate: '2026-04-01'},
        unit: 'days'}, '2026-04-01')[1], {name: 'forecast.reach.after-cycle', args: ['2026-04-01']});
    assert.deepEqual(fmt.forecastText({forecast: {value: 500, score: 0, reach: 'NOT_AT_THIS_PACE'}, unit: 'ms'},
        '2026-04-01')[1], {name: 'forecast.reach.not-at-this-pace', args: []});
});

test('should say why there is no forecast in the page words when the API has none', () => {
    assert.deepEqual(fmt.forecastText({forecast: {value: null, reasonCode: 'TOO_SHORT_SPAN',
        reason: 'not enough data: the check-in values span less than a week'}}),
        [{name: 'forecast.none.too-short-span', args: []}]);
    assert.deepEqual(fmt.forecastText({forecast: {value: null, reasonCode: 'LINKED_WORK'}}),
        [{name: 'forecast.none.linked-work', args: []}]);
    assert.deepEqual(fmt.forecastText({}), [{name: 'forecast.none', args: []}]);
});

const tree = [
    {id: 1, title: 'Company', keyResults: [{id: 10, title: 'KR A'}], children: [
        {id: 2, title: 'Team X', keyResults: [{id: 20, title: 'KR B'}], children: [
            {id: 3, title: 'Person', keyResults: [], children: []}]}]},
    {id: 4, title: 'Other root', keyResults: [], children: []}
];

test('should list objectives in reading order with depth when filling the parent picker', () => {
    assert.deepEqual(fmt.flattenObjectives(tree, null).map(o => [o.id, o.depth]), [[1, 0], [2, 1], [3, 2], [4, 0]]);
});

test('should leave out the edited objective and its descendants when choosing a parent', () => {
    assert.deepEqual(fmt.flattenObjectives(tree, 2).map(o => o.id), [1, 4]);
});

test('should find nested objectives and key results by id when a row button is pressed', () => {
    assert.equal(fmt.findObjective(tree, 3).title, 'Person');
    assert.equal(fmt.findObjective(tree, 99), null);
    const found = fmt.findKeyResult(tree, 20);
    assert.equal(found.keyResult.title, 'KR B');
    assert.equal(found.objective.id, 2);
});

test('should chart check-ins oldest first and skip those without a value when the API lists newest first', () => {
    const series = fmt.chartSeries([
        {value: 30, at: '2026-03-01T10:00:00Z'},
        {value: null, at: '2026-02-15T10:00:00Z'},
        {value: 10, at: '2026-02-01T10:00:00Z'}
    ]);
    assert.deepEqual(series, {labels: ['2026-02-01', '2026-03-01'], values: [10, 30]});
});

test('should build the create-objective body with the cycle when no version is given', () => {
    const built = fmt.objectiveBody({title: '  Grow  ', description: '', owner: 'alice', level: 'TEAM', team: 'ABC',
        parentId: '7'}, 5, null);
    assert.deepEqual(built.errors, []);
    assert.deepEqual(built.body, {title: 'Grow', description: null, owner: 'alice', level: 'TEAM', team: 'ABC',
        parentId: 7, cycleId: 5});
});

test('should build the edit-objective body with version and state when editing', () => {
    const built = fmt.objectiveBody({title: 'Grow', owner: 'alice', level: 'COMPANY', team: '', parentId: '',
        state: 'ACTIVE'}, 5, 3);
    assert.equal(built.body.version, 3);
    assert.equal(built.body.state, 'ACTIVE');
    assert.equal(built.body.cycleId, undefined);
    assert.equal(built.body.parentId, null);
});

test('should require a title and leave an empty owner to the server when creating an objective', () => {
    const built = fmt.objectiveBody({title: ' ', owner: ''}, 5, null);
    assert.deepEqual(built.errors, [{field: 'title', code: 'required'}]);
    assert.equal(built.body.owner, null);
});

test('should send only the fields of the kind when adding a key result', () => {
    const numeric = fmt.keyResultBody({title: 'Users', owner: 'bob', weight: '2', format: 'NUMBER', unit: 'users',
        start: '0', target: '100', basis: 'ISSUE_COUNT', kpiId: '3'}, 'NUMERIC', null);
    assert.deepEqual(numeric.body, {title: 'Users', owner: 'bob', weight: 2, format: 'NUMBER', unit: 'users', start: 0,
        target: 100, basis: null, kpiId: null, kind: 'NUMERIC'});
    const linked = fmt.keyResultBody({title: 'Ship', weight: '', basis: 'STORY_POINTS', target: 'x'}, 'LINKED_WORK', null);
    assert.deepEqual(linked.errors, []);
    assert.equal(linked.body.target, null);
    assert.equal(linked.body.basis, 'STORY_POINTS');
    assert.equal(linked.body.weight, 1);
});

test('should flag a non-numeric target and leave a missing one to the API when the key result is numeric', () => {
    assert.deepEqual(fmt.keyResultBody({title: 'T', target: ''}, 'NUMERIC', null).errors, []);
    assert.equal(fmt.keyResultBody({title: 'T', target: ''}, 'NUMERIC', null).body.target, null);
    assert.deepEqual(fmt.keyResultBody({title: 'T', target: 'ten'}, 'NUMERIC', null).errors, [{field: 'target', code: 'number'}]);
    assert.deepEqual(fmt.keyResultBody({title: '', target: '1'}, 'NUMERIC', null).errors, [{field: 'title', code: 'required'}]);
});

test('should send the version and no kind when editing a key result', () => {
    const built = fmt.keyResultBody({title: 'T', target: '5', weight: '1'}, 'NUMERIC', 4);
    assert.equal(built.body.version, 4);
    assert.equal(built.body.kind, undefined);
});

test('should send done for milestones and a value for numbers when checking in', () => {
    assert.deepEqual(fmt.checkInBody({value: '12.5', confidence: 'AT_RISK', note: ' slow '}, 'NUMERIC').body,
        {value: 12.5, done: null, confidence: 'AT_RISK', note: 'slow'});
    assert.deepEqual(fmt.checkInBody({done: true, confidence: 'ON_TRACK', note: ''}, 'MILESTONE').body,
        {value: null, done: true, confidence: 'ON_TRACK', note: null});
    assert.deepEqual(fmt.checkInBody({value: '', confidence: 'ON_TRACK'}, 'NUMERIC').errors,
        [{field: 'value', code: 'required'}]);
    assert.deepEqual(fmt.checkInBody({value: '', confidence: 'ON_TRACK'}, 'LINKED_WORK').errors, []);
});

test('should refuse a check-in without a confidence when none was chosen', () => {
    assert.deepEqual(fmt.checkInBody({value: '3', confidence: ''}, 'NUMERIC').errors,
        [{field: 'confidence', code: 'choose'}]);
    assert.deepEqual(fmt.checkInBody({done: true, confidence: ''}, 'MILESTONE').errors,
        [{field: 'confidence', code: 'choose'}]);
});

test('should upper-case the issue key when linking', () => {
    assert.deepEqual(fmt.linkBody({issueKey: ' proj-12 '}), {body: {issueKey: 'PROJ-12'}, errors: []});
    assert.deepEqual(fmt.linkBody({issueKey: ''}).errors, [{field: 'issueKey', code: 'required'}]);
});

test('should send no value when the value of the key result comes from Jira or a KPI', () => {
    assert.deepEqual(fmt.checkInBody({value: '90', confidence: 'AT_RISK', note: 'late'}, 'KPI').body,
        {value: null, done: null, confidence: 'AT_RISK', note: 'late'});
    assert.equal(fmt.checkInBody({value: '3', confidence: 'ON_TRACK'}, 'LINKED_WORK').body.value, null);
});

test('should send neither format nor unit when the key result reads a KPI', () => {
    const built = fmt.keyResultBody({title: 'On time', format: 'PERCENT', unit: 'x', start: '80', target: '95', kpiId: '4'},
        'KPI', null);
    assert.equal(built.body.format, null);
    assert.equal(built.body.unit, null);
    assert.equal(built.body.kpiId, 4);
    assert.equal(built.body.target, 95);
});

test('should name the KPI with its value on the key result scale or say its values are hidden', () => {
    assert.deepEqual(fmt.kpiText({kpi: {name: 'On-time delivery', current: 95, unit: '%', valuesHidden: false}}),
        {name: 'kr.kpi', args: ['On-time delivery', '95%']});
    assert.deepEqual(fmt.kpiText({kpi: {name: 'Velocity', current: 32.5, unit: 'story points', valuesHidden: false}}),
        {name: 'kr.kpi', args: ['Velocity', '32.5 story points']});
    assert.deepEqual(fmt.kpiText({kpi: {name: 'NOVA velocity', current: null, unit: 'story points', valuesHidden: true}}),
        {name: 'kr.kpi.hidden', args: ['NOVA velocity']});
    assert.deepEqual(fmt.kpiText({kpi: {name: 'New', current: null, unit: '%', valuesHidden: false}}),
        {name: 'kr.kpi.no-value', args: ['New']});
    assert.equal(fmt.kpiText({kind: 'NUMERIC', kpi: null}), null);
});

test('should say how many linked issues are not counted only when some are hidden', () => {
    assert.deepEqual(fmt.hiddenIssuesText(2), {name: 'hidden-issues.many', args: [2]});
    assert.deepEqual(fmt.hiddenIssuesText(1), {name: 'hidden-issues.one', args: [1]});
    assert.equal(fmt.hiddenIssuesText(0), null);
    assert.equal(fmt.hiddenIssuesText(undefined), null);
});

test('should list a KPI in the picker with its team and current value as its key results read it', () => {
    const option = fmt.kpiOption({name: 'ATLAS on-time delivery', team: 'ATLAS', valuesHidden: false,
        asKeyResult: {unit: '%', current: 95}});
    assert.deepEqual(option, {name: 'kpi.option', args: ['ATLAS on-time delivery', 'ATLAS', '95%'], unit: '%', current: '95%'});
    assert.equal(fmt.kpiOption({name: 'NOVA velocity', team: 'NOVA', valuesHidden: true,
        asKeyResult: {unit: 'story points', current: null}}).name, 'kpi.option.hidden');
});

test('should not say no issues are linked when the linked ones are hidden from the viewer', () => {
    const hidden = {kind: 'LINKED_WORK', score: 0, linkTotals: {done: 0, total: 0}, hiddenIssues: 3};
    assert.equal(fmt.keyResultProgress(hidden).text.name, 'kr.links.none-visible');
    assert.equal(fmt.keyResultProgress({kind: 'LINKED_WORK', score: 0, linkTotals: {done: 0, total: 0}, hiddenIssues: 0})
        .text.name, 'kr.links.none');
});

test('should offer the objectives of the cycle and of the cycles enclosing it when aligning', () => {
    const cycles = [
        {id: '4', name: '2026 Q2', start: '2026-04-01', end: '2026-07-01'},
        {id: '3', name: '2026', start: '2026-01-01', end: '2027-01-01'},
        {id: '2', name: '2026 H1', start: '2026-01-01', end: '2026-07-01'},
        {id: '1', name: '2026 Q1', start: '2026-01-01', end: '2026-04-01'}
    ];
    assert.deepEqual(fmt.enclosingCycles(cycles, 4).map((c) => c.name), ['2026 Q2', '2026 H1', '2026']);
    assert.deepEqual(fmt.enclosingCycles(cycles, '3').map((c) => c.name), ['2026']);
    assert.deepEqual(fmt.enclosingCycles(cycles, 99), []);
});

test('should list the company parent whatever the team filter when choosing alignment', () => {
    const company = {id: 1, title: 'Company', children: [
        {id: 2, title: 'ATLAS', children: [{id: 5, title: 'ATLAS people', children: []}]},
        {id: 3, title: 'NOVA', children: []}]};
    const groups = [{cycle: {id: '4', name: 'Q2'}, objectives: [company]},
        {cycle: {id: '3', name: '2026'}, objectives: [{id: 9, title: 'Year bet', children: []}]},
        {cycle: {id: '2', name: 'H1'}, objectives: []}];
    const choices = fmt.alignmentChoices(groups, 2);
    assert.deepEqual(choices.map((g) => g.cycle.name), ['Q2', '2026']);
    assert.deepEqual(choices[0].entries, [{id: 1, title: 'Company', depth: 0}, {id: 3, title: 'NOVA', depth: 1}]);
    assert.deepEqual(choices[1].entries, [{id: 9, title: 'Year bet', depth: 0}]);
});

test('should offer to keep as a KPI only a numeric or KPI key result that reached its target when the tree is drawn', () => {
    assert.equal(fmt.canKeepAsKpi({kind: 'NUMERIC', score: 1, target: 95}), true);
    assert.equal(fmt.canKeepAsKpi({kind: 'KPI', score: 1, target: 30}), true);
    assert.equal(fmt.canKeepAsKpi({kind: 'NUMERIC', score: 0.8, target: 95}), false, 'a success below the target');
    assert.equal(fmt.canKeepAsKpi({kind: 'MILESTONE', score: 1, target: null}), false);
    assert.equal(fmt.canKeepAsKpi({kind: 'LINKED_WORK', score: 1}), false);
    assert.equal(fmt.canKeepAsKpi({kind: 'NUMERIC', score: null, target: 95}), false);
});

test('should build the keep-as-KPI body and require a source and a threshold when the dialog is sent', () => {
    assert.deepEqual(fmt.keepAsKpiBody({type: 'ON_TIME_DELIVERY', sourceKind: 'PROJECT', value: ' TEAM ', frequency: 'MONTHLY',
        alertThreshold: '80'}), {body: {type: 'ON_TIME_DELIVERY', source: {kind: 'PROJECT', value: 'TEAM'},
        frequency: 'MONTHLY', alertThreshold: 80}, errors: []});
    assert.deepEqual(fmt.keepAsKpiBody({type: 'THROUGHPUT', value: '', frequency: 'WEEKLY', alertThreshold: 'lots'}).errors,
        [{field: 'value', code: 'required'}, {field: 'alertThreshold', code: 'number'}]);
});

test('should word the API refusals of keep-as-KPI by field and show Jiras sentence for a JQL it cannot parse', () => {
    const worded = fmt.keepAsKpiErrors([
        {field: 'kpi.goal.alertThreshold', message: 'must not be above the target 0.95 when higher is better'},
        {field: 'kpi.source.value', message: "Error in the JQL Query: 'project = = TEAM'"},
        {field: 'keyResult', message: 'is not achieved: its score 0.8 is below 1.0'},
        {field: 'kpi.type', message: 'must be one of ...'}]);
    assert.deepEqual(worded.byField, {
        alertThreshold: [{name: 'keep.error.threshold', args: []}],
        value: [{name: 'keep.error.source', args: ["Error in the JQL Query: 'project = = TEAM'"]}]});
    assert.deepEqual(worded.general, [{name: 'keep.error.not-achieved', args: []}, {name: 'error.invalid', args: []}]);
});
