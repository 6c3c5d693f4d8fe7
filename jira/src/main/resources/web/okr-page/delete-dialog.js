/*
 * "Delete" of an objective or a key result: an AUI warning dialog that names what goes with it, counted, before
 * DELETE /objectives/{id}?version= or DELETE /key-results/{id}?version=. An objective takes its key results with
 * it, and a key result its links and check-ins (the API deletes them in the same transaction). Check-ins are not
 * in the tree, so they are counted from each key result's history when the dialog opens; Delete waits for that.
 */
(function (ns) {
    'use strict';

    function deleteDialog(page) {
        var element = document.getElementById('lodestar-delete-dialog');
        var form = document.getElementById('lodestar-delete-form');
        var submitButton = document.getElementById('lodestar-delete-submit');
        var heading = document.getElementById('lodestar-delete-dialog-title');
        var subject = element.querySelector('[data-delete-subject]');
        var counts = element.querySelector('[data-delete-counts]');
        var dialog = ns.dialog(element);
        var target = null;
        var opens = 0;

        function count(name, value) {
            var item = document.createElement('li');
            item.setAttribute('data-count', name);
            item.textContent = ns.texts.get('delete.count.' + name, value);
            counts.appendChild(item);
        }

        function showCounts(keyResults, checkIns) {
            counts.textContent = '';
            var links = keyResults.reduce(function (sum, kr) { return sum + (kr.links || []).length; }, 0);
            if (target.kind === 'objective') {
                count('key-results', keyResults.length);
            }
            count('links', links);
            count('check-ins', checkIns);
        }

        function open(kind, thing, keyResults, trigger) {
            var thisOpen = ++opens;
            target = {kind: kind, thing: thing};
            ns.formErrors.clear(form);
            heading.textContent = heading.getAttribute(kind === 'objective' ? 'data-title-objective' : 'data-title-key-result');
            subject.textContent = ns.texts.get(kind === 'objective' ? 'context.objective' : 'context.key-result', thing.title);
            counts.textContent = '';
            var counting = document.createElement('li');
            counting.textContent = ns.texts.get('delete.counting');
            counts.appendChild(counting);
            counts.setAttribute('aria-busy', 'true');
            submitButton.disabled = true;
            dialog.show(trigger);
            submitButton.focus();
            Promise.all(keyResults.map(function (kr) {
                return page.client.get(page.urls.checkIns(kr.id));
            })).then(function (histories) {
                if (thisOpen !== opens) {
                    return;
                }
                var checkIns = histories.reduce(function (sum, history) { return sum + (history || []).length; }, 0);
                showCounts(keyResults, checkIns);
                counts.setAttribute('aria-busy', 'false');
                submitButton.disabled = false;
            }, function () {
                if (thisOpen !== opens) {
                    return;
                }
                // Without the counts the person cannot know what goes: say so and do not offer Delete.
                counts.textContent = '';
                counts.setAttribute('aria-busy', 'false');
                ns.formErrors.show(form, {byField: {}, general: [ns.texts.get('error.generic')]});
            });
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (!target || submitButton.disabled) {
                return;
            }
            var deleting = target;
            var url = deleting.kind === 'objective'
                ? page.urls.objectiveDelete(deleting.thing.id, deleting.thing.version)
                : page.urls.keyResultDelete(deleting.thing.id, deleting.thing.version);
            ns.formSubmit.submit(form, submitButton, function () {
                return page.client.del(url);
            }, {
                saved: function () {
                    dialog.hide();
                    page.deleted(deleting.thing.title);
                },
                conflict: function () { dialog.hide(); page.conflict(); },
                gone: function () { dialog.hide(); page.gone(); }
            });
        });

        return {
            openObjective: function (objective, trigger) {
                open('objective', objective, objective.keyResults || [], trigger);
            },
            openKeyResult: function (keyResult, trigger) {
                open('key-result', keyResult, [keyResult], trigger);
            }
        };
    }

    ns.deleteDialog = deleteDialog;
}(window.Lodestar = window.Lodestar || {}));
