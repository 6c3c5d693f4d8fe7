// Run with: node --test jira/src/test/js/
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const web = path.join(__dirname, '../../main/resources/web');
const restUrls = require(path.join(web, 'common/rest-urls.js'));
const restErrors = require(path.join(web, 'common/rest-errors.js'));
const pickerSources = require(path.join(web, 'common/picker.js'));
const {restClient, RestError} = require(path.join(web, 'common/rest-client.js'));
const texts = require(path.join(web, 'common/texts.js'));

test('should build the contract URLs under the context path when Jira runs below a path', () => {
    const urls = restUrls('/jira/');
    assert.equal(urls.cycles(), '/jira/rest/lodestar/1.0/cycles');
    assert.equal(urls.okrTree(3, 'ABC'), '/jira/rest/lodestar/1.0/cycles/3/okrs?team=ABC');
    assert.equal(urls.okrTree(3, ''), '/jira/rest/lodestar/1.0/cycles/3/okrs');
    assert.equal(urls.findings(3, 'A&B'), '/jira/rest/lodestar/1.0/cycles/3/findings?team=A%26B');
    assert.equal(urls.objectiveDelete(7, 2), '/jira/rest/lodestar/1.0/objectives/7?version=2');
    assert.equal(urls.keyResults(7), '/jira/rest/lodestar/1.0/objectives/7/key-results');
    assert.equal(urls.checkIns(9), '/jira/rest/lodestar/1.0/key-results/9/check-ins');
    assert.equal(urls.link(9, 10001), '/jira/rest/lodestar/1.0/key-results/9/links/10001');
    assert.equal(urls.browseIssue('PROJ-1'), '/jira/browse/PROJ-1');
    assert.equal(restUrls('').cycles(), '/rest/lodestar/1.0/cycles');
    assert.equal(urls.users('al ice'), '/jira/rest/lodestar/1.0/users?query=al%20ice');
    assert.equal(urls.teams(), '/jira/rest/lodestar/1.0/teams');
    assert.equal(urls.kpis(), '/jira/rest/lodestar/1.0/kpis');
});

test('should build the picker and panel URLs with only the given parameters when the issue panel asks', () => {
    const urls = restUrls('/jira/');
    assert.equal(urls.linkableKeyResults('faster checkout', 'ATLAS'), '/jira/rest/lodestar/1.0/key-results?query=faster%20checkout&team=ATLAS');
    assert.equal(urls.linkableKeyResults('', ''), '/jira/rest/lodestar/1.0/key-results');
    assert.equal(urls.issuePanel('ATLAS-7'), '/jira/plugins/servlet/lodestar/issue-panel?issueKey=ATLAS-7');
    // the velocity dashboard item: one KPI, or the team's first velocity KPI
    assert.equal(urls.dashboardVelocity('ATLAS', 7, ''), '/jira/rest/lodestar/1.0/dashboard/velocity?team=ATLAS&sprints=7');
    assert.equal(urls.dashboardVelocity('ATLAS', 7, 5), '/jira/rest/lodestar/1.0/dashboard/velocity?kpi=5&sprints=7');
    assert.equal(urls.kpisOfTeam('ATLAS'), '/jira/rest/lodestar/1.0/kpis?team=ATLAS');
    // the OKR progress dashboard item: the current cycle when none is chosen, every team when none is named
    assert.equal(urls.dashboardOkrProgress('', 'ATLAS', ''), '/jira/rest/lodestar/1.0/dashboard/okr-progress?team=ATLAS');
    assert.equal(urls.dashboardOkrProgress(3, '', ''), '/jira/rest/lodestar/1.0/dashboard/okr-progress?cycle=3');
    assert.equal(urls.dashboardOkrProgress('', '', 12), '/jira/rest/lodestar/1.0/dashboard/okr-progress?objective=12');
    assert.equal(urls.okrPage(3, 'ATLAS', 12), '/jira/plugins/servlet/lodestar/okrs?cycle=3&team=ATLAS&objective=12');
    assert.equal(urls.okrPage(3, ''), '/jira/plugins/servlet/lodestar/okrs?cycle=3');
});

test('should put worded errors next to the matching form field when the field name is dotted', () => {
    const grouped = restErrors.groupErrors({errors: [
        {field: 'objective.title', message: 'must not be empty'},
        {field: 'keyResult.target', message: 'must differ from the start value'},
        {field: null, message: 'cycle is closed'},
        {field: 'cycle.end', message: 'must be after the start'}
    ]}, ['title', 'target', 'owner']);
    assert.deepEqual(grouped.byField, {title: ['error.field.title'], target: ['error.field.target.same']});
    // A cycle field this form does not have is worded for the whole form, never lost.
    assert.deepEqual(grouped.general, ['error.invalid', 'error.cycle.end']);
});

test('should word every API error for a person when the API text is for developers', () => {
    assert.equal(restErrors.textName('keyResult', 'only a linked-work key result can link issues'), 'error.link.kind');
    assert.equal(restErrors.textName('objective.team', 'no project NOPE'), 'error.field.team.unknown');
    assert.equal(restErrors.textName('objective.team', 'must be at most 255 characters, got 300'), 'error.field.team');
    assert.equal(restErrors.textName('keyResult.owner', 'no user zed'), 'error.field.owner.unknown');
    assert.deepEqual(restErrors.textName('kpi.source.value', "Error in the JQL Query: Expecting a field name but got '='"),
        {name: 'error.kpi.jql', args: ["Error in the JQL Query: Expecting a field name but got '='"]});
    assert.equal(restErrors.textName('kpi.name', 'must not be empty'), 'error.kpi.name');
    assert.equal(restErrors.textName('kpi.formula.doneStatusIds', 'must be Jira status ids'), 'error.kpi.parameter');
    assert.equal(restErrors.textName('kpi.owner', 'no user zed'), 'error.field.owner.unknown');
    assert.equal(restErrors.textName('kpi.nonsense', 'anything'), 'error.invalid');
    assert.equal(restErrors.textName('keyResult.kind', 'must be one of NUMERIC, MILESTONE, LINKED_WORK, KPI'),
        'error.field.kind');
    assert.equal(restErrors.textName('objective.parentId', 'aligning to objective 3 would make a loop'),
        'error.field.parent.loop');
    assert.equal(restErrors.textName('objective.parentId', 'the cycle 2026 Q1 does not lie within the parent cycle 2025'),
        'error.field.parent.cycle');
    assert.equal(restErrors.textName('objective.state', 'an objective cannot return to draft'), 'error.field.state.draft');
    assert.equal(restErrors.textName('objective', 'other objectives align to it; realign them first'),
        'error.objective.children');
    assert.equal(restErrors.textName('cycle', '2026 Q1 is closed and graded; its OKRs can no longer change'),
        'error.cycle.closed');
    assert.equal(restErrors.textName('issueKey', 'no issue ABC-1'), 'error.field.issue');
    assert.equal(restErrors.textName('something.new', 'x'), 'error.invalid');
    assert.equal(restErrors.textName(null, 'java.lang.IllegalStateException'), 'error.invalid');
});

test('should never pass the API text through when grouping', () => {
    const grouped = restErrors.groupErrors({errors: [
        {field: 'keyResult', message: 'only a linked-work key result can link issues'},
        {field: 'keyResult.kind', message: 'keyResult.kind must be one of NUMERIC'}
    ]}, ['issueKey']);
    assert.deepEqual(grouped, {byField: {}, general: ['error.link.kind', 'error.field.kind']});
});

test('should not fail when the error body is missing or malformed', () => {
    assert.deepEqual(restErrors.groupErrors(null, ['title']), {byField: {}, general: []});
    assert.deepEqual(restErrors.groupErrors({errors: 'x'}, ['title']), {byField: {}, general: []});
});

function fakeFetch(status, body, calls) {
    return (url, init) => {
        calls.push({url, init});
        return Promise.resolve({status, text: () => Promise.resolve(body === undefined ? '' : JSON.stringify(body))});
    };
}

test('should send JSON with the XSRF header when posting', async () => {
    const calls = [];
    const client = restClient(fakeFetch(201, {id: 5}, calls));
    const created = await client.post('/rest/lodestar/1.0/objectives', {title: 'T'});
    assert.deepEqual(created, {id: 5});
    assert.equal(calls[0].init.method, 'POST');
    assert.equal(calls[0].init.headers['X-Atlassian-Token'], 'no-check');
    assert.equal(calls[0].init.headers['Content-Type'], 'application/json');
    assert.equal(calls[0].init.body, '{"title":"T"}');
});

test('should send the XSRF header without a body when getting', async () => {
    const calls = [];
    await restClient(fakeFetch(200, [], calls)).get('/x');
    assert.equal(calls[0].init.headers['X-Atlassian-Token'], 'no-check');
    assert.equal(calls[0].init.body, undefined);
});

test('should reject with the status and field errors when the API refuses', async () => {
    const client = restClient(fakeFetch(400, {errors: [{field: 'title', message: 'must not be empty'}]}, []));
    await assert.rejects(client.put('/x', {}), (error) => {
        assert.ok(error instanceof RestError);
        assert.equal(error.status, 400);
        assert.deepEqual(error.errors, [{field: 'title', message: 'must not be empty'}]);
        return true;
    });
});

test('should mark a stale version as a conflict when the API answers 409', async () => {
    const client = restClient(fakeFetch(409, {errors: [{field: 'version', message: 'changed by someone else'}]}, []));
    await assert.rejects(client.put('/x', {}), (error) => error.isConflict() && error.status === 409);
});

test('should resolve null when the API answers 204', async () => {
    assert.equal(await restClient(fakeFetch(204, undefined, [])).del('/x'), null);
});

test('should reject with status 0 when the network fails', async () => {
    const client = restClient(() => Promise.reject(new TypeError('Failed to fetch')));
    await assert.rejects(client.get('/x'), (error) => error.isNetwork() && error.status === 0);
});

test('should keep an error status even when the body is not JSON', async () => {
    const client = restClient(() => Promise.resolve({status: 500, text: () => Promise.resolve('<html>oops</html>')}));
    await assert.rejects(client.get('/x'), (error) => error.status === 500 && error.errors.length === 0);
});

test('should fill numbered placeholders when formatting a text', () => {
    assert.equal(texts.format('{0} of {1} done', [3, 4]), '3 of 4 done');
    assert.equal(texts.format('{0} and {2}', ['a']), 'a and ');
});

test('should answer the name itself when the page has no such text', () => {
    assert.equal(texts.get('no.such.text'), 'no.such.text');
});

test('should word a KPI sheet error by its field and quote Jira when it refuses a JQL query', () => {
    const grouped = restErrors.groupErrors({errors: [
        {field: 'kpi.source.value', message: "Error in the JQL Query: 'project = = ATLAS'"},
        {field: 'kpi.owner', message: 'no user named zed'},
        {field: 'kpi.target', message: 'must be a number'},
        {field: 'kpi', message: 'something about the whole KPI'}]}, ['name', 'value', 'owner', 'team', 'target']);
    assert.deepEqual(grouped.byField, {
        value: [{name: 'error.kpi.jql', args: ["Error in the JQL Query: 'project = = ATLAS'"]}],
        owner: ['error.field.owner.unknown'],
        target: ['error.kpi.target']});
    assert.deepEqual(grouped.general, ['error.invalid']);
});

test('should suggest teams whose key or name starts with the query in any case', () => {
    const teams = [{key: 'ATLAS', name: 'Atlas'}, {key: 'NOVA', name: 'Nova field apps'}, {key: 'OPS', name: 'Atlas operations'}];
    assert.deepEqual(pickerSources.matchTeams(teams, 'at').map((t) => t.key), ['ATLAS', 'OPS']);
    assert.deepEqual(pickerSources.matchTeams(teams, 'Nova').map((t) => t.key), ['NOVA']);
    assert.deepEqual(pickerSources.matchTeams(teams, ' ').map((t) => t.key), ['ATLAS', 'NOVA', 'OPS']);
    assert.deepEqual(pickerSources.matchTeams(teams, 'x'), []);
});

test('should word the cycle form errors by field when the API refuses a cycle', () => {
    assert.equal(restErrors.textName('cycle.end', 'must be after the start 2026-07-01'), 'error.cycle.end');
    assert.equal(restErrors.textName('cycle.name', 'must not be empty'), 'error.cycle.name');
    assert.equal(restErrors.textName('cycle', 'Q1 is closed and graded; its OKRs can no longer change'), 'error.cycle.closed');
    const grouped = restErrors.groupErrors({errors: [{field: 'cycle.start', message: 'is not a date'}]}, ['kind', 'start', 'end', 'name']);
    assert.deepEqual(grouped.byField, {start: ['error.cycle.start']});
});

test('should build the cycle and my check-ins URLs when the cycle dialogs and the list call the API', () => {
    const urls = restUrls('/jira');
    assert.equal(urls.cycle(4), '/jira/rest/lodestar/1.0/cycles/4');
    assert.equal(urls.closeCycle(4), '/jira/rest/lodestar/1.0/cycles/4/close');
    assert.equal(urls.dueCheckIns(), '/jira/rest/lodestar/1.0/key-results/due-check-ins');
});
