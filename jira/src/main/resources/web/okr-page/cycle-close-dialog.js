/*
 * "Close cycle" (Jira administrators): lists every objective of the cycle (all teams, whatever the page's team
 * filter) with the grade it gets and each key result's final score, lets the user carry each unfinished key result
 * over into an objective of a later open cycle, and sends POST /cycles/{id}/close {version, carryOver}. The API
 * grades and carries over in one transaction: if one carry-over is refused, nothing is closed and the dialog says so.
 * The scores shown are the ones the server freezes: the cycle's tree as it stands when the dialog opens.
 */
(function (ns) {
    'use strict';

    var cycles = ns.cycleFormat;

    function text(name) {
        return ns.texts.get.apply(null, arguments);
    }

    function cycleCloseDialog(page) {
        var element = document.getElementById('lodestar-cycle-close-dialog');
        var form = document.getElementById('lodestar-cycle-close-form');
        var submitButton = document.getElementById('lodestar-cycle-close-submit');
        var context = element.querySelector('[data-dialog-context]');
        var list = element.querySelector('[data-close-objectives]');
        var laterNone = element.querySelector('[data-later-none]');
        var dialog = ns.dialog(element);
        var closing = null;
        var opens = 0;

        /** A select of "do not carry over" and every objective of the later open cycles, by cycle. */
        function carrySelect(keyResult, targets) {
            var wrapper = document.createElement('div');
            wrapper.className = 'lodestar-carry-over';
            var id = 'lodestar-carry-' + keyResult.id;
            var label = document.createElement('label');
            label.setAttribute('for', id);
            label.textContent = text('cycle.close.carry');
            var select = document.createElement('select');
            select.className = 'select';
            select.id = id;
            select.setAttribute('data-test', 'close-carry');
            select.setAttribute('data-key-result-id', String(keyResult.id));
            var none = document.createElement('option');
            none.value = '';
            none.textContent = text('cycle.close.carry.none');
            select.appendChild(none);
            targets.forEach(function (target) {
                var group = document.createElement('optgroup');
                group.label = target.cycle.name;
                cycles.flatten(target.objectives).forEach(function (entry) {
                    var option = document.createElement('option');
                    option.value = String(entry.objective.id);
                    option.textContent = text('cycle.close.carry.option', target.cycle.name, entry.objective.title);
                    group.appendChild(option);
                });
                if (group.children.length) {
                    select.appendChild(group);
                }
            });
            wrapper.appendChild(label);
            wrapper.appendChild(select);
            return wrapper;
        }

        function render(tree, targets) {
            list.textContent = '';
            var objectives = cycles.flatten(tree.objectives);
            var anyTarget = targets.some(function (target) { return cycles.flatten(target.objectives).length > 0; });
            laterNone.hidden = anyTarget;
            if (!objectives.length) {
                var empty = document.createElement('p');
                empty.className = 'lodestar-empty';
                empty.textContent = text('cycle.close.empty');
                list.appendChild(empty);
            }
            objectives.forEach(function (entry) {
                var objective = entry.objective;
                var block = document.createElement('section');
                block.className = 'lodestar-close-objective';
                block.setAttribute('data-test', 'close-objective');
                block.setAttribute('data-objective-id', String(objective.id));
                var heading = document.createElement('h3');
                heading.textContent = (objective.keyResults || []).length
                    ? text('cycle.close.objective', objective.title, objective.scoreText || '-')
                    : objective.title;
                block.appendChild(heading);
                if (!(objective.keyResults || []).length) {
                    var none = document.createElement('p');
                    none.className = 'lodestar-meta';
                    none.textContent = text('cycle.close.no-key-results');
                    block.appendChild(none);
                }
                var items = document.createElement('ul');
                items.className = 'lodestar-close-key-results';
                (objective.keyResults || []).forEach(function (kr) {
                    var item = document.createElement('li');
                    item.setAttribute('data-test', 'close-key-result');
                    item.setAttribute('data-key-result-id', String(kr.id));
                    var line = document.createElement('span');
                    line.setAttribute('data-test', 'close-key-result-score');
                    line.textContent = text('cycle.close.kr', kr.title, kr.scoreText || '-')
                        + (cycles.unfinished(kr) ? '' : ' (' + text('cycle.close.complete') + ')');
                    item.appendChild(line);
                    if (cycles.unfinished(kr) && anyTarget) {
                        item.appendChild(carrySelect(kr, targets));
                    }
                    items.appendChild(item);
                });
                block.appendChild(items);
                list.appendChild(block);
            });
        }

        function carryOvers() {
            var chosen = [];
            Array.prototype.forEach.call(list.querySelectorAll('select[data-key-result-id]'), function (select) {
                if (select.value) {
                    chosen.push({keyResultId: Number(select.getAttribute('data-key-result-id')), objectiveId: Number(select.value)});
                }
            });
            return chosen;
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            if (!closing || list.getAttribute('aria-busy') === 'true') {
                return;
            }
            var target = closing;
            var body = {version: target.version, carryOver: carryOvers()};
            ns.formSubmit.submit(form, submitButton, function () {
                return page.client.post(page.urls.closeCycle(target.id), body);
            }, {
                saved: function () {
                    dialog.hide();
                    page.openCycle(target.id);
                },
                conflict: function () { dialog.hide(); page.conflict(); },
                gone: function () { dialog.hide(); page.gone(); },
                invalid: function () {
                    ns.formErrors.show(form, {byField: {}, general: [text('error.cycle.carry-over')]});
                }
            });
        });

        return {
            /** @param cycle the selected cycle as the tree gives it ({id, name, ...}) */
            open: function (cycle, trigger) {
                var thisOpen = ++opens;
                closing = null;
                ns.formErrors.clear(form);
                context.textContent = text('cycle.close.context', cycle.name);
                list.textContent = '';
                laterNone.hidden = true;
                list.setAttribute('aria-busy', 'true');
                submitButton.disabled = true;
                dialog.show(trigger);
                Promise.all([page.client.get(page.urls.cycles()), page.client.get(page.urls.okrTree(cycle.id, ''))])
                    .then(function (answers) {
                        var current = answers[0].filter(function (c) { return c.id === cycle.id; })[0] || answers[1].cycle;
                        var later = cycles.laterOpenCycles(answers[0], current);
                        return Promise.all(later.map(function (other) {
                            return page.client.get(page.urls.okrTree(other.id, '')).then(function (tree) {
                                return {cycle: other, objectives: tree.objectives || []};
                            });
                        })).then(function (targets) {
                            if (thisOpen !== opens) {
                                return;
                            }
                            closing = current;
                            render(answers[1], targets);
                            list.setAttribute('aria-busy', 'false');
                            submitButton.disabled = false;
                        });
                    })
                    .catch(function () {
                        if (thisOpen !== opens) {
                            return;
                        }
                        list.setAttribute('aria-busy', 'false');
                        ns.formErrors.show(form, {byField: {}, general: [text('error.generic')]});
                    });
            }
        };
    }

    ns.cycleCloseDialog = cycleCloseDialog;
}(window.Lodestar = window.Lodestar || {}));
