/*
 * Loaded just after Chart.js: restores AMD define() and keeps the library under the Lodestar namespace.
 */
(function (ns) {
    'use strict';
    if (ns.hiddenDefine) {
        window.define = ns.hiddenDefine.value;
    }
    delete ns.hiddenDefine;
    ns.Chart = window.Chart;
}(window.Lodestar = window.Lodestar || {}));
