// Run with: node --test jira/src/test/js/
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const web = path.join(__dirname, '../../main/resources/web');
const detail = require(path.join(web, 'okr-page/objective-detail.js'));
const text = (name) => 'T(' + name + ')';

test('should word a state change with both states when the objective moved', () => {
    const line = detail.activityLine({kind: 'STATE_CHANGED', actorName: 'Alice', details: ['DRAFT', 'ACTIVE']}, text);
    assert.deepEqual(line, {name: 'detail.activity.STATE_CHANGED', args: ['Alice', 'T(state.DRAFT)', 'T(state.ACTIVE)']});
});

test('should name the changed fields when an objective was edited', () => {
    const line = detail.activityLine({kind: 'OBJECTIVE_EDITED', actor: 'alice', details: ['title', 'parent']}, text);
    assert.deepEqual(line.args, ['alice', 'T(detail.field.title), T(detail.field.parent)']);
});

test('should give value and confidence when a check-in reported a value', () => {
    const line = detail.activityLine({kind: 'CHECKED_IN', actorName: 'Bob', subject: 'NPS', details: ['AT_RISK', '30']}, text);
    assert.deepEqual(line, {name: 'detail.activity.CHECKED_IN.value', args: ['Bob', 'NPS', 'T(status.AT_RISK)', '30']});
});

test('should name the app and the KPI period when the KPI measurement checked in', () => {
    const line = detail.activityLine({kind: 'CHECKED_IN', actor: 'lodestar:kpi', actorName: null, subject: 'Throughput',
        details: ['', '4', '2026-W11']}, text);
    assert.deepEqual(line, {name: 'detail.activity.CHECKED_IN.kpi',
        args: ['T(detail.actor.lodestar)', 'Throughput', '4', '2026-W11']});
});

test('should not name the issue when the viewer may not browse it', () => {
    const line = detail.activityLine({kind: 'ISSUE_LINKED', actorName: 'Bob', subject: 'Epics', details: [],
        issueKey: null, issueHidden: true}, text);
    assert.deepEqual(line, {name: 'detail.activity.ISSUE_LINKED.hidden', args: ['Bob', 'Epics']});
});

test('should keep every field but the changed one when building the edit body', () => {
    const body = detail.editBody({id: 3, version: 4, title: 'T', description: 'D', owner: 'alice', level: 'TEAM',
        team: 'ATLAS', parentId: 1, state: 'DRAFT', rollUp: false, score: 0.5}, {state: 'ACTIVE'});
    assert.deepEqual(body, {version: 4, title: 'T', description: 'D', owner: 'alice', level: 'TEAM', team: 'ATLAS',
        parentId: 1, state: 'ACTIVE', rollUp: false});
});

const fmt = require(path.join(web, 'okr-page/okr-format.js'));

test('should send the query and no field when a key result counts done issues of a JQL query', () => {
    const built = fmt.keyResultBody({title: 'Bugs fixed', weight: '1', jql: 'project = ATLAS', aggregate: 'SHARE_DONE',
        field: 'Story Points', unit: 'x', start: '1', target: '2'}, 'JQL', null);
    assert.deepEqual(built.errors, []);
    assert.equal(built.body.jql, 'project = ATLAS');
    assert.equal(built.body.aggregate, 'SHARE_DONE');
    assert.equal(built.body.field, null);
    assert.equal(built.body.start, null);
    assert.equal(built.body.unit, null);
});

test('should send field, unit, start and target when a key result sums over a JQL query', () => {
    const built = fmt.keyResultBody({title: 'Points', weight: '1', jql: 'project = ATLAS', aggregate: 'SUM',
        field: 'Story Points', unit: 'points', start: '0', target: '300'}, 'JQL', null);
    assert.equal(built.body.field, 'Story Points');
    assert.equal(built.body.start, 0);
    assert.equal(built.body.target, 300);
    assert.equal(built.body.unit, 'points');
});

test('should tell done of matching issues when a JQL key result counts done issues', () => {
    const progress = fmt.keyResultProgress({kind: 'JQL', score: 0.5, query: {aggregate: 'SHARE_DONE', matching: 4, done: 2}});
    assert.deepEqual(progress.text, {name: 'kr.jql.share', args: ['2', '4']});
});
