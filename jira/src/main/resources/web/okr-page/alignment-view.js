/*
 * The alignment view (issue 11): the selected cycle's objectives of every team as a tree from company to team to
 * individual objectives (GET /cycles/{id}/okrs without a team, whose objectives come nested by alignment), each node
 * with its level, title, score and band, and whether its progress rolls up from the objectives below it. Shown on
 * demand; reloaded when shown again or when the page's tree changes while it is open. textContent only.
 *
 * Stable hooks for browser tests:
 *   toggle ............... #lodestar-alignment-toggle (aria-expanded)
 *   tree ................. #lodestar-alignment (aria-busy while loading) > ul > li[data-test=alignment-node]
 *                          [data-objective-id][data-level][data-band] with [data-test=alignment-title],
 *                          [data-test=alignment-score], [data-test=alignment-band]; children in a nested ul
 */
(function (ns) {
    'use strict';

    function alignmentView(page) {
        var toggle = document.getElementById('lodestar-alignment-toggle');
        var container = document.getElementById('lodestar-alignment');
        var text = ns.texts.get;
        var loads = 0;

        function node(objective) {
            var item = document.createElement('li');
            item.className = 'lodestar-alignment-node';
            item.setAttribute('data-test', 'alignment-node');
            item.setAttribute('data-objective-id', String(objective.id));
            item.setAttribute('data-level', objective.level || '');
            item.setAttribute('data-band', objective.band || '');
            var line = document.createElement('div');
            line.className = 'lodestar-alignment-line';
            var title = document.createElement('span');
            title.className = 'lodestar-alignment-title';
            title.setAttribute('data-test', 'alignment-title');
            title.textContent = text('alignment.node', text('level.' + objective.level), objective.title);
            var score = document.createElement('span');
            score.className = 'lodestar-score';
            score.setAttribute('data-test', 'alignment-score');
            score.textContent = objective.scoreText || text('alignment.unscored');
            var band = document.createElement('span');
            band.setAttribute('data-test', 'alignment-band');
            band.className = 'aui-lozenge ' + ns.okrFormat.bandLozenge(objective.band);
            band.textContent = objective.band ? text('band.' + objective.band) : '';
            band.hidden = !objective.band;
            line.appendChild(title);
            line.appendChild(document.createTextNode(' '));
            line.appendChild(score);
            line.appendChild(document.createTextNode(' '));
            line.appendChild(band);
            if (objective.rollUp) {
                var rolls = document.createElement('span');
                rolls.className = 'aui-lozenge aui-lozenge-subtle';
                rolls.setAttribute('data-test', 'alignment-rollup');
                rolls.textContent = text('alignment.rollup');
                line.appendChild(document.createTextNode(' '));
                line.appendChild(rolls);
            }
            item.appendChild(line);
            if (objective.children && objective.children.length) {
                item.appendChild(list(objective.children));
            }
            return item;
        }

        function list(objectives) {
            var ul = document.createElement('ul');
            ul.className = 'lodestar-alignment-level';
            objectives.forEach(function (objective) { ul.appendChild(node(objective)); });
            return ul;
        }

        function load() {
            var cycleId = page.cycleId();
            if (!cycleId) {
                return Promise.resolve();
            }
            var thisLoad = ++loads;
            container.setAttribute('aria-busy', 'true');
            return page.client.get(page.urls.okrTree(cycleId)).then(function (tree) {
                if (thisLoad !== loads) {
                    return;
                }
                container.textContent = '';
                var roots = tree && tree.objectives || [];
                if (!roots.length) {
                    var none = document.createElement('p');
                    none.className = 'lodestar-empty';
                    none.setAttribute('data-test', 'alignment-empty');
                    none.textContent = text('alignment.empty');
                    container.appendChild(none);
                } else {
                    container.appendChild(list(roots));
                }
                container.setAttribute('aria-busy', 'false');
            }, function () {
                if (thisLoad !== loads) {
                    return;
                }
                container.textContent = text('error.generic');
                container.setAttribute('aria-busy', 'false');
            });
        }

        function open() {
            return !container.hidden;
        }

        toggle.addEventListener('click', function () {
            var show = !open();
            container.hidden = !show;
            toggle.setAttribute('aria-expanded', show ? 'true' : 'false');
            toggle.textContent = text(show ? 'alignment.hide' : 'alignment.show');
            if (show) {
                load();
            }
        });

        return {
            /** The page's tree changed (a save, another cycle): reload when open. */
            refresh: function () {
                if (open()) {
                    load();
                }
            }
        };
    }

    ns.alignmentView = alignmentView;
}(window.Lodestar = window.Lodestar || {}));
