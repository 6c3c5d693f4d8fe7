/*
 * What every Lodestar dashboard item shares (Lodestar.dashboardItem): texts from a map of jsI18n strings, guarded calls
 * of Jira's dashboard item API, DOM helpers that only ever set text with textContent, the item's frame with its
 * states (data-state: not-configured, shown, empty, deleted, hidden, failed), and the edit form of Jira's edit mode
 * (labelled fields with an error line, Save and Cancel). The items themselves (velocity-item.js, scorecard-item.js,
 * okr-progress-item.js) only say what they show.
 *
 * Uses of the dashboard item API besides savePreferences (resize, setTitle, showLoadingBar, hideLoadingBar,
 * closeEdit) are guarded, so a Jira without one of them still renders.
 */
(function (ns) {
    'use strict';

    /** A text function over a map of jsI18n strings: text(name, args...) with {0}-style arguments; unknown names as is. */
    function texts(map) {
        return function (name) {
            var pattern = Object.prototype.hasOwnProperty.call(map, name) ? map[name] : name;
            return ns.texts.format(pattern, Array.prototype.slice.call(arguments, 1));
        };
    }

    function call(api, name, argument) {
        if (api && typeof api[name] === 'function') {
            api[name](argument);
        }
    }

    function element(tag, className, content) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (content !== undefined) {
            node.textContent = content;
        }
        return node;
    }

    /** The DOM node of what Jira passes to render and renderEdit: a jQuery object, an array-like or a node. */
    function nodeOf($element) {
        return $element && $element.jquery ? $element[0] : ($element && $element[0]) || $element;
    }

    function baseUrl() {
        return typeof AJS !== 'undefined' && AJS.contextPath ? AJS.contextPath() : '';
    }

    /** One AUI message box (kind: info, warning, error) appended to root. */
    function message(root, kind, words) {
        var box = element('div', 'aui-message aui-message-' + kind + ' lodestar-dashboard-message', words);
        box.setAttribute('data-test', 'dashboard-message');
        root.appendChild(box);
        return box;
    }

    /** Empties the item's element and puts a fresh frame in it: <div class="lodestar-dashboard-item NAME" data-test=TEST>. */
    function frame($element, className, testName) {
        var root = nodeOf($element);
        root.textContent = '';
        var item = element('div', 'lodestar-dashboard-item ' + className);
        item.setAttribute('data-test', testName);
        root.appendChild(item);
        return item;
    }

    /** Ends in a state with one message: state names data-state, kind the message's AUI kind. */
    function state(item, name, kind, words) {
        item.setAttribute('data-state', name);
        return message(item, kind, words);
    }

    /**
     * Runs one REST load with Jira's loading bar and aria-busy, then resizes: show(answer) on success, failed(error)
     * on failure (error.status is the HTTP status, if any).
     */
    function load(api, item, request, show, failed) {
        call(api, 'showLoadingBar');
        item.setAttribute('aria-busy', 'true');
        return request.then(show, failed).then(function () {
            item.removeAttribute('aria-busy');
            call(api, 'hideLoadingBar');
            call(api, 'resize');
        });
    }

    /** The not-configured state: the generic title and one line that says to edit the item. */
    function notConfigured(api, item, title, words) {
        call(api, 'setTitle', title);
        state(item, 'not-configured', 'info', words);
        call(api, 'resize');
        return Promise.resolve();
    }

    /**
     * The edit form of Jira's edit mode, put in place of the item's content. prefix names the form
     * (data-test=PREFIX-edit, field errors PREFIX-edit-NAME-error); texts gives save and cancel. Returns
     * {form, field(name, label, value, tag) -> {input, error}, done(submit)}: done adds the buttons, wires Cancel to
     * closeEdit and calls submit() on Save (the form is never sent by the browser).
     */
    function editForm(api, $element, prefix, words) {
        var root = nodeOf($element);
        root.textContent = '';
        var form = element('form', 'aui lodestar-' + prefix + '-edit');
        form.setAttribute('data-test', prefix + '-edit');
        form.noValidate = true;
        root.appendChild(form);
        return {
            form: form,
            field: function (name, label, value, tag) {
                var group = element('div', 'field-group');
                var id = 'lodestar-' + prefix + '-' + name + '-' + Math.random().toString(36).slice(2);
                var labelNode = element('label', '', label);
                labelNode.htmlFor = id;
                var input = element(tag || 'input', tag === 'select' ? 'select' : 'text');
                input.id = id;
                input.name = name;
                if (value !== undefined && tag !== 'select') {
                    input.value = value;
                }
                var error = element('div', 'error');
                error.setAttribute('data-test', prefix + '-edit-' + name + '-error');
                group.appendChild(labelNode);
                group.appendChild(input);
                group.appendChild(error);
                form.appendChild(group);
                return {input: input, error: error};
            },
            done: function (submit) {
                var buttons = element('div', 'buttons-container');
                var save = element('button', 'aui-button aui-button-primary', words.save);
                save.type = 'submit';
                var cancel = element('button', 'aui-button aui-button-link', words.cancel);
                cancel.type = 'button';
                buttons.appendChild(save);
                buttons.appendChild(cancel);
                form.appendChild(buttons);
                cancel.addEventListener('click', function () {
                    call(api, 'closeEdit');
                });
                form.addEventListener('submit', function (event) {
                    event.preventDefault();
                    submit();
                });
                call(api, 'resize');
            }
        };
    }

    /**
     * Fills a select with the teams the user may browse (GET /teams), after an empty first option named by
     * firstOption; current stays selected, and stays listed even when it is not among them (a project since hidden
     * from the user), so that opening the edit form never changes the choice by itself. Resolves when filled; on
     * failure, field.error says failedText.
     */
    function teamOptions(field, rest, current, firstOption, failedText) {
        var select = field.input;
        function add(value, words) {
            var entry = element('option', '', words);
            entry.value = value;
            entry.selected = value === (current || '');
            select.appendChild(entry);
        }
        add('', firstOption);
        return rest.client.get(rest.urls.teams()).then(function (teams) {
            var known = false;
            teams.forEach(function (team) {
                known = known || team.key === current;
                add(team.key, team.name + ' (' + team.key + ')');
            });
            if (current && !known) {
                add(current, current);
            }
        }, function () {
            if (current) {
                add(current, current);
            }
            field.error.textContent = failedText;
        });
    }

    /** The REST client and URLs every item uses, on Jira's context path. */
    function rest() {
        return {
            client: ns.restClient(function (url, init) { return fetch(url, init); }),
            urls: ns.restUrls(baseUrl())
        };
    }

    ns.dashboardItem = {
        texts: texts,
        call: call,
        element: element,
        nodeOf: nodeOf,
        message: message,
        frame: frame,
        state: state,
        load: load,
        notConfigured: notConfigured,
        editForm: editForm,
        teamOptions: teamOptions,
        rest: rest
    };
}(globalThis.Lodestar = globalThis.Lodestar || {}));
