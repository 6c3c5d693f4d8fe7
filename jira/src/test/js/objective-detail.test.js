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
