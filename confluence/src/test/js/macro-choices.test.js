// Run with: node --test confluence/src/test/js/
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const path = require('node:path');

const {create} = require(path.join(__dirname, '../../main/resources/web/macro-browser/macro-choices.js'));

/** The little of the DOM the script uses: elements with children, text, value, events. */
class FakeElement {
    constructor(tag) {
        this.tagName = tag.toUpperCase();
        this.childNodes = [];
        this.parentNode = null;
        this.listeners = {};
        this.hidden = false;
        this.ownValue = '';
        this.ownText = '';
    }
    get firstChild() { return this.childNodes[0] || null; }
    appendChild(child) { child.parentNode = this; this.childNodes.push(child); return child; }
    removeChild(child) { this.childNodes.splice(this.childNodes.indexOf(child), 1); child.parentNode = null; return child; }
    addEventListener(type, listener) { (this.listeners[type] = this.listeners[type] || []).push(listener); }
    dispatch(type) { (this.listeners[type] || []).forEach((listener) => listener({target: this})); }
    get textContent() { return this.nodeText !== undefined ? this.nodeText : this.ownText + this.childNodes.map((c) => c.textContent).join(''); }
    set textContent(text) { this.childNodes = []; this.ownText = String(text); }
    // a select's value is one of its options' values, or '' (as in a browser)
    get value() { return this.ownValue; }
    set value(value) {
        if (this.tagName === 'SELECT') {
            this.ownValue = this.childNodes.some((o) => o.value === String(value)) ? String(value) : '';
        } else {
            this.ownValue = String(value);
        }
    }
}
const fakeDocument = {
    createElement: (tag) => new FakeElement(tag),
    createTextNode: (text) => Object.assign(new FakeElement('#text'), {nodeText: String(text)})
};

/** The macro browser: ParameterFields["enum"] builds a div with a select, as Confluence's field does; input is jQuery-like. */
function fakeAjs() {
    const overrides = {};
    return {
        overrides,
        I18n: {getText: (key) => ({
            'okr.choices.cycle.current': 'Current cycle',
            'okr.choices.cycle.current.named': 'Current cycle ({0})',
            'okr.choices.cycle.closed': '{0} (closed)',
            'okr.choices.team.every': 'Every team',
            'okr.choices.none': 'None',
            'okr.choices.kept': '{0} (not offered by Jira)',
            'okr.choices.error.no-link': 'No Jira link.',
            'okr.choices.error.authorise': 'Authorise first:',
            'okr.choices.error.authorise.link': 'authorise',
            'okr.choices.error.unreachable': 'Jira did not answer.',
            'okr.choices.error.failed': 'Failed.'
        })[key] || key},
        MacroBrowser: {
            setMacroJsOverride: (name, override) => { overrides[name] = override; },
            ParameterFields: {
                enum: (param) => {
                    // as the real field does, it iterates the enum values (a string parameter has none)
                    param.enumValues.forEach((value) => assert.equal(typeof param.enumToI18nKeyMapping, 'object', value));
                    const div = new FakeElement('div');
                    const select = div.appendChild(new FakeElement('select'));
                    const field = {param, paramDiv: div, input: [select], set: []};
                    field.setValue = (value) => field.set.push(value);
                    return field;
                }
            }
        }
    };
}

/** fetch answering from routes {query string after kind: [status, body]}; records every URL asked. */
function fakeFetch(routes) {
    const asked = [];
    const fetch = (url) => {
        asked.push(url);
        const query = url.slice(url.indexOf('?') + 1);
        const [status, body] = routes[query] || [404, {error: 'not-found'}];
        return Promise.resolve({ok: status >= 200 && status < 300, status, json: () => Promise.resolve(body)});
    };
    return {fetch, asked};
}

const settle = () => new Promise((resolve) => setImmediate(resolve));
const options = (select) => select.childNodes.map((o) => [o.value, o.textContent]);

function install(routes) {
    const AJS = fakeAjs();
    const http = fakeFetch(routes);
    assert.equal(create({AJS, fetch: http.fetch, document: fakeDocument, contextPath: '/wiki'}).install(), true);
    return {AJS, http};
}

const CYCLES = [{value: '2', label: 'Q3', current: true}, {value: '1', label: 'Q2', closed: true}];
const TEAMS = [{value: 'ATLAS', label: 'Atlas (ATLAS)'}, {value: 'NOVA', label: 'Nova (NOVA)'}];

test('should fill the cycle select with Jira cycles after an empty current-cycle option when the macro browser asks', async () => {
    const {AJS, http} = install({'kind=cycles': [200, CYCLES]});
    const field = AJS.overrides['lodestar-okr-status'].fields.string.cycle({name: 'cycle'}, {});
    await settle();

    assert.deepEqual(options(field.input[0]), [['', 'Current cycle (Q3)'], ['2', 'Q3'], ['1', 'Q2 (closed)']]);
    assert.deepEqual(http.asked, ['/wiki/plugins/servlet/lodestar/macro-choices?kind=cycles']);
    assert.equal(field.input[0].value, '');
});

test('should keep the current value selectable when Jira does not offer it', async () => {
    const {AJS} = install({'kind=teams': [200, TEAMS]});
    const override = AJS.overrides['lodestar-kpi-status'];
    override.beforeParamsSet({team: 'GONE'});
    const field = override.fields.string.team({name: 'team'}, {});
    field.setValue('GONE');
    await settle();

    assert.deepEqual(options(field.input[0]), [['', 'None'], ['ATLAS', 'Atlas (ATLAS)'], ['NOVA', 'Nova (NOVA)'],
        ['GONE', 'GONE (not offered by Jira)']]);
    assert.equal(field.input[0].value, 'GONE');
    assert.deepEqual(field.set, ['GONE']);
});

test('should reload the objectives of the new cycle and team when the cycle or team changes', async () => {
    const {AJS, http} = install({
        'kind=cycles': [200, CYCLES],
        'kind=teams': [200, TEAMS],
        'kind=objectives': [200, [{value: '5', label: 'Grow', depth: 0}, {value: '6', label: 'Sub', depth: 1}]],
        'kind=objectives&cycle=1': [200, [{value: '9', label: 'Old goal', depth: 0}]],
        'kind=objectives&cycle=1&team=NOVA': [200, [{value: '11', label: 'Nova goal', depth: 0}]]
    });
    const fields = AJS.overrides['lodestar-okr-status'].fields.string;
    const cycle = fields.cycle({name: 'cycle'}, {});
    const team = fields.team({name: 'team'}, {});
    const objective = fields.objective({name: 'objective'}, {});
    await settle();
    assert.deepEqual(options(objective.input[0]), [['', 'None'], ['5', 'Grow'], ['6', '\u00a0\u00a0Sub']]);

    cycle.input[0].value = '1';
    cycle.input[0].dispatch('change');
    await settle();
    assert.deepEqual(options(objective.input[0]), [['', 'None'], ['9', 'Old goal']]);

    team.input[0].value = 'NOVA';
    team.input[0].dispatch('change');
    await settle();
    assert.deepEqual(options(objective.input[0]), [['', 'None'], ['11', 'Nova goal']]);
    assert.ok(http.asked.includes('/wiki/plugins/servlet/lodestar/macro-choices?kind=objectives&cycle=1&team=NOVA'));
});

test('should reload the KPIs of the team when the team is set from the macro', async () => {
    const {AJS} = install({
        'kind=teams': [200, TEAMS],
        'kind=kpis': [200, [{value: '1', label: 'ATLAS velocity (ATLAS)'}]],
        'kind=kpis&team=ATLAS': [200, [{value: '1', label: 'ATLAS velocity'}]]
    });
    const fields = AJS.overrides['lodestar-kpi-status'].fields.string;
    const kpi = fields.kpi({name: 'kpi'}, {});
    const team = fields.team({name: 'team'}, {});
    await settle();
    team.setValue('ATLAS');
    await settle();

    assert.deepEqual(options(kpi.input[0]), [['', 'None'], ['1', 'ATLAS velocity']]);
});

test('should show one error line with an authorise link when Jira needs authorisation', async () => {
    const {AJS} = install({'kind=cycles': [502, {error: 'authorise', authoriseUrl: 'https://wiki.example/authorize?x=1'}]});
    const field = AJS.overrides['lodestar-okr-status'].fields.string.cycle({name: 'cycle'}, {});
    await settle();

    const line = field.paramDiv.childNodes.find((child) => child.className === 'lodestar-choices-error');
    assert.equal(line.hidden, false);
    assert.equal(line.textContent, 'Authorise first: authorise');
    const link = line.childNodes.find((child) => child.tagName === 'A');
    assert.equal(link.href, 'https://wiki.example/authorize?x=1');
    assert.deepEqual(options(field.input[0]), [['', 'Current cycle']]);
});

test('should show the error line in the app words and no link when Jira is not linked or unreachable', async () => {
    for (const [body, shown] of [[{error: 'no-link'}, 'No Jira link.'], [{error: 'unreachable'}, 'Jira did not answer.'],
        [{error: '<script>'}, 'Failed.'], ['not json at all', 'Failed.']]) {
        const {AJS} = install({'kind=teams': [502, body]});
        const field = AJS.overrides['lodestar-okr-status'].fields.string.team({name: 'team'}, {});
        await settle();
        const line = field.paramDiv.childNodes.find((child) => child.className === 'lodestar-choices-error');
        assert.equal(line.textContent, shown);
        assert.equal(line.childNodes.some((child) => child.tagName === 'A'), false);
    }
});

test('should set labels from Jira as text, never as markup', async () => {
    const {AJS} = install({'kind=teams': [200, [{value: 'X', label: '<img src=x onerror=alert(1)>'}]]});
    const field = AJS.overrides['lodestar-okr-status'].fields.string.team({name: 'team'}, {});
    await settle();

    const option = field.input[0].childNodes[1];
    assert.equal(option.textContent, '<img src=x onerror=alert(1)>');
    assert.equal(option.childNodes.length, 0);
});

test('should do nothing when the page has no macro browser', () => {
    const AJS = fakeAjs();
    delete AJS.MacroBrowser;
    assert.equal(create({AJS, fetch: () => assert.fail('no fetch'), document: fakeDocument, contextPath: ''}).install(), false);
});
