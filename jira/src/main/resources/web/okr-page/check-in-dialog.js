/*
 * "Check in": POST /key-results/{id}/check-ins with value (or done for a milestone), confidence and note, and the
 * key result's check-in history (GET .../check-ins, newest first) as a list and a Chart.js line of the value over
 * time. The dialog stays open after a check-in so the new entry shows at the top of the history.
 */
(function (ns) {
    'use strict';

    var fmt = ns.okrFormat;

    function checkInDialog(page) {
        var element = document.getElementById('lodestar-checkin-dialog');
        var form = document.getElementById('lodestar-checkin-form');
        var submitButton = document.getElementById('lodestar-checkin-submit');
        var context = element.querySelector('[data-dialog-context]');
        var saved = element.querySelector('[data-saved]');
        var history = document.getElementById('lodestar-checkin-history');
        var canvas = document.getElementById('lodestar-checkin-chart');
        var dialog = ns.dialog(element);
        var keyResult = null;
        var chart = null;
        var changed = false;

        function valueText(checkIn) {
            if (keyResult.kind === 'MILESTONE') {
                // The API records a milestone check-in as value 1 (done) or 0 (not done).
                return ns.texts.get(checkIn.value === 1 ? 'history.done' : 'history.not-done');
            }
            return typeof checkIn.value === 'number' ? fmt.formatValue(checkIn.value, keyResult.format, keyResult.unit) : '-';
        }

        function renderHistory(checkIns) {
            history.textContent = '';
            if (!checkIns.length) {
                var none = document.createElement('li');
                none.className = 'lodestar-empty';
                none.setAttribute('data-test', 'checkin-history-none');
                none.textContent = ns.texts.get('history.none');
                history.appendChild(none);
            }
            checkIns.forEach(function (checkIn) {
                var item = document.createElement('li');
                item.setAttribute('data-test', 'checkin-entry');
                item.setAttribute('data-check-in-id', String(checkIn.id));
                var line = document.createElement('span');
                line.textContent = ns.texts.get('history.entry', fmt.day(checkIn.at), valueText(checkIn),
                    checkIn.confidence ? ns.texts.get('status.' + checkIn.confidence) : '-',
                    checkIn.automatic ? ns.texts.get('history.lodestar') : checkIn.authorName || checkIn.author || '-');
                item.appendChild(line);
                if (checkIn.note) {
                    var note = document.createElement('p');
                    note.className = 'lodestar-note';
                    note.textContent = checkIn.note;
                    item.appendChild(note);
                }
                history.appendChild(item);
            });
            renderChart(checkIns);
        }

        function renderChart(checkIns) {
            if (chart) {
                chart.destroy();
                chart = null;
            }
            var series = fmt.chartSeries(checkIns);
            var wrapper = canvas.parentNode;
            if (typeof ns.Chart !== 'function' || keyResult.kind === 'MILESTONE' || series.values.length < 2) {
                wrapper.hidden = true;
                return;
            }
            wrapper.hidden = false;
            chart = new ns.Chart(canvas, {
                type: 'line',
                data: {
                    labels: series.labels,
                    datasets: [{label: ns.texts.get('chart.series'), data: series.values, borderColor: '#0052cc',
                        backgroundColor: '#0052cc', tension: 0}]
                },
                options: {
                    animation: false,
                    responsive: true,
                    maintainAspectRatio: false,
                    plugins: {legend: {display: false}}
                }
            });
        }

        function loadHistory() {
            history.setAttribute('aria-busy', 'true');
            return page.client.get(page.urls.checkIns(keyResult.id)).then(function (checkIns) {
                history.removeAttribute('aria-busy');
                renderHistory(checkIns || []);
            }, function () {
                history.removeAttribute('aria-busy');
                history.textContent = '';
                var failed = document.createElement('li');
                failed.className = 'lodestar-empty';
                failed.textContent = ns.texts.get('error.generic');
                history.appendChild(failed);
            });
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            saved.textContent = '';
            var built = fmt.checkInBody(ns.formSubmit.values(form), keyResult.kind);
            if (built.errors.length) {
                ns.formSubmit.showInputErrors(form, built.errors);
                return;
            }
            var target = keyResult;
            ns.formSubmit.submit(form, submitButton, function () {
                return page.client.post(page.urls.checkIns(target.id), built.body);
            }, {
                saved: function () {
                    changed = true;
                    form.elements.note.value = '';
                    saved.textContent = ns.texts.get('saved');
                    loadHistory();
                },
                conflict: function () { dialog.hide(); page.conflict(); },
                gone: function () { dialog.hide(); page.gone(); }
            });
        });

        dialog.onHide(function () {
            if (chart) {
                chart.destroy();
                chart = null;
            }
            if (changed) {
                changed = false;
                page.saved('[data-key-result-id="' + keyResult.id + '"] [data-action="check-in"]');
            }
        });

        return {
            open: function (forKeyResult, trigger) {
                keyResult = forKeyResult;
                changed = false;
                ns.formErrors.clear(form);
                saved.textContent = '';
                context.textContent = ns.texts.get('context.key-result', keyResult.title);
                // A new check-in starts with no value and no confidence: a preset one (the last value, or the
                // status as confidence) was saved untouched and claimed a judgement nobody made.
                ns.formSubmit.fill(form, {
                    value: null,
                    done: keyResult.kind === 'MILESTONE' && keyResult.score === 1,
                    confidence: '',
                    note: ''
                });
                ns.formSubmit.showForKind(form, keyResult.kind);
                history.textContent = '';
                dialog.show(trigger);
                loadHistory();
            }
        };
    }

    ns.checkInDialog = checkInDialog;
}(window.Lodestar = window.Lodestar || {}));
