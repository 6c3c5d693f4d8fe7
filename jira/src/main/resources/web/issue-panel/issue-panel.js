/*
 * The key-results panel on the view-issue page (templates/issue-panel/issue-panel.vm). The server renders it; these
 * scripts only act: "Link to a key result" opens a picker that searches GET /key-results?query=&team= and links
 * with POST /key-results/{id}/links, "Unlink" sends DELETE /key-results/{id}/links/{issueId}; after either, the
 * panel's body is reloaded from /plugins/servlet/lodestar/issue-panel, so what it shows is always the server's.
 *
 * Stable hooks for browser tests:
 *   panel ........... #lodestar-issue-panel[data-issue-key][data-issue-id]; body [data-test=issue-panel-body]
 *   empty ........... [data-test=issue-panel-empty]
 *   entry ........... li[data-test=issue-panel-entry][data-key-result-id] with [data-test=issue-panel-objective] (link
 *                     to the OKR page at the objective), -kr, -cycle, -score, -band, -status, -how, -via,
 *                     -contribution (-amount, -total, -done | -not-done), -rollup (-rollup-done, -rollup-total),
 *                     -hidden (-hidden-count), -unlink
 *   link button ..... [data-test=issue-panel-link]; errors [data-test=issue-panel-message]
 *   picker .......... #lodestar-issue-picker: [data-test=issue-picker-query], -team, -search; results
 *                     #lodestar-issue-picker-results > li[data-test=issue-picker-result][data-key-result-id] with
 *                     button [data-test=issue-picker-choose]
 */
(function (ns) {
    'use strict';

    function start() {
        var root = document.getElementById('lodestar-issue-panel');
        if (!root || root.getAttribute('data-lodestar-started')) {
            return;
        }
        root.setAttribute('data-lodestar-started', 'true');
        var urls = ns.restUrls(root.getAttribute('data-base-url'));
        var client = ns.restClient(function (url, init) { return window.fetch(url, init); });
        var issueKey = root.getAttribute('data-issue-key');
        var issueId = root.getAttribute('data-issue-id');
        var pickerElement = document.getElementById('lodestar-issue-picker');
        var picker = pickerElement ? ns.dialog(pickerElement) : null;
        var form = document.getElementById('lodestar-issue-picker-form');
        var results = document.getElementById('lodestar-issue-picker-results');

        function body() {
            return root.querySelector('[data-test=issue-panel-body]');
        }

        function errorText(error) {
            var status = error && error.status;
            return ns.texts.get(status === 401 ? 'error.unauthorized' : status === 403 ? 'error.forbidden'
                : status === 0 ? 'error.network' : 'error.generic');
        }

        function showPanelError(error) {
            var box = body().querySelector('[data-test=issue-panel-message]');
            box.textContent = errorText(error);
            box.hidden = false;
        }

        /** Puts the server's new panel body in place of the old one; the picker dialog outside it stays. */
        function reload() {
            root.setAttribute('aria-busy', 'true');
            return window.fetch(urls.issuePanel(issueKey), {credentials: 'same-origin', headers: {'Accept': 'text/html'}})
                .then(function (response) {
                    if (!response.ok) {
                        throw new ns.RestError(response.status, []);
                    }
                    return response.text();
                })
                .then(function (html) {
                    var fresh = new DOMParser().parseFromString(html, 'text/html').querySelector('[data-test=issue-panel-body]');
                    if (fresh) {
                        body().replaceWith(document.importNode(fresh, true));
                    }
                    root.setAttribute('aria-busy', 'false');
                }, function (error) {
                    root.setAttribute('aria-busy', 'false');
                    showPanelError(error);
                });
        }

        /** A 400 next to its fields; anything else as one message at the top of the picker. */
        function showFormError(error) {
            if (error && error.status === 400 && error.errors.length) {
                ns.formErrors.showRestError(form, error);
            } else {
                ns.formErrors.show(form, {byField: {}, general: [errorText(error)]});
            }
        }

        function resultItem(found) {
            var item = document.createElement('li');
            item.setAttribute('data-test', 'issue-picker-result');
            item.setAttribute('data-key-result-id', String(found.id));
            var title = document.createElement('strong');
            title.textContent = found.title;
            var where = document.createElement('span');
            where.className = 'lodestar-issue-picker-where';
            where.textContent = ns.texts.get('picker.where', found.objective.title, found.objective.team || '', found.cycleName);
            var choose = document.createElement('button');
            choose.type = 'button';
            choose.className = 'aui-button aui-button-compact';
            choose.setAttribute('data-test', 'issue-picker-choose');
            choose.textContent = ns.texts.get('picker.choose');
            choose.addEventListener('click', function () {
                choose.disabled = true;
                client.post(urls.links(found.id), {issueKey: issueKey}).then(function () {
                    picker.hide();
                    return reload();
                }, function (error) {
                    choose.disabled = false;
                    showFormError(error);
                });
            });
            item.appendChild(title);
            item.appendChild(where);
            item.appendChild(choose);
            return item;
        }

        function search() {
            ns.formErrors.clear(form);
            results.setAttribute('aria-busy', 'true');
            var values = ns.formSubmit.values(form);
            return client.get(urls.linkableKeyResults(values.query.trim(), values.team.trim())).then(function (found) {
                results.textContent = '';
                if (!found.length) {
                    var none = document.createElement('li');
                    none.setAttribute('data-test', 'issue-picker-none');
                    none.textContent = ns.texts.get('picker.none');
                    results.appendChild(none);
                }
                found.forEach(function (one) { results.appendChild(resultItem(one)); });
                results.setAttribute('aria-busy', 'false');
            }, function (error) {
                results.setAttribute('aria-busy', 'false');
                showFormError(error);
            });
        }

        if (form) {
            form.addEventListener('submit', function (event) {
                event.preventDefault();
                search();
            });
        }

        // Delegated, so the buttons of a reloaded body work without binding again.
        root.addEventListener('click', function (event) {
            var button = event.target.closest('[data-action]');
            if (!button || !root.contains(button)) {
                return;
            }
            if (button.getAttribute('data-action') === 'open-picker' && picker) {
                form.reset();
                ns.formErrors.clear(form);
                results.textContent = '';
                picker.show(button);
                search();
            } else if (button.getAttribute('data-action') === 'unlink') {
                button.disabled = true;
                client.del(urls.link(button.getAttribute('data-key-result-id'), issueId)).then(reload, function (error) {
                    button.disabled = false;
                    showPanelError(error);
                });
            }
        });
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
}(window.Lodestar = window.Lodestar || {}));
