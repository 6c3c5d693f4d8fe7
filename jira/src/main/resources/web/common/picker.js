/*
 * A picker in the manner of Jira's user picker: a text input that suggests matches from the server as the user
 * types (a listbox under it, arrow keys, Enter or a click to pick, Escape to close). Picking stores the choice's
 * value (a user key, a project key) in the hidden input the form sends and shows its label in the text input.
 * Text typed but not picked is sent as typed, so the server's 400 ("no user ...", "no project ...") says why
 * a name that matches nobody is refused.
 *
 * Markup: <div class="lodestar-picker"><input type=text role=combobox aria-controls=LIST><input type=hidden name=...>
 * <ul id=LIST role=listbox hidden></ul></div>. Options are <li role=option data-value> with the label as text only.
 */
(function (ns) {
    'use strict';

    var DELAY_MS = 150;

    /**
     * @param input  the visible text input (no name: it is not sent)
     * @param hidden the hidden input with the form field's name
     * @param source function(query) returning a promise of [{value, label, detail}]
     */
    function picker(input, hidden, source) {
        var list = document.getElementById(input.getAttribute('aria-controls'));
        var options = [];
        var active = -1;
        var timer = null;
        var asked = 0;

        function close() {
            list.hidden = true;
            list.textContent = '';
            options = [];
            active = -1;
            input.setAttribute('aria-expanded', 'false');
            input.removeAttribute('aria-activedescendant');
        }

        function highlight(index) {
            active = index;
            Array.prototype.forEach.call(list.children, function (item, i) {
                item.setAttribute('aria-selected', i === index ? 'true' : 'false');
                item.classList.toggle('lodestar-picker-active', i === index);
            });
            if (index >= 0 && list.children[index]) {
                input.setAttribute('aria-activedescendant', list.children[index].id);
            } else {
                input.removeAttribute('aria-activedescendant');
            }
        }

        function pick(index) {
            var choice = options[index];
            if (!choice) {
                return;
            }
            hidden.value = choice.value;
            input.value = choice.label;
            close();
        }

        function show(found) {
            close();
            options = found || [];
            if (!options.length) {
                return;
            }
            options.forEach(function (choice, index) {
                var item = document.createElement('li');
                item.id = list.id + '-' + index;
                item.setAttribute('role', 'option');
                item.setAttribute('data-value', choice.value);
                item.setAttribute('data-test', 'picker-option');
                item.className = 'lodestar-picker-option';
                var label = document.createElement('span');
                label.textContent = choice.label;
                item.appendChild(label);
                if (choice.detail) {
                    var detail = document.createElement('span');
                    detail.className = 'lodestar-meta';
                    detail.textContent = choice.detail;
                    item.appendChild(detail);
                }
                // mousedown, not click: it comes before the input's blur, which closes the list.
                item.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    pick(index);
                });
                list.appendChild(item);
            });
            list.hidden = false;
            input.setAttribute('aria-expanded', 'true');
            highlight(0);
        }

        function suggest() {
            var query = input.value.trim();
            var ticket = ++asked;
            source(query).then(function (found) {
                // An older answer arriving after a newer question is dropped.
                if (ticket === asked && document.activeElement === input) {
                    show(found);
                }
            }, function () {
                if (ticket === asked) {
                    close();
                }
            });
        }

        input.setAttribute('autocomplete', 'off');
        input.addEventListener('input', function () {
            hidden.value = input.value.trim();
            clearTimeout(timer);
            timer = setTimeout(suggest, DELAY_MS);
        });
        input.addEventListener('focus', function () {
            clearTimeout(timer);
            timer = setTimeout(suggest, DELAY_MS);
        });
        input.addEventListener('blur', function () {
            clearTimeout(timer);
            asked++;
            close();
        });
        input.addEventListener('keydown', function (event) {
            if (list.hidden) {
                return;
            }
            if (event.key === 'ArrowDown') {
                event.preventDefault();
                highlight(Math.min(options.length - 1, active + 1));
            } else if (event.key === 'ArrowUp') {
                event.preventDefault();
                highlight(Math.max(0, active - 1));
            } else if (event.key === 'Enter') {
                // Picks instead of submitting the form while the list is open.
                event.preventDefault();
                pick(active);
            } else if (event.key === 'Escape') {
                event.preventDefault();
                event.stopPropagation();
                close();
            }
        });

        return {
            /** Shows a stored choice (after the form was filled): the value sent and the label read. */
            set: function (value, label) {
                hidden.value = value === undefined || value === null ? '' : String(value);
                input.value = label === undefined || label === null ? hidden.value : String(label);
                close();
            }
        };
    }

    /** Suggestions of Jira users (GET /users?query=): the key is sent, the full name shown; none for a blank query. */
    function userSource(client, urls) {
        return function (query) {
            if (!query) {
                return Promise.resolve([]);
            }
            return client.get(urls.users(query)).then(function (users) {
                return (users || []).map(function (user) {
                    return {value: user.key, label: user.displayName || user.key, detail: user.username};
                });
            });
        };
    }

    /** The teams of GET /teams whose key or name starts with the query (any case); every team for a blank query. */
    function matchTeams(teams, search) {
        var wanted = String(search || '').trim().toLowerCase();
        return (teams || []).filter(function (team) {
            return !wanted || String(team.key).toLowerCase().indexOf(wanted) === 0
                || String(team.name || '').toLowerCase().indexOf(wanted) === 0;
        });
    }

    /**
     * Suggestions of teams, the projects the user may browse (GET /teams, read once per page and kept): the key is
     * sent and shown, the project name beside it.
     */
    function teamSource(client, urls) {
        var teams = null;
        return function (query) {
            if (teams === null) {
                teams = client.get(urls.teams()).then(null, function (failure) {
                    teams = null;
                    throw failure;
                });
            }
            return teams.then(function (all) {
                return matchTeams(all, query).map(function (team) {
                    return {value: team.key, label: team.key, detail: team.name};
                });
            });
        };
    }

    ns.picker = picker;
    ns.pickerSources = {users: userSource, teams: teamSource, matchTeams: matchTeams};
    if (typeof module === 'object' && module.exports) {
        module.exports = ns.pickerSources;
    }
}(globalThis.Lodestar = globalThis.Lodestar || {}));
