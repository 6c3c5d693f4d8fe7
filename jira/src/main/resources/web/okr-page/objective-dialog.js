/*
 * "Create objective" and "Edit objective": one AUI dialog, POST /objectives or PUT /objectives/{id} with the
 * version the objective was loaded with.
 */
(function (ns) {
    'use strict';

    var fmt = ns.okrFormat;

    function objectiveDialog(page) {
        var element = document.getElementById('lodestar-objective-dialog');
        var form = document.getElementById('lodestar-objective-form');
        var submitButton = document.getElementById('lodestar-objective-submit');
        var heading = document.getElementById('lodestar-objective-dialog-title');
        var parentSelect = document.getElementById('lodestar-objective-parent');
        var dialog = ns.dialog(element);
        var editing = null;
        var ownerPicker = ns.picker(document.getElementById('lodestar-objective-owner'), form.elements.owner,
            ns.pickerSources.users(page.client, page.urls));
        var teamPicker = ns.picker(document.getElementById('lodestar-objective-team'), form.elements.team,
            ns.pickerSources.teams(page.client, page.urls, fmt.matchTeams));

        function fillParents(excludeId) {
            while (parentSelect.options.length > 1) {
                parentSelect.remove(1);
            }
            var tree = page.tree();
            fmt.flattenObjectives(tree ? tree.objectives : [], excludeId).forEach(function (entry) {
                var option = document.createElement('option');
                option.value = String(entry.id);
                // Indent by depth with non-breaking spaces so the alignment shows in a plain <select>.
                option.textContent = new Array(entry.depth * 2 + 1).join('\u00a0') + entry.title;
                parentSelect.appendChild(option);
            });
        }

        function open(objective, trigger) {
            editing = objective;
            ns.formErrors.clear(form);
            heading.textContent = heading.getAttribute(objective ? 'data-title-edit' : 'data-title-create');
            fillParents(objective ? objective.id : null);
            form.querySelector('[data-edit-only]').hidden = !objective;
            if (objective) {
                ns.formSubmit.fill(form, objective);
                ownerPicker.set(objective.owner, objective.ownerName || objective.owner);
                teamPicker.set(objective.team, objective.team);
            } else {
                var team = page.team();
                ns.formSubmit.fill(form, {owner: page.currentUser, team: team, level: team ? 'TEAM' : 'COMPANY'});
                ownerPicker.set(page.currentUser, page.currentUser);
                teamPicker.set(team, team);
            }
            dialog.show(trigger);
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var built = fmt.objectiveBody(ns.formSubmit.values(form), Number(page.cycleId()),
                editing ? editing.version : null);
            if (built.errors.length) {
                ns.formSubmit.showInputErrors(form, built.errors);
                return;
            }
            var target = editing;
            ns.formSubmit.submit(form, submitButton, function () {
                return target
                    ? page.client.put(page.urls.objective(target.id), built.body)
                    : page.client.post(page.urls.objectives(), built.body);
            }, {
                saved: function (saved) {
                    dialog.hide();
                    page.saved(saved && saved.id ? '[data-objective-id="' + saved.id + '"] [data-test="objective-title"]' : null);
                },
                conflict: function () { dialog.hide(); page.conflict(); },
                gone: function () { dialog.hide(); page.gone(); }
            });
        });

        return {
            openCreate: function (trigger) { open(null, trigger); },
            openEdit: function (objective, trigger) { open(objective, trigger); }
        };
    }

    ns.objectiveDialog = objectiveDialog;
}(window.Lodestar = window.Lodestar || {}));
