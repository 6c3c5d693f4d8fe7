/*
 * "New cycle" and "Edit cycle" (Jira administrators): POST /cycles or PUT /cycles/{id} with name, kind, start and
 * end. For a quarter, half or year the end and the name follow from the first day (lodestar cycle-format.js) until
 * the user types their own. After a save the page opens on that cycle, so the cycle picker lists it.
 */
(function (ns) {
    'use strict';

    var cycles = ns.cycleFormat;

    function cycleDialog(page) {
        var element = document.getElementById('lodestar-cycle-dialog');
        var form = document.getElementById('lodestar-cycle-form');
        var submitButton = document.getElementById('lodestar-cycle-submit');
        var heading = document.getElementById('lodestar-cycle-dialog-title');
        var dialog = ns.dialog(element);
        var editing = null;
        // Fields the user typed into keep their value; the others follow the kind and the first day.
        var typed = {name: false, end: false};

        function suggest() {
            var kind = form.elements.kind.value;
            var start = form.elements.start.value;
            var end = cycles.suggestedEnd(kind, start);
            if (end && !typed.end) {
                form.elements.end.value = end;
            }
            var name = cycles.suggestedName(kind, start);
            if (name && !typed.name) {
                form.elements.name.value = typeof name === 'string' ? name : ns.texts.get.apply(null, [name.name].concat(name.args));
            }
        }

        form.elements.kind.addEventListener('change', suggest);
        form.elements.start.addEventListener('change', suggest);
        form.elements.start.addEventListener('input', suggest);
        form.elements.name.addEventListener('input', function () { typed.name = true; });
        form.elements.end.addEventListener('input', function () { typed.end = true; });

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var built = cycles.cycleBody(ns.formSubmit.values(form), editing ? editing.version : null);
            if (built.errors.length) {
                ns.formSubmit.showInputErrors(form, built.errors);
                return;
            }
            var target = editing;
            ns.formSubmit.submit(form, submitButton, function () {
                return target ? page.client.put(page.urls.cycle(target.id), built.body)
                    : page.client.post(page.urls.cycles(), built.body);
            }, {
                saved: function (cycle) {
                    dialog.hide();
                    page.openCycle(cycle.id);
                },
                conflict: function () { dialog.hide(); page.conflict(); },
                gone: function () { dialog.hide(); page.gone(); }
            });
        });

        function open(cycle, trigger) {
            editing = cycle;
            typed = {name: !!cycle, end: !!cycle};
            ns.formErrors.clear(form);
            heading.textContent = heading.getAttribute(cycle ? 'data-title-edit' : 'data-title-create');
            ns.formSubmit.fill(form, cycle ? {name: cycle.name, kind: cycle.kind, start: cycle.start, end: cycle.end}
                : {kind: 'QUARTER'});
            dialog.show(trigger);
        }

        return {
            openCreate: function (trigger) { open(null, trigger); },
            openEdit: function (cycle, trigger) { open(cycle, trigger); }
        };
    }

    ns.cycleDialog = cycleDialog;
}(window.Lodestar = window.Lodestar || {}));
