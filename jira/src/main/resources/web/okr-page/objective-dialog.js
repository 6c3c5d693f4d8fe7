/*
 * "Create objective" and "Edit objective": one AUI dialog, POST /objectives or PUT /objectives/{id} with the
 * version the objective was loaded with.
 *
 * "Aligned to" lists every objective the objective may align to, whatever the page's team filter: those of the
 * unfiltered trees of its cycle and of the cycles enclosing it, loaded when the dialog opens. An edit sends the
 * stored parentId unless the person changed the choice, so a list that is still loading (or failed to load)
 * can never clear an alignment: the PUT is a full update, and an absent parentId clears it.
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
            ns.pickerSources.teams(page.client, page.urls));
        var parentTouched = false;
        var loads = 0;

        parentSelect.addEventListener('change', function () {
            parentTouched = true;
        });

        function clearParents() {
            while (parentSelect.options.length > 1) {
                parentSelect.remove(1);
            }
            Array.prototype.slice.call(parentSelect.querySelectorAll('optgroup')).forEach(function (group) {
                parentSelect.removeChild(group);
            });
        }

        function option(holder, id, label) {
            var entry = document.createElement('option');
            entry.value = String(id);
            entry.textContent = label;
            holder.appendChild(entry);
            return entry;
        }

        function hasChoice(id) {
            return Array.prototype.some.call(parentSelect.options, function (entry) { return entry.value === String(id); });
        }

        function showParents(choices, current) {
            clearParents();
            choices.forEach(function (group) {
                var holder = parentSelect;
                if (choices.length > 1) {
                    holder = document.createElement('optgroup');
                    holder.label = group.cycle.name;
                    parentSelect.appendChild(holder);
                }
                group.entries.forEach(function (entry) {
                    // Indent by depth with non-breaking spaces so the alignment shows in a plain <select>.
                    option(holder, entry.id, new Array(entry.depth * 2 + 1).join('\u00a0') + entry.title);
                });
            });
            if (current !== null && current !== undefined && !hasChoice(current)) {
                option(parentSelect, current, ns.texts.get('parent.other', current));
            }
            if (!parentTouched) {
                parentSelect.value = current === null || current === undefined ? '' : String(current);
            }
        }

        /** Loads the unfiltered trees of the cycle and the cycles enclosing it; shows the stored parent meanwhile. */
        function loadParents(objective) {
            var thisLoad = ++loads;
            var current = objective ? objective.parentId : null;
            clearParents();
            if (current !== null && current !== undefined) {
                var shown = fmt.findObjective(page.tree() ? page.tree().objectives : [], current);
                option(parentSelect, current, shown ? shown.title : ns.texts.get('loading'));
                parentSelect.value = String(current);
            }
            parentSelect.setAttribute('aria-busy', 'true');
            var cycles = fmt.enclosingCycles(page.cycles(), objective ? objective.cycleId : page.cycleId());
            return Promise.all(cycles.map(function (cycle) {
                return page.client.get(page.urls.okrTree(cycle.id, '')).then(function (tree) {
                    return {cycle: cycle, objectives: tree ? tree.objectives : []};
                }, function () {
                    return {cycle: cycle, objectives: []};
                });
            })).then(function (groups) {
                if (thisLoad !== loads) {
                    return;
                }
                parentSelect.removeAttribute('aria-busy');
                showParents(fmt.alignmentChoices(groups, objective ? objective.id : null), current);
            });
        }

        function open(objective, trigger) {
            editing = objective;
            parentTouched = false;
            ns.formErrors.clear(form);
            heading.textContent = heading.getAttribute(objective ? 'data-title-edit' : 'data-title-create');
            form.querySelector('[data-edit-only]').hidden = !objective;
            clearParents();
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
            loadParents(objective);
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
            if (editing && !parentTouched) {
                built.body.parentId = editing.parentId === undefined ? null : editing.parentId;
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
