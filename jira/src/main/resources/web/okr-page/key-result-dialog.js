/*
 * "Add key result" and "Edit key result": POST /objectives/{id}/key-results or PUT /key-results/{id}. The kind is
 * chosen once, when adding (the API's PUT has no kind); the fields shown follow the kind.
 */
(function (ns) {
    'use strict';

    var fmt = ns.okrFormat;

    function keyResultDialog(page) {
        var element = document.getElementById('lodestar-kr-dialog');
        var form = document.getElementById('lodestar-kr-form');
        var submitButton = document.getElementById('lodestar-kr-submit');
        var heading = document.getElementById('lodestar-kr-dialog-title');
        var kindSelect = document.getElementById('lodestar-kr-kind');
        var context = element.querySelector('[data-dialog-context]');
        var kpiSelect = document.getElementById('lodestar-kr-kpi');
        var kpiScale = element.querySelector('[data-kpi-scale]');
        var kpiScaleDefault = kpiScale.textContent;
        var dialog = ns.dialog(element);
        var objective = null;
        var editing = null;
        var kpis = [];
        var ownerPicker = ns.picker(document.getElementById('lodestar-kr-owner'), form.elements.owner,
            ns.pickerSources.users(page.client, page.urls));

        /** Says on which scale start and target are, for the chosen KPI (a ratio KPI's key result is in %). */
        function describeScale() {
            var chosen = kpis.filter(function (kpi) { return String(kpi.id) === kpiSelect.value; })[0];
            if (!chosen) {
                kpiScale.textContent = kpiScaleDefault;
                return;
            }
            var option = fmt.kpiOption(chosen);
            kpiScale.textContent = option.current === null
                ? ns.texts.get('kr.kpi.scale.no-value', option.unit || '-')
                : ns.texts.get('kr.kpi.scale', option.unit || '-', option.current);
        }

        /** Fills the KPI picker from GET /kpis: name, team and current value on the key result's scale. */
        function loadKpis(selected) {
            while (kpiSelect.options.length > 1) {
                kpiSelect.remove(1);
            }
            kpiSelect.setAttribute('aria-busy', 'true');
            return page.client.get(page.urls.kpis()).then(function (found) {
                kpiSelect.removeAttribute('aria-busy');
                kpis = found || [];
                kpis.forEach(function (kpi) {
                    var option = document.createElement('option');
                    var label = fmt.kpiOption(kpi);
                    option.value = String(kpi.id);
                    option.textContent = ns.texts.get.apply(null, [label.name].concat(label.args));
                    kpiSelect.appendChild(option);
                });
                kpiSelect.value = selected === null || selected === undefined ? '' : String(selected);
                describeScale();
            }, function () {
                kpiSelect.removeAttribute('aria-busy');
                kpis = [];
                describeScale();
            });
        }

        kindSelect.addEventListener('change', function () {
            ns.formSubmit.showForKind(form, kindSelect.value);
        });
        kpiSelect.addEventListener('change', describeScale);

        function open(forObjective, keyResult, trigger) {
            objective = forObjective;
            editing = keyResult;
            ns.formErrors.clear(form);
            heading.textContent = heading.getAttribute(keyResult ? 'data-title-edit' : 'data-title-create');
            context.textContent = ns.texts.get('context.objective', objective.title);
            if (keyResult) {
                // A key result from a JQL query gives its query, aggregate and field in its "query" part.
                ns.formSubmit.fill(form, keyResult.query ? Object.assign({}, keyResult, {jql: keyResult.query.jql,
                    aggregate: keyResult.query.aggregate, field: keyResult.query.field}) : keyResult);
                ownerPicker.set(keyResult.owner, keyResult.ownerName || keyResult.owner);
            } else {
                ns.formSubmit.fill(form, {owner: page.currentUser, weight: 1, kind: 'NUMERIC', format: 'NUMBER', start: 0});
                ownerPicker.set(page.currentUser, page.currentUser);
            }
            loadKpis(keyResult ? keyResult.kpiId : null);
            kindSelect.disabled = !!keyResult;
            ns.formSubmit.showForKind(form, kindSelect.value);
            dialog.show(trigger);
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var kind = editing ? editing.kind : kindSelect.value;
            var built = fmt.keyResultBody(ns.formSubmit.values(form), kind, editing ? editing.version : null);
            if (built.errors.length) {
                ns.formSubmit.showInputErrors(form, built.errors);
                return;
            }
            var target = editing;
            var owner = objective;
            ns.formSubmit.submit(form, submitButton, function () {
                return target
                    ? page.client.put(page.urls.keyResult(target.id), built.body)
                    : page.client.post(page.urls.keyResults(owner.id), built.body);
            }, {
                saved: function (saved) {
                    dialog.hide();
                    page.saved(saved && saved.id ? '[data-key-result-id="' + saved.id + '"] [data-test="kr-title"]' : null);
                },
                conflict: function () { dialog.hide(); page.conflict(); },
                gone: function () { dialog.hide(); page.gone(); }
            });
        });

        return {
            openCreate: function (forObjective, trigger) { open(forObjective, null, trigger); },
            openEdit: function (forObjective, keyResult, trigger) { open(forObjective, keyResult, trigger); }
        };
    }

    ns.keyResultDialog = keyResultDialog;
}(window.Lodestar = window.Lodestar || {}));
