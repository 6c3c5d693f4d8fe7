// Run with: node --test jira/src/test/js/
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const cycles = require(path.join(__dirname, '../../main/resources/web/okr-page/cycle-format.js'));

test('should end a quarter, a half and a year on the first day after them when the first day is picked', () => {
    assert.equal(cycles.suggestedEnd('QUARTER', '2026-07-01'), '2026-10-01');
    assert.equal(cycles.suggestedEnd('HALF', '2026-07-01'), '2027-01-01');
    assert.equal(cycles.suggestedEnd('YEAR', '2026-02-15'), '2027-02-15');
    assert.equal(cycles.suggestedEnd('QUARTER', '2026-11-30'), '2027-02-28', 'a shorter month keeps its last day');
    assert.equal(cycles.suggestedEnd('CUSTOM', '2026-07-01'), null);
    assert.equal(cycles.suggestedEnd('QUARTER', '2026-02-30'), null);
    assert.equal(cycles.suggestedEnd('QUARTER', ''), null);
});

test('should name calendar cycles as core does when they start on a calendar boundary', () => {
    assert.deepEqual(cycles.suggestedName('QUARTER', '2026-07-01'), {name: 'cycle.name.QUARTER', args: ['2026', '3']});
    assert.deepEqual(cycles.suggestedName('HALF', '2026-01-01'), {name: 'cycle.name.HALF', args: ['2026', '1']});
    assert.equal(cycles.suggestedName('YEAR', '2027-01-01'), '2027');
    assert.equal(cycles.suggestedName('QUARTER', '2026-08-01'), null);
    assert.equal(cycles.suggestedName('YEAR', '2026-07-01'), null);
    assert.equal(cycles.suggestedName('CUSTOM', '2026-01-01'), null);
});

test('should build the cycle body with the version and name the empty fields when the form is sent', () => {
    assert.deepEqual(cycles.cycleBody({name: ' 2026 Q3 ', kind: 'QUARTER', start: '2026-07-01', end: '2026-10-01'}, 3),
        {body: {version: 3, name: '2026 Q3', kind: 'QUARTER', start: '2026-07-01', end: '2026-10-01'}, errors: []});
    assert.deepEqual(cycles.cycleBody({name: '', kind: 'CUSTOM', start: '', end: '2026-10-01'}, null).errors,
        [{field: 'start', code: 'required'}, {field: 'name', code: 'required'}]);
});

test('should offer only later open cycles and unfinished key results when closing', () => {
    const q1 = {id: 1, start: '2026-01-01', end: '2026-04-01', closed: false};
    const all = [q1, {id: 2, start: '2026-04-01', end: '2026-07-01', closed: false},
        {id: 3, start: '2026-03-01', end: '2026-06-01', closed: false}, {id: 4, start: '2026-07-01', end: '2026-10-01', closed: true}];
    assert.deepEqual(cycles.laterOpenCycles(all, q1).map(c => c.id), [2]);
    assert.equal(cycles.unfinished({score: 0.99}), true);
    assert.equal(cycles.unfinished({score: 1}), false);
    const flat = cycles.flatten([{id: 1, children: [{id: 2, children: []}]}, {id: 3}]);
    assert.deepEqual(flat.map(e => [e.objective.id, e.depth]), [[1, 0], [2, 1], [3, 0]]);
});
