/*
 * Draws Chart.js charts (the lodestar-chartjs web-resource, as Lodestar.Chart) into a canvas, replacing the
 * chart drawn there before. Without Chart.js (a page that did not load it) nothing is drawn: every chart of the app
 * has a table beside it with the same numbers, so nothing is lost.
 */
(function (ns) {
    'use strict';

    var drawn = typeof WeakMap === 'function' ? new WeakMap() : null;

    /** Draws config into canvas; returns the chart, or null when Chart.js is missing. */
    function draw(canvas, config) {
        if (!canvas || typeof ns.Chart !== 'function') {
            return null;
        }
        var previous = drawn && drawn.get(canvas);
        if (previous) {
            previous.destroy();
        }
        var chart = new ns.Chart(canvas, config);
        if (drawn) {
            drawn.set(canvas, chart);
        }
        return chart;
    }

    /** A horizontal line across every label, for targets and thresholds: a dashed line dataset. */
    function level(label, value, count, color) {
        var data = [];
        for (var i = 0; i < count; i++) {
            data.push(value);
        }
        return {type: 'line', label: label, data: data, borderColor: color, borderDash: [6, 4], borderWidth: 1.5,
            pointRadius: 0, fill: false};
    }

    ns.charts = {draw: draw, level: level};
}(globalThis.Lodestar = globalThis.Lodestar || {}));
