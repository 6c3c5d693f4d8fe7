// Run with: node --test jira/src/test/js/
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const web = path.join(__dirname, '../../main/resources/web');
const fmt = require(path.join(web, 'admin-page/admin-format.js'));
const restUrls = require(path.join(web, 'common/rest-urls.js'));

const text = (name, ...args) => args.length ? name + '(' + args.join('|') + ')' : name;

test('should send the chosen field and only projects with done statuses when saving the settings', () => {
    assert.deepEqual(fmt.settingsBody({storyPointsFieldId: null, doneStatusIds: {}}, 'customfield_10005',
        {NOVA: [], ATLAS: ['10001', '3']}, true),
    {storyPointsFieldId: 'customfield_10005', doneStatusIds: {ATLAS: ['10001', '3']}});
    assert.deepEqual(fmt.settingsBody({}, '', {}, false), {storyPointsFieldId: null, doneStatusIds: {}});
});

test('should send remindersEnabled only when the server settings have it when saving the settings', () => {
    assert.equal(fmt.settingsBody({remindersEnabled: true}, '', {}, false).remindersEnabled, false);
    assert.equal('remindersEnabled' in fmt.settingsBody({storyPointsFieldId: null}, '', {}, true), false);
});

test('should show kind, duration, issues, state and failure when a run is listed', () => {
    const run = {id: 4, kind: 'ON_DEMAND', kpiId: 7, period: null, state: 'FAILED', issuesRead: 120,
        startedAt: '2026-03-02T10:00:00Z', finishedAt: '2026-03-02T10:01:05Z', failure: 'project ATLAS is gone'};
    assert.deepEqual(fmt.runCells(run, text, at => 'at ' + at),
        ['kind.ON_DEMAND(7)', 'at 2026-03-02T10:00:00Z', 'runs.seconds(65)', '120', 'state.FAILED', 'project ATLAS is gone']);
    assert.deepEqual(fmt.runCells({kind: 'SCHEDULED', state: 'QUEUED', issuesRead: 0}, text, at => at),
        ['kind.SCHEDULED', 'runs.not-started', '', '0', 'state.QUEUED', '']);
});

test('should build the administration URLs under the context path', () => {
    const urls = restUrls('/jira');
    assert.equal(urls.kpiRunsLatest(10), '/jira/rest/lodestar/1.0/kpi-runs?latest=10');
    assert.equal(urls.settingsFields(), '/jira/rest/lodestar/1.0/settings/fields');
    assert.equal(urls.settingsStatuses(), '/jira/rest/lodestar/1.0/settings/statuses');
    assert.equal(urls.settings(), '/jira/rest/lodestar/1.0/settings');
});
