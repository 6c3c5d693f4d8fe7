// Run with: node --test jira/src/test/js/
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const web = path.join(__dirname, '../../main/resources/web');
const fmt = require(path.join(web, 'okr-page/okr-format.js'));

test('should send a band key result with its unit and both edges as start and target', () => {
    const built = fmt.keyResultBody({title: 'p85 cycle time', weight: '1', unit: 'days', start: '2', target: '5',
        format: 'NUMBER', basis: 'ISSUE_COUNT'}, 'BAND', null);
    assert.deepEqual(built.errors, []);
    assert.equal(built.body.kind, 'BAND');
    assert.equal(built.body.unit, 'days');
    assert.equal(built.body.start, 2);
    assert.equal(built.body.target, 5);
    assert.equal(built.body.format, null);
    assert.equal(built.body.basis, null);
    assert.equal(built.body.kpiId, null);
});

test('should check in a value for a band key result', () => {
    const built = fmt.checkInBody({value: '6.5', confidence: 'AT_RISK'}, 'BAND');
    assert.deepEqual(built.errors, []);
    assert.equal(built.body.value, 6.5);
    assert.equal(built.body.done, null);
});

test('should show a band key result as its value and band, and the time inside', () => {
    const kr = {kind: 'BAND', score: 1, current: 3, start: 2, target: 5, unit: 'days',
        within: {minimum: 2, maximum: 5, insideSeconds: 11 * 86400, observedSeconds: 14 * 86400, share: 11 / 14}};
    assert.deepEqual(fmt.keyResultProgress(kr), {percent: 100, text: {name: 'kr.band.progress', args: ['3 days', '2 days', '5 days']}});
    assert.deepEqual(fmt.bandTimeText(kr), {name: 'kr.band.time', args: ['79', '11', '14']});
});

test('should tell the time inside in hours while less than a day is observed', () => {
    assert.deepEqual(fmt.bandTimeText({kind: 'BAND', within: {insideSeconds: 1800, observedSeconds: 7200, share: 0.25}}),
        {name: 'kr.band.time.hours', args: ['25', '0.5', '2']});
});

test('should tell only the share inside while less than an hour is observed', () => {
    assert.deepEqual(fmt.bandTimeText({kind: 'BAND', within: {insideSeconds: 30, observedSeconds: 60, share: 0.5}}),
        {name: 'kr.band.time.short', args: ['50']});
});

test('should show no time inside before the first value, and none for other kinds', () => {
    assert.equal(fmt.bandTimeText({kind: 'BAND', within: {insideSeconds: 0, observedSeconds: 0, share: 0}}), null);
    assert.equal(fmt.bandTimeText({kind: 'NUMERIC', within: null}), null);
    const gap = fmt.keyResultProgress({kind: 'BAND', score: 0, current: null, gap: 'no check-in has reported a value yet'});
    assert.deepEqual(gap.text, {name: 'kr.progress.gap', args: ['no check-in has reported a value yet']});
});

test('should say why a band key result has no forecast', () => {
    assert.deepEqual(fmt.forecastText({kind: 'BAND', forecast: {value: null, reasonCode: 'BAND'}}, '2026-07-01'),
        [{name: 'forecast.none.band', args: []}]);
});
