/*
 * Choices of the Lodestar macros' parameters in Confluence's macro browser (issue 13): a writer picks a cycle, a
 * team, an objective or a KPI from what Jira offers them, instead of typing ids and keys.
 *
 * Host API: the macro browser's JS API, AJS.MacroBrowser.setMacroJsOverride(macroName, {fields: {<type>: {<param>:
 * fn(param, options)}}}) with fn returning a field built by AJS.MacroBrowser.ParameterFields["enum"](param, options)
 * (a field whose `input` is the jQuery of its <select>). It is documented on developer.atlassian.com ("Including
 * information in your macro for the Macro Browser") and VERIFIED ONLY BY PUBLIC PLUGINS' USE (code search: plugins
 * that call setMacroJsOverride with ParameterFields["enum"](params, options), then fill field.input), not against
 * Confluence's sources. `beforeParamsSet(params)` (same override object) gives the macro's current values before
 * they are set; field.setValue(value) is wrapped for the same reason. Without AJS.MacroBrowser this does nothing.
 *
 * The parameters stay of type string in the descriptor, so a typed-in value of an older page still works; the
 * override draws them as a select. Options come from GET /plugins/servlet/lodestar/macro-choices (MacroChoicesServlet,
 * read as the writer). The first option is empty: "current cycle" / "every team" / "none". A current value Jira
 * does not offer (deleted, hidden, typed in) stays selectable. Objectives reload when the cycle or team changes,
 * KPIs when the team changes. An answer that is not choices shows one line under the field, in the app's words.
 * Texts come from the Confluence app's i18n through the jsI18n transformer; labels are set with textContent.
 */
(function (root) {
    'use strict';

    var CHOICES_PATH = '/plugins/servlet/lodestar/macro-choices';

    /** The texts; AJS.I18n.getText calls are literal so that the jsI18n transformer fills them in. */
    function texts(AJS) {
        return {
            'cycle.current': AJS.I18n.getText('okr.choices.cycle.current'),
            'cycle.current.named': AJS.I18n.getText('okr.choices.cycle.current.named'),
            'cycle.closed': AJS.I18n.getText('okr.choices.cycle.closed'),
            'team.every': AJS.I18n.getText('okr.choices.team.every'),
            'none': AJS.I18n.getText('okr.choices.none'),
            'kept': AJS.I18n.getText('okr.choices.kept'),
            'loading': AJS.I18n.getText('okr.choices.loading'),
            'error.no-link': AJS.I18n.getText('okr.choices.error.no-link'),
            'error.authorise': AJS.I18n.getText('okr.choices.error.authorise'),
            'error.authorise.link': AJS.I18n.getText('okr.choices.error.authorise.link'),
            'error.unreachable': AJS.I18n.getText('okr.choices.error.unreachable'),
            'error.not-found': AJS.I18n.getText('okr.choices.error.not-found'),
            'error.not-permitted': AJS.I18n.getText('okr.choices.error.not-permitted'),
            'error.parameter': AJS.I18n.getText('okr.choices.error.parameter'),
            'error.signed-out': AJS.I18n.getText('okr.choices.error.signed-out'),
            'error.failed': AJS.I18n.getText('okr.choices.error.failed')
        };
    }

    function format(pattern, value) {
        return String(pattern).replace('{0}', value);
    }

    /**
     * Builds the overrides. deps: {AJS, fetch, document, contextPath}. Returns {overrides: {macroName: override},
     * install()}. One state per macro: the browser edits one macro at a time, and a new field replaces the old.
     */
    function create(deps) {
        var AJS = deps.AJS;
        var text = texts(AJS);
        var doc = deps.document;

        function url(kind, query) {
            var parts = ['kind=' + encodeURIComponent(kind)];
            Object.keys(query || {}).forEach(function (name) {
                if (query[name]) {
                    parts.push(encodeURIComponent(name) + '=' + encodeURIComponent(query[name]));
                }
            });
            return deps.contextPath + CHOICES_PATH + '?' + parts.join('&');
        }

        /** The choices, or {error} for any answer that is not a list (or no answer at all). */
        function load(kind, query) {
            return Promise.resolve().then(function () {
                return deps.fetch(url(kind, query), {credentials: 'same-origin', headers: {Accept: 'application/json'}});
            }).then(function (response) {
                return response.json().then(function (body) {
                    if (response.ok && Array.isArray(body)) {
                        return {choices: body};
                    }
                    return {error: body && typeof body.error === 'string' ? body.error : 'failed',
                        authoriseUrl: body && body.authoriseUrl};
                }, function () {
                    return {error: 'failed'};
                });
            }, function () {
                return {error: 'failed'};
            });
        }

        function safeUrl(value) {
            return typeof value === 'string' && /^https?:\/\//i.test(value) ? value : null;
        }

        /**
         * One parameter's field: the enum field of the macro browser, whose select this fills. spec: {kind, empty
         * (text of the first option), query() (the other fields' values it depends on)}.
         */
        function choiceField(state, name, spec, param, options) {
            // The parameters are strings in the descriptor: give the enum field the empty lists it iterates
            // (public plugins set enumValues / enumToI18nKeyMapping before calling it); the options come below.
            param = param || {};
            if (!Array.isArray(param.enumValues)) {
                param.enumValues = [];
            }
            if (!param.enumToI18nKeyMapping) {
                param.enumToI18nKeyMapping = {};
            }
            var field = AJS.MacroBrowser.ParameterFields['enum'](param, options);
            var select = field.input && field.input[0] ? field.input[0] : field.input;
            var line = doc.createElement('div');
            line.className = 'lodestar-choices-error';
            line.hidden = true;
            if (select.parentNode) {
                select.parentNode.appendChild(line);
            }
            var entry = {field: field, select: select, line: line, spec: spec, wanted: state.values[name] || '', round: 0};
            state.fields[name] = entry;

            function changed() {
                (spec.dependents || []).forEach(function (dependent) {
                    if (state.fields[dependent]) {
                        reload(state, state.fields[dependent]);
                    }
                });
            }
            var setValue = field.setValue;
            field.setValue = function (value) {
                var before = entry.wanted;
                entry.wanted = value === undefined || value === null ? '' : String(value);
                state.values[name] = entry.wanted;
                fill(entry, entry.choices || []);
                if (typeof setValue === 'function') {
                    setValue.call(field, entry.wanted);
                }
                select.value = entry.wanted;
                if (before !== entry.wanted) {
                    changed();
                }
            };
            select.addEventListener('change', function () {
                entry.wanted = select.value;
                state.values[name] = select.value;
                changed();
            });
            fill(entry, []);
            reload(state, entry);
            return field;
        }

        function option(value, label) {
            var element = doc.createElement('option');
            element.value = value;
            element.textContent = label;
            return element;
        }

        /** The empty first option, the choices, and the wanted value when Jira did not offer it. */
        function fill(entry, choices) {
            var select = entry.select;
            while (select.firstChild) {
                select.removeChild(select.firstChild);
            }
            var current = choices.filter(function (choice) {
                return choice.current;
            })[0];
            select.appendChild(option('', entry.spec.kind === 'cycles' && current
                ? format(text['cycle.current.named'], current.label) : entry.spec.empty));
            var offered = false;
            choices.forEach(function (choice) {
                var value = String(choice.value);
                var label = String(choice.label);
                if (choice.closed) {
                    label = format(text['cycle.closed'], label);
                }
                if (choice.depth > 0) {
                    label = new Array(choice.depth + 1).join('\u00a0\u00a0') + label;
                }
                offered = offered || value === entry.wanted;
                select.appendChild(option(value, label));
            });
            if (entry.wanted && !offered) {
                select.appendChild(option(entry.wanted, format(text.kept, entry.wanted)));
            }
            select.value = entry.wanted;
        }

        function reload(state, entry) {
            var round = ++entry.round;
            showError(entry, null);
            return load(entry.spec.kind, entry.spec.query(state)).then(function (answer) {
                if (round !== entry.round) {
                    return; // a later reload (another cycle or team) is under way
                }
                entry.choices = answer.choices || [];
                fill(entry, entry.choices);
                showError(entry, answer.error ? answer : null);
            });
        }

        function showError(entry, answer) {
            var line = entry.line;
            while (line.firstChild) {
                line.removeChild(line.firstChild);
            }
            line.hidden = !answer;
            if (!answer) {
                return;
            }
            var key = 'error.' + answer.error;
            line.appendChild(doc.createTextNode(Object.prototype.hasOwnProperty.call(text, key) ? text[key] : text['error.failed']));
            var href = answer.error === 'authorise' ? safeUrl(answer.authoriseUrl) : null;
            if (href) {
                var link = doc.createElement('a');
                link.href = href;
                link.target = '_blank';
                link.rel = 'noopener';
                link.textContent = text['error.authorise.link'];
                line.appendChild(doc.createTextNode(' '));
                line.appendChild(link);
            }
        }

        function override(specs) {
            var state = {fields: {}, values: {}};
            var fields = {};
            Object.keys(specs).forEach(function (name) {
                fields[name] = function (param, options) {
                    return choiceField(state, name, specs[name], param, options);
                };
            });
            return {
                fields: {string: fields},
                beforeParamsSet: function (params) {
                    state.values = {};
                    Object.keys(specs).forEach(function (name) {
                        state.values[name] = params && params[name] ? String(params[name]) : '';
                    });
                    return params;
                }
            };
        }

        function value(state, name) {
            var entry = state.fields[name];
            return entry ? entry.select.value || entry.wanted : state.values[name] || '';
        }

        var overrides = {
            'lodestar-okr-status': override({
                cycle: {kind: 'cycles', empty: text['cycle.current'], dependents: ['objective'], query: function () {
                    return {};
                }},
                team: {kind: 'teams', empty: text['team.every'], dependents: ['objective'], query: function () {
                    return {};
                }},
                objective: {kind: 'objectives', empty: text.none, query: function (state) {
                    return {cycle: value(state, 'cycle'), team: value(state, 'team')};
                }}
            }),
            'lodestar-kpi-status': override({
                kpi: {kind: 'kpis', empty: text.none, query: function (state) {
                    return {team: value(state, 'team')};
                }},
                team: {kind: 'teams', empty: text.none, dependents: ['kpi'], query: function () {
                    return {};
                }}
            })
        };

        return {
            overrides: overrides,
            install: function () {
                if (!AJS || !AJS.MacroBrowser || typeof AJS.MacroBrowser.setMacroJsOverride !== 'function') {
                    return false;
                }
                Object.keys(overrides).forEach(function (macro) {
                    AJS.MacroBrowser.setMacroJsOverride(macro, overrides[macro]);
                });
                return true;
            }
        };
    }

    if (typeof module === 'object' && module.exports) {
        module.exports = {create: create, CHOICES_PATH: CHOICES_PATH};
    } else if (root.AJS && root.AJS.MacroBrowser) {
        create({
            AJS: root.AJS,
            fetch: root.fetch.bind(root),
            document: root.document,
            contextPath: typeof root.AJS.contextPath === 'function' ? root.AJS.contextPath() : ''
        }).install();
    }
}(typeof window !== 'undefined' ? window : globalThis));
