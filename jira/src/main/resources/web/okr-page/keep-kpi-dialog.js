/*
 * "Keep it as a KPI" from a key result that reached its target: the KPI's type, its data source (the objective's
 * team's project by default) and frequency, and its alert threshold (where the key result started, by default);
 * POST /kpi-page/key-results/{id}/keep-as-kpi creates a KPI owned by the user whose goal holds the key result's
 * target. On success the page says so with a link to the new KPI on the KPI page.
 */
(function (ns) {
    'use strict';

    var fmt = ns.okrFormat;

    function keepKpiDialog(page) {
        var element = document.getElementById('lodestar-keep-dialog');
        var form = document.getElementById('lodestar-keep-form');
        var submitButton = document.getElementById('lodestar-keep-submit');
        var context = element.querySelector('[data-dialog-context]');
        var dialog = ns.dialog(element);
        var keyResult = null;

        function worded(entries) {
            return entries.map(function (entry) { return ns.texts.get.apply(null, [entry.name].concat(entry.args)); });
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var built = fmt.keepAsKpiBody(ns.formSubmit.values(form));
            if (built.errors.length) {
                ns.formSubmit.showInputErrors(form, built.errors);
                return;
            }
            var target = keyResult;
            ns.formSubmit.submit(form, submitButton, function () {
                return page.client.post(page.urls.keepAsKpi(target.id), built.body);
            }, {
                saved: function (kpi) {
                    dialog.hide();
                    page.keptAsKpi(kpi, '[data-key-result-id="' + target.id + '"] [data-action="keep-as-kpi"]');
                },
                conflict: function () { dialog.hide(); page.conflict(); },
                gone: function () { dialog.hide(); page.gone(); },
                invalid: function (error) {
                    var grouped = fmt.keepAsKpiErrors(error.errors);
                    var byField = {};
                    Object.keys(grouped.byField).forEach(function (field) {
                        byField[field] = worded(grouped.byField[field]);
                    });
                    ns.formErrors.show(form, {byField: byField, general: worded(grouped.general)});
                }
            });
        });

        return {
            open: function (forKeyResult, objective, trigger) {
                keyResult = forKeyResult;
                ns.formErrors.clear(form);
                form.reset();
                context.textContent = ns.texts.get('keep.context', keyResult.title,
                    fmt.formatValue(keyResult.target, keyResult.format, keyResult.unit));
                ns.formSubmit.fill(form, {type: 'THROUGHPUT',
                    sourceKind: 'PROJECT', value: objective && objective.team ? objective.team : '',
                    frequency: 'WEEKLY', alertThreshold: typeof keyResult.start === 'number' ? keyResult.start : ''});
                dialog.show(trigger);
            }
        };
    }

    ns.keepKpiDialog = keepKpiDialog;
}(window.Lodestar = window.Lodestar || {}));
