/*
 * The KPI sheet editor: "Create KPI" and "Edit KPI" in one AUI dialog (POST /kpis, PUT /kpis/{id} with the version
 * the KPI was loaded with), showing the chosen type's parameters and the goal's fields; and "Delete", which the API
 * refuses (400 on kpi.keyResults, naming them) for a KPI that backs key results until the user confirms turning
 * them into manual number key results. Errors show next to their field, as on the OKR page.
 */
(function (ns) {
    'use strict';

    function kpiEditor(page) {
        var element = document.getElementById('lodestar-kpi-dialog');
        var form = document.getElementById('lodestar-kpi-form');
        var submitButton = document.getElementById('lodestar-kpi-submit');
        var heading = document.getElementById('lodestar-kpi-dialog-title');
        var typeSelect = document.getElementById('lodestar-kpi-field-type');
        var kindSelect = document.getElementById('lodestar-kpi-field-kind');
        var dialog = ns.dialog(element);
        var deleteDialog = ns.dialog(document.getElementById('lodestar-kpi-delete-dialog'));
        var deleteForm = document.getElementById('lodestar-kpi-delete-form');
        var deleteBacked = document.getElementById('lodestar-kpi-delete-backed');
        var deleteSubmit = document.getElementById('lodestar-kpi-delete-submit');
        var deleteConvert = document.getElementById('lodestar-kpi-delete-convert');
        // The shared pickers of the OKR page's dialogs: the user key and the project key are what the form sends.
        var ownerPicker = ns.picker(document.getElementById('lodestar-kpi-field-owner'), form.elements.owner,
            ns.pickerSources.users(page.client, page.urls));
        var teamPicker = ns.picker(document.getElementById('lodestar-kpi-field-team'), form.elements.team,
            ns.pickerSources.teams(page.client, page.urls));
        var catalog = {};
        var editing = null;
        var deleting = null;

        page.client.get(page.urls.kpiCatalog()).then(function (entries) {
            entries.forEach(function (entry) { catalog[entry.type] = entry; });
            showFields();
        }, page.showError);

        function showFields() {
            var entry = catalog[typeSelect.value];
            var names = entry ? entry.parameters : [];
            Array.prototype.forEach.call(form.querySelectorAll('[data-parameter]'), function (group) {
                group.hidden = names.indexOf(group.getAttribute('data-parameter')) < 0;
            });
            ns.formSubmit.showForKind(form, kindSelect.value);
        }
        typeSelect.addEventListener('change', showFields);
        kindSelect.addEventListener('change', showFields);

        function open(kpi, trigger) {
            editing = kpi;
            ns.formErrors.clear(form);
            heading.textContent = heading.getAttribute(kpi ? 'data-title-edit' : 'data-title-create');
            ns.formSubmit.fill(form, kpi ? ns.kpiSheet.values(kpi)
                : {team: page.team, owner: page.currentUser, sourceKind: 'PROJECT', value: page.team, kind: 'GROWING'});
            ownerPicker.set(kpi ? kpi.owner : page.currentUser, kpi ? kpi.ownerName || kpi.owner : page.currentUserName);
            teamPicker.set(kpi ? kpi.team : page.team, kpi ? kpi.team : page.team);
            showFields();
            dialog.show(trigger);
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var built = ns.kpiSheet.body(ns.formSubmit.values(form), catalog[typeSelect.value], editing ? editing.version : null);
            if (built.errors.length) {
                ns.formSubmit.showInputErrors(form, built.errors);
                return;
            }
            var target = editing;
            ns.formSubmit.submit(form, submitButton, function () {
                return target ? page.client.put(page.urls.kpi(target.id), built.body)
                    : page.client.post(page.urls.kpis(), built.body);
            }, {
                saved: function (saved) { dialog.hide(); page.saved(saved); },
                forbiddenText: 'error.forbidden.save',
                conflict: function () { dialog.hide(); page.conflict(); },
                gone: function () { dialog.hide(); page.gone(); }
            });
        });

        function remove(convert) {
            var target = deleting;
            ns.formSubmit.submit(deleteForm, convert ? deleteConvert : deleteSubmit, function () {
                return page.client.del(page.urls.kpiDelete(target.id, target.version, convert)).catch(function (error) {
                    var backed = (error.errors || []).filter(function (e) { return e.field === 'kpi.keyResults'; });
                    if (error.status === 400 && backed.length) {
                        deleteBacked.textContent = backed[0].message;
                        deleteBacked.hidden = false;
                        deleteConvert.hidden = false;
                        deleteSubmit.hidden = true;
                        return 'backed';
                    }
                    throw error;
                });
            }, {
                saved: function (result) {
                    if (result !== 'backed') {
                        deleteDialog.hide();
                        page.deleted(target);
                    }
                },
                conflict: function () { deleteDialog.hide(); page.conflict(); },
                gone: function () { deleteDialog.hide(); page.gone(); }
            });
        }
        deleteSubmit.addEventListener('click', function () { remove(false); });
        deleteConvert.addEventListener('click', function () { remove(true); });

        return {
            openCreate: function (trigger) { open(null, trigger); },
            openEdit: function (kpi, trigger) { open(kpi, trigger); },
            openDelete: function (kpi, trigger) {
                deleting = kpi;
                ns.formErrors.clear(deleteForm);
                deleteBacked.hidden = true;
                deleteBacked.textContent = '';
                deleteConvert.hidden = true;
                deleteSubmit.hidden = false;
                deleteDialog.show(trigger);
            }
        };
    }

    ns.kpiEditor = kpiEditor;
}(globalThis.Lodestar = globalThis.Lodestar || {}));
