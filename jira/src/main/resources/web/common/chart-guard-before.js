/*
 * Loaded just before Chart.js (web-resource lodestar-chartjs). Jira's AMD loader throws on the anonymous
 * define() that Chart.js's UMD header makes, so define is hidden until chart-guard-after.js puts it back.
 */
(function (ns) {
    'use strict';
    ns.hiddenDefine = typeof window.define === 'undefined' ? null : {value: window.define};
    window.define = undefined;
}(window.Lodestar = window.Lodestar || {}));
