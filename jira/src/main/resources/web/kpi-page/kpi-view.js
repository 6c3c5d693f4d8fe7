/*
 * A KPI's own view: its sheet, its history chart (value per period with the target and alert threshold lines, or
 * the band's minimum and maximum) with the same numbers in a table, and for per-sprint KPIs Jira's velocity chart
 * (commitment and completed bars of the last closed sprints, the average line) with its table; choosing a sprint
 * opens its sprint report. Everything comes from /kpi-page; text is set with textContent only.
 */
(function (ns) {
    'use strict';

    var GREY = '#a5adba';
    var GREEN = '#36b37e';
    var BLUE = '#0052cc';
    var RED = '#de350b';
    var YELLOW = '#ffab00';

    function fillRows(table, rows, decorate) {
        var body = table.tBodies[0];
        body.textContent = '';
        rows.forEach(function (values, index) {
            var tr = document.createElement('tr');
            values.forEach(function (value) {
                var td = document.createElement('td');
                td.textContent = value;
                tr.appendChild(td);
            });
            if (decorate) {
                decorate(tr, index);
            }
            body.appendChild(tr);
        });
    }

    function emptyRow(table, message, columns) {
        var body = table.tBodies[0];
        body.textContent = '';
        var tr = document.createElement('tr');
        tr.setAttribute('data-csv-skip', '');
        var td = document.createElement('td');
        td.colSpan = columns;
        td.className = 'lodestar-empty';
        td.textContent = message;
        tr.appendChild(td);
        body.appendChild(tr);
    }

    function sheet(element, kpi, text) {
        var fmt = ns.kpiFormat;
        var none = text('sheet.none');
        var values = {
            formula: text('formula.' + kpi.type),
            source: fmt.source(kpi, text) || none,
            frequency: text('frequency.' + kpi.frequency),
            owner: kpi.ownerName || kpi.owner || none,
            target: kpi.visible ? fmt.target(kpi, text) || none : none,
            threshold: kpi.visible && kpi.kind === 'GROWING' ? fmt.value(kpi.alertThreshold, kpi.unit, text) : none,
            direction: kpi.visible ? fmt.direction(kpi, text) || none : none,
            action: kpi.actionIfAlert || none
        };
        Array.prototype.forEach.call(element.querySelectorAll('[data-sheet]'), function (dd) {
            dd.textContent = values[dd.getAttribute('data-sheet')];
        });
    }

    function historyChart(canvas, kpi, text) {
        var labels = kpi.history.map(function (entry) { return entry.period; });
        var scale = kpi.unit === 'RATIO' ? 100 : 1;
        var datasets = [{type: 'line', label: text('history.series'), borderColor: BLUE, backgroundColor: BLUE,
            data: kpi.history.map(function (entry) { return entry.value === null ? null : entry.value * scale; }),
            spanGaps: false, tension: 0}];
        if (kpi.kind === 'GROWING') {
            datasets.push(ns.charts.level(text('history.target'), kpi.target * scale, labels.length, GREEN));
            datasets.push(ns.charts.level(text('history.threshold'), kpi.alertThreshold * scale, labels.length, RED));
        } else if (kpi.kind === 'BAND') {
            datasets.push(ns.charts.level(text('history.min'), kpi.min * scale, labels.length, YELLOW));
            datasets.push(ns.charts.level(text('history.max'), kpi.max * scale, labels.length, YELLOW));
        }
        ns.charts.draw(canvas, {type: 'line', data: {labels: labels, datasets: datasets},
            options: {animation: false, responsive: true, maintainAspectRatio: false}});
    }

    function velocityChart(canvas, velocity, text, onSprint) {
        var sprints = velocity.sprints;
        var datasets = [
            {type: 'bar', label: text('velocity.commitment'), backgroundColor: GREY,
                data: sprints.map(function (s) { return s.commitment; })},
            {type: 'bar', label: text('velocity.completed'), backgroundColor: GREEN,
                data: sprints.map(function (s) { return s.completed; })}
        ];
        if (velocity.averageCompleted !== null) {
            datasets.push(ns.charts.level(text('velocity.average', velocity.sprintCount,
                ns.kpiFormat.number(velocity.averageCompleted)), velocity.averageCompleted, sprints.length, BLUE));
        }
        ns.charts.draw(canvas, {type: 'bar', data: {labels: sprints.map(function (s) { return s.sprint; }), datasets: datasets},
            options: {animation: false, responsive: true, maintainAspectRatio: false,
                onClick: function (event, elements) {
                    if (elements && elements.length) {
                        onSprint(sprints[elements[0].index]);
                    }
                }}});
    }

    var FLOW_TIMES = {RESOLUTION_TIME: true, LEAD_TIME: true, CYCLE_TIME: true};
    var PURPLE = '#6554c0';

    function day(millis) {
        return new Date(millis).toISOString().substring(0, 10);
    }

    function controlChart(canvas, chart, text) {
        var points = chart.points.map(function (point) {
            return {x: Date.parse(point.end), y: point.days, key: point.key};
        });
        var first = points.length ? points[0].x : 0;
        var last = points.length ? points[points.length - 1].x : 0;
        function line(label, value, color) {
            return {type: 'line', label: label, data: [{x: first, y: value}, {x: last, y: value}], borderColor: color,
                borderDash: [6, 4], borderWidth: 1.5, pointRadius: 0, fill: false};
        }
        var rolling = ns.kpiFormat.rollingAverage(points.map(function (p) { return p.y; }));
        var datasets = [{type: 'scatter', label: text('control.issues'), data: points, backgroundColor: BLUE, pointRadius: 3}];
        if (chart.median !== null) {
            datasets.push(line(text('control.median'), chart.median, GREEN));
            datasets.push(line(text('control.p85'), chart.percentile85, YELLOW));
            datasets.push(line(text('control.p95'), chart.percentile95, RED));
            datasets.push({type: 'line', label: text('control.rolling', ns.kpiFormat.rollingWindow(points.length)),
                data: points.map(function (p, i) { return {x: p.x, y: rolling[i]}; }), borderColor: PURPLE,
                borderWidth: 1.5, pointRadius: 0, fill: false, tension: 0});
        }
        ns.charts.draw(canvas, {type: 'scatter', data: {datasets: datasets},
            options: {animation: false, responsive: true, maintainAspectRatio: false,
                scales: {x: {type: 'linear', ticks: {callback: function (value) { return day(value); }}}},
                plugins: {tooltip: {callbacks: {label: function (item) {
                    return (item.raw.key ? item.raw.key + ': ' : '') + ns.kpiFormat.number(item.raw.y);
                }}}}}});
    }

    /** Which breakdown a KPI type has: the view's name in /kpi-page/kpis/{id}/<view>, or undefined. */
    var BREAKDOWNS = {THROUGHPUT: 'throughput', VELOCITY_PER_WEEK: 'throughput', WORK_IN_PROGRESS: 'wip',
        BUGS_PER_RELEASE: 'releases', VELOCITY_PER_RELEASE: 'releases', TIME_IN_STATUS: 'time-in-status'};
    var STATUS_COLORS = ['#a5adba', '#0052cc', '#6554c0', '#00a3bf', '#ffab00', '#36b37e', '#ff5630', '#172b4d'];

    /** The natural chart of each breakdown: weekly bars, a WIP line, bars per version, a stacked bar per issue. */
    function breakdownChart(canvas, kind, data, table, text) {
        var options = {animation: false, responsive: true, maintainAspectRatio: false, plugins: {tooltip: {callbacks: {
            afterBody: function (items) {
                // The issues behind the bar or point under the pointer.
                var keys = items.length ? table.keys[items[0].dataIndex] : [];
                return keys && keys.length ? keys.join(', ') : '';
            }}}}};
        var labels = table.rows.map(function (row) { return row[0]; });
        if (kind === 'time-in-status') {
            options.indexAxis = 'y';
            options.scales = {x: {stacked: true}, y: {stacked: true}};
            var datasets = data.statuses.map(function (status, index) {
                return {type: 'bar', label: status.measured ? text('breakdown.status.measured', status.name) : status.name,
                    backgroundColor: STATUS_COLORS[index % STATUS_COLORS.length],
                    data: data.issues.map(function (issue) {
                        var found = issue.statuses.filter(function (time) { return time.statusId === status.statusId; })[0];
                        return found ? found.days : 0;
                    })};
            });
            return ns.charts.draw(canvas, {type: 'bar', data: {labels: labels, datasets: datasets}, options: options});
        }
        var series = table.rows.map(function (row, index) {
            return kind === 'wip' ? data.days[index].count : kind === 'throughput'
                ? (data.unit === 'STORY_POINTS' ? data.weeks[index].points : data.weeks[index].issues)
                : (data.type === 'BUGS_PER_RELEASE' ? data.versions[index].bugs : data.versions[index].donePoints);
        });
        var dataset = kind === 'wip'
            ? {type: 'line', label: table.header[1], data: series, borderColor: BLUE, backgroundColor: BLUE, tension: 0}
            : {type: 'bar', label: table.header[kind === 'releases' ? 2 : 1], data: series, backgroundColor: BLUE};
        return ns.charts.draw(canvas, {type: kind === 'wip' ? 'line' : 'bar', data: {labels: labels, datasets: [dataset]},
            options: options});
    }

    function breakdownStats(kind, data, text) {
        if (kind === 'throughput') {
            var done = data.weeks.reduce(function (sum, week) { return sum + week.issues; }, 0);
            return text('breakdown.stats.throughput', done, data.weeks.length);
        }
        if (kind === 'wip') {
            return text('breakdown.stats.wip', data.days.length);
        }
        if (kind === 'releases') {
            return text('breakdown.stats.releases', data.versions.length);
        }
        return text('breakdown.stats.time-in-status', data.issues.length);
    }

    /**
     * @param elements {root, name, hidden, body, sheet, historySection, historyChart, historyTable, velocitySection, velocityChart,
     *                  velocityTable, velocityAverage, velocitySprints, controlSection, controlChart, controlStats, controlTable,
     *                  deliverySection, deliveryStats, deliveryTable, breakdownSection, breakdownHeading, breakdownStats,
 *                  breakdownChart, breakdownTable, report,
     *                  reportHeading, reportTable}
     */
    function kpiView(elements, client, urls, text, onError) {
        var current = {kpi: null, velocity: null, sprint: null, breakdown: null};

        function showReport(sprint) {
            current.sprint = sprint;
            elements.report.hidden = false;
            elements.reportHeading.textContent = text('report.heading', sprint.sprint);
            emptyRow(elements.reportTable, text('loading'), 5);
            elements.report.setAttribute('data-sprint-id', String(sprint.sprintId));
            elements.report.setAttribute('aria-busy', 'true');
            return client.get(urls.kpiSprintReport(current.kpi.id, sprint.sprintId)).then(function (report) {
                var rows = ns.kpiFormat.reportRows(report, text);
                if (rows.length) {
                    fillRows(elements.reportTable, rows, function (tr, index) {
                        var issue = report.issues[index];
                        tr.setAttribute('data-test', 'report-issue');
                        tr.setAttribute('data-issue-key', issue.key);
                        tr.setAttribute('data-outcome', issue.outcome);
                    });
                } else {
                    emptyRow(elements.reportTable, text('report.empty'), 5);
                }
                elements.report.setAttribute('aria-busy', 'false');
            }, function (error) {
                elements.report.setAttribute('aria-busy', 'false');
                onError(error);
            });
        }

        function showVelocity(kpi) {
            elements.velocitySection.hidden = false;
            elements.velocitySection.setAttribute('aria-busy', 'true');
            emptyRow(elements.velocityTable, text('loading'), 7);
            // The sprint count control: Jira's 7 by default; the API keeps the last N closed sprints.
            var sprints = elements.velocitySprints ? elements.velocitySprints.value : '';
            return client.get(urls.kpiVelocity(kpi.id, sprints)).then(function (velocity) {
                current.velocity = velocity;
                elements.velocityAverage.textContent = velocity.averageCompleted === null ? text('velocity.average.none')
                    : text('velocity.average', velocity.sprintCount, ns.kpiFormat.number(velocity.averageCompleted));
                if (velocity.sprints.length) {
                    fillRows(elements.velocityTable, ns.kpiFormat.velocityRows(velocity, text), function (tr, index) {
                        var sprint = velocity.sprints[index];
                        tr.setAttribute('data-test', 'velocity-row');
                        tr.setAttribute('data-sprint-id', String(sprint.sprintId));
                        var name = tr.cells[0];
                        name.textContent = '';
                        var open = document.createElement('button');
                        open.type = 'button';
                        open.className = 'aui-button aui-button-link';
                        open.setAttribute('data-test', 'velocity-open-report');
                        open.setAttribute('aria-label', text('velocity.open-report', sprint.sprint));
                        open.textContent = sprint.sprint;
                        open.addEventListener('click', function () { showReport(sprint); });
                        name.appendChild(open);
                    });
                } else {
                    emptyRow(elements.velocityTable,
                        text(velocity.jiraSoftware === false ? 'velocity.needs-jira-software' : 'velocity.empty'), 7);
                }
                velocityChart(elements.velocityChart, velocity, text, showReport);
                elements.velocitySection.setAttribute('aria-busy', 'false');
            }, function (error) {
                elements.velocitySection.setAttribute('aria-busy', 'false');
                onError(error);
            });
        }

        function showControlChart(kpi) {
            elements.controlSection.hidden = false;
            elements.controlSection.setAttribute('aria-busy', 'true');
            emptyRow(elements.controlTable, text('loading'), 3);
            return client.get(urls.kpiControlChart(kpi.id)).then(function (chart) {
                var fmt = ns.kpiFormat;
                elements.controlStats.textContent = chart.median === null ? text('control.empty')
                    : text('control.stats', chart.count, fmt.number(chart.median), fmt.number(chart.percentile85),
                        fmt.number(chart.percentile95));
                if (chart.points.length) {
                    fillRows(elements.controlTable, fmt.controlRows(chart), function (tr, index) {
                        tr.setAttribute('data-test', 'control-issue');
                        tr.setAttribute('data-issue-key', chart.points[index].key);
                    });
                } else {
                    emptyRow(elements.controlTable, text('control.empty'), 3);
                }
                controlChart(elements.controlChart, chart, text);
                elements.controlSection.setAttribute('aria-busy', 'false');
            }, function (error) {
                elements.controlSection.setAttribute('aria-busy', 'false');
                onError(error);
            });
        }

        function showDeliveries(kpi) {
            elements.deliverySection.hidden = false;
            elements.deliverySection.setAttribute('aria-busy', 'true');
            emptyRow(elements.deliveryTable, text('loading'), 5);
            return client.get(urls.kpiDeliveries(kpi.id)).then(function (deliveries) {
                elements.deliveryStats.textContent = text('delivery.stats', deliveries.onTime, deliveries.late,
                    deliveries.withoutDeadline, deliveries.unresolved);
                if (deliveries.issues.length) {
                    fillRows(elements.deliveryTable, ns.kpiFormat.deliveryRows(deliveries, text), function (tr, index) {
                        tr.setAttribute('data-test', 'delivery-issue');
                        tr.setAttribute('data-issue-key', deliveries.issues[index].key);
                        tr.setAttribute('data-on-time', String(deliveries.issues[index].onTime));
                    });
                } else {
                    emptyRow(elements.deliveryTable, text('delivery.empty'), 5);
                }
                elements.deliverySection.setAttribute('aria-busy', 'false');
            }, function (error) {
                elements.deliverySection.setAttribute('aria-busy', 'false');
                onError(error);
            });
        }

        function showBreakdown(kpi, kind) {
            var section = elements.breakdownSection;
            section.hidden = false;
            section.setAttribute('aria-busy', 'true');
            section.setAttribute('data-breakdown', kind);
            elements.breakdownHeading.textContent = text('breakdown.heading.' + kind);
            elements.breakdownStats.textContent = '';
            emptyRow(elements.breakdownTable, text('loading'), 3);
            return client.get(urls.kpiBreakdown(kpi.id, kind)).then(function (data) {
                var table = ns.kpiFormat.breakdownTable(kind, data, text);
                current.breakdown = kind;
                var head = elements.breakdownTable.tHead.rows[0];
                head.textContent = '';
                table.header.forEach(function (name) {
                    var th = document.createElement('th');
                    th.scope = 'col';
                    th.textContent = name;
                    head.appendChild(th);
                });
                elements.breakdownStats.textContent = breakdownStats(kind, data, text);
                if (table.rows.length) {
                    fillRows(elements.breakdownTable, table.rows, function (tr, index) {
                        tr.setAttribute('data-test', 'breakdown-row');
                        tr.setAttribute('data-issue-keys', table.keys[index].join(' '));
                    });
                } else {
                    emptyRow(elements.breakdownTable, text('breakdown.empty'), table.header.length);
                }
                elements.breakdownChart.parentNode.hidden = !table.rows.length;
                breakdownChart(elements.breakdownChart, kind, data, table, text);
                section.setAttribute('aria-busy', 'false');
            }, function (error) {
                section.setAttribute('aria-busy', 'false');
                onError(error);
            });
        }

        function show(kpiId) {
            elements.root.hidden = false;
            elements.root.setAttribute('aria-busy', 'true');
            elements.report.hidden = true;
            elements.velocitySection.hidden = true;
            elements.controlSection.hidden = true;
            elements.deliverySection.hidden = true;
            elements.breakdownSection.hidden = true;
            current = {kpi: null, velocity: null, sprint: null, breakdown: null};
            return client.get(urls.kpiView(kpiId)).then(function (kpi) {
                current.kpi = kpi;
                elements.root.setAttribute('data-kpi-id', String(kpi.id));
                elements.root.setAttribute('data-visible', String(kpi.visible));
                elements.name.textContent = kpi.name;
                elements.hidden.hidden = kpi.visible;
                sheet(elements.sheet, kpi, text);
                if (kpi.history.length) {
                    fillRows(elements.historyTable, ns.kpiFormat.historyRows(kpi, text), function (tr) {
                        tr.setAttribute('data-test', 'history-row');
                    });
                } else {
                    emptyRow(elements.historyTable, text('history.empty'), 3);
                }
                // Hidden values: no history to show, and "nothing measured yet" would not be true.
                elements.historySection.hidden = !kpi.visible;
                elements.historyChart.parentNode.hidden = !kpi.history.length;
                historyChart(elements.historyChart, kpi, text);
                var pending = !kpi.visible ? Promise.resolve()
                    : kpi.frequency === 'PER_SPRINT' ? showVelocity(kpi)
                        : FLOW_TIMES[kpi.type] ? showControlChart(kpi)
                            : kpi.type === 'ON_TIME_DELIVERY' ? showDeliveries(kpi)
                                : BREAKDOWNS[kpi.type] ? showBreakdown(kpi, BREAKDOWNS[kpi.type]) : Promise.resolve();
                return Promise.all([pending, loadWatch(kpi)]).then(function () {
                    elements.root.setAttribute('aria-busy', 'false');
                });
            }, function (error) {
                elements.root.setAttribute('aria-busy', 'false');
                elements.root.hidden = true;
                onError(error);
            });
        }

        /**
         * The Watch button (issue 14): shown when the KPI's values are visible (a watcher who may not see them would
         * get no alert mail), pressed while I watch; the count of watchers beside it.
         */
        function showWatch(state) {
            elements.watch.hidden = false;
            elements.watch.setAttribute('aria-pressed', state.watching ? 'true' : 'false');
            elements.watch.textContent = text(state.watching ? 'watch.off' : 'watch.on');
            elements.watchers.textContent = text('watch.count', state.count);
        }

        function loadWatch(kpi) {
            if (!elements.watch) {
                return Promise.resolve();
            }
            elements.watch.hidden = true;
            elements.watchers.textContent = '';
            if (!kpi.visible) {
                return Promise.resolve();
            }
            return client.get(urls.kpiWatchers(kpi.id)).then(showWatch, onError);
        }

        if (elements.watch) {
            elements.watch.addEventListener('click', function () {
                if (!current.kpi) {
                    return;
                }
                var watching = elements.watch.getAttribute('aria-pressed') === 'true';
                elements.watch.disabled = true;
                var url = urls.kpiWatchMe(current.kpi.id);
                (watching ? client.del(url) : client.put(url, {})).then(showWatch, onError).then(function () {
                    elements.watch.disabled = false;
                });
            });
        }

        if (elements.velocitySprints) {
            elements.velocitySprints.addEventListener('change', function () {
                if (current.kpi && current.kpi.frequency === 'PER_SPRINT') {
                    elements.report.hidden = true;
                    showVelocity(current.kpi);
                }
            });
        }

        return {
            show: show,
            hide: function () { elements.root.hidden = true; },
            current: function () { return current; }
        };
    }

    /** Shared with the dashboard's velocity item (web/dashboard/velocity-item.js). */
    kpiView.velocityChart = velocityChart;
    ns.kpiView = kpiView;
}(globalThis.Lodestar = globalThis.Lodestar || {}));
