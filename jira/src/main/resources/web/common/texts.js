/*
 * Texts for scripts. The page's template renders them from i18n keys into <div id="lodestar-texts"> as
 * <span data-text="name">, so scripts never carry user-visible English. format() fills {0}, {1}... and is pure.
 */
(function (ns) {
    'use strict';

    function format(pattern, args) {
        return String(pattern).replace(/\{(\d+)\}/g, function (whole, index) {
            var value = args && args[Number(index)];
            return value === undefined || value === null ? '' : String(value);
        });
    }

    var cache = null;

    function load() {
        cache = {};
        var holder = typeof document !== 'undefined' && document.getElementById('lodestar-texts');
        if (holder) {
            Array.prototype.forEach.call(holder.querySelectorAll('[data-text]'), function (element) {
                cache[element.getAttribute('data-text')] = element.textContent;
            });
        }
    }

    /** The text named name with {n} filled from the further arguments; the name itself if the page lacks it. */
    function get(name) {
        if (cache === null) {
            load();
        }
        var pattern = Object.prototype.hasOwnProperty.call(cache, name) ? cache[name] : name;
        return format(pattern, Array.prototype.slice.call(arguments, 1));
    }

    ns.texts = {get: get, format: format};
    if (typeof module === 'object' && module.exports) {
        module.exports = ns.texts;
    }
}(globalThis.Lodestar = globalThis.Lodestar || {}));
