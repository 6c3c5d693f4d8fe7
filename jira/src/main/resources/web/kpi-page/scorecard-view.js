/*
 * Draws the scorecard (GET /kpi-page/scorecard) into the table's body: one row per KPI with its current value,
 * goal, rating, trend, a sparkline of the last periods (with the values as text for screen readers and the CSV),
 * alert, owner, frequency, when it was last measured and the key results it backs. A KPI whose values the viewer may not see shows its name,
 * owner and frequency and says why the rest is hidden. Text is always set with textContent.
 */
(function (ns) {
    'use strict';

    var SVG = 'http://www.w3.org/2000/svg';
    var SPARK_WIDTH = 80;
    var SPARK_HEIGHT = 20;

    function cell(row, text, testName) {
        var td = document.createElement('td');
        if (text !== undefined && text !== null) {
            td.textContent = text;
        }
        if (testName) {
            td.setAttribute('data-test', testName);
        }
        row.appendChild(td);
        return td;
    }

    function lozenge(rating, text) {
        var span = document.createElement('span');
        span.className = 'aui-lozenge ' + ns.kpiFormat.ratingLozenge(rating);
        span.textContent = text('rating.' + (rating || 'NONE'));
        return span;
    }

    function sparkline(kpi, text) {
        var wrapper = document.createElement('span');
        var points = ns.kpiFormat.sparkline(kpi.history, SPARK_WIDTH, SPARK_HEIGHT);
        if (points) {
            var svg = document.createElementNS(SVG, 'svg');
            svg.setAttribute('width', String(SPARK_WIDTH));
            svg.setAttribute('height', String(SPARK_HEIGHT));
            svg.setAttribute('aria-hidden', 'true');
            svg.setAttribute('class', 'lodestar-sparkline');
            var line = document.createElementNS(SVG, 'polyline');
            line.setAttribute('points', points);
            line.setAttribute('fill', 'none');
            line.setAttribute('stroke', '#0052cc');
            line.setAttribute('stroke-width', '1.5');
            svg.appendChild(line);
            wrapper.appendChild(svg);
        }
        var values = document.createElement('span');
        values.className = 'assistive';
        values.textContent = (kpi.history || []).map(function (entry) {
            return ns.kpiFormat.value(entry.value, kpi.unit, text) || '-';
        }).join(', ');
        wrapper.appendChild(values);
        return wrapper;
    }

    function button(label, action, testName) {
        var b = document.createElement('button');
        b.type = 'button';
        b.className = 'aui-button aui-button-link';
        b.textContent = label;
        b.setAttribute('data-action', action);
        b.setAttribute('data-test', testName);
        return b;
    }

    function row(kpi, text) {
        var fmt = ns.kpiFormat;
        var tr = document.createElement('tr');
        tr.setAttribute('data-test', 'scorecard-row');
        tr.setAttribute('data-kpi-id', String(kpi.id));
        tr.setAttribute('data-kpi-name', String(kpi.name));
        tr.setAttribute('data-visible', String(kpi.visible));
        tr.setAttribute('data-rating', kpi.rating || 'NONE');
        var name = cell(tr, null, 'kpi-name');
        var open = button(kpi.name, 'open-kpi', 'kpi-open');
        name.appendChild(open);
        cell(tr, kpi.team || '', 'kpi-team');
        if (!kpi.visible) {
            var hidden = cell(tr, text('scorecard.hidden'), 'kpi-hidden');
            hidden.colSpan = 7;
            hidden.className = 'lodestar-kpi-hidden';
        } else {
            cell(tr, kpi.current && kpi.current.value !== null ? fmt.value(kpi.current.value, kpi.unit, text)
                : kpi.current && kpi.current.reason || text('scorecard.not-measured'), 'kpi-value');
            cell(tr, fmt.target(kpi, text), 'kpi-target');
            cell(tr, fmt.direction(kpi, text), 'kpi-direction');
            cell(tr, null, 'kpi-rating').appendChild(lozenge(kpi.rating, text));
            cell(tr, fmt.trend(kpi.trend, text), 'kpi-trend');
            cell(tr, null, 'kpi-sparkline').appendChild(sparkline(kpi, text));
            cell(tr, kpi.alert ? text('scorecard.alert') : text('scorecard.no-alert'), 'kpi-alert');
        }
        cell(tr, kpi.ownerName || kpi.owner || '', 'kpi-owner');
        cell(tr, text('frequency.' + kpi.frequency), 'kpi-frequency');
        cell(tr, kpi.lastMeasured ? kpi.lastMeasured.substring(0, 10) : '', 'kpi-measured');
        var backed = cell(tr, null, 'kpi-key-results');
        if (kpi.keyResults && kpi.keyResults.length) {
            var list = document.createElement('ul');
            list.className = 'lodestar-backed';
            kpi.keyResults.forEach(function (keyResult) {
                var item = document.createElement('li');
                item.textContent = keyResult.title;
                item.setAttribute('data-key-result-id', String(keyResult.id));
                list.appendChild(item);
            });
            backed.appendChild(list);
        }
        var actions = cell(tr, null, 'kpi-actions');
        if (kpi.visible && kpi.canEdit) {
            actions.appendChild(button(text('scorecard.measure'), 'measure-kpi', 'kpi-measure'));
        }
        return tr;
    }

    /** Replaces the body's rows with the scorecard's KPIs. */
    function render(body, scorecard, text) {
        body.textContent = '';
        if (!scorecard.kpis.length) {
            var empty = document.createElement('tr');
            empty.setAttribute('data-csv-skip', '');
            var td = cell(empty, text('scorecard.empty'), 'scorecard-empty');
            td.colSpan = 14;
            td.className = 'lodestar-empty';
            body.appendChild(empty);
            return;
        }
        scorecard.kpis.forEach(function (kpi) {
            body.appendChild(row(kpi, text));
        });
    }

    // lozenge and sparkline are shared with the KPI scorecard dashboard item (web/dashboard/scorecard-item.js)
    ns.scorecardView = {render: render, lozenge: lozenge, sparkline: sparkline};
}(globalThis.Lodestar = globalThis.Lodestar || {}));
