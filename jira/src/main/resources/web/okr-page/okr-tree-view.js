/*
 * Draws the aligned tree of objectives (GET /cycles/{id}/okrs) by cloning the page's <template> rows and filling
 * their [data-slot] elements with textContent only: titles may contain markup such as <script> and must show as
 * text. Buttons carry data-action; the page handles them by delegation.
 */
(function (ns) {
    'use strict';

    var fmt = ns.okrFormat;

    function clone(templateId) {
        return document.getElementById(templateId).content.firstElementChild.cloneNode(true);
    }

    function slot(root, name) {
        return root.querySelector('[data-slot="' + name + '"]');
    }

    function text(name, args) {
        return ns.texts.get.apply(null, [name].concat(args || []));
    }

    function lozenge(element, modifier, label) {
        var base = element.classList.contains('aui-lozenge-subtle') ? 'aui-lozenge aui-lozenge-subtle' : 'aui-lozenge';
        element.className = base + (modifier ? ' ' + modifier : '');
        element.textContent = label;
        element.hidden = !label;
    }

    function removeAction(root, action) {
        var button = root.querySelector('[data-action="' + action + '"]');
        if (button) {
            button.parentNode.removeChild(button);
        }
    }

    function linkItem(link, kr, urls) {
        var item = clone('lodestar-link-template');
        item.setAttribute('data-issue-id', String(link.issueId));
        item.setAttribute('data-done', link.done ? 'true' : 'false');
        var key = slot(item, 'key');
        key.textContent = link.key;
        key.setAttribute('href', urls.browseIssue(link.key));
        var summary = link.summary || '';
        var share = fmt.linkShareText(link, kr.basis);
        if (share) {
            summary += ' - ' + text(share.name, share.args);
        }
        slot(item, 'summary').textContent = summary;
        lozenge(slot(item, 'status'), link.done ? 'aui-lozenge-success' : '', link.status || '');
        if (!kr.canEdit) {
            removeAction(item, 'unlink-issue');
        }
        return item;
    }

    /** Fills a slot with a text {name, args}, or hides it when there is none. */
    function optionalText(element, described) {
        element.textContent = described ? text(described.name, described.args) : '';
        element.hidden = !described;
    }

    function keyResultRow(kr, urls, currentUser, cycle) {
        var row = clone('lodestar-key-result-template');
        row.setAttribute('data-key-result-id', String(kr.id));
        row.setAttribute('data-kind', kr.kind || '');
        row.setAttribute('data-band', kr.band || '');
        row.setAttribute('data-status', kr.status || '');
        slot(row, 'title').textContent = kr.title;
        var meta = text('kr.meta', [text('kind.' + kr.kind), kr.ownerName || kr.owner || '-', kr.weight]);
        if (kr.checkInDue) {
            meta += ' - ' + text('kr.checkin-due');
        }
        slot(row, 'meta').textContent = meta;

        var progress = fmt.keyResultProgress(kr);
        var bar = slot(row, 'progress');
        var fill = slot(row, 'progress-value');
        fill.style.width = (progress.percent === null ? 0 : progress.percent) + '%';
        bar.setAttribute('data-value', progress.percent === null ? '' : String(progress.percent / 100));
        if (progress.percent === null) {
            bar.removeAttribute('aria-valuenow');
        } else {
            bar.setAttribute('aria-valuenow', String(progress.percent));
        }
        var progressText = text(progress.text.name, progress.text.args);
        bar.setAttribute('aria-valuetext', progressText);
        slot(row, 'progress-text').textContent = progressText;
        optionalText(slot(row, 'kpi'), fmt.kpiText(kr));
        optionalText(slot(row, 'band-time'), fmt.bandTimeText(kr));
        optionalText(slot(row, 'hidden-issues'), fmt.hiddenIssuesText(kr.hiddenIssues));

        slot(row, 'score').textContent = kr.scoreText || '';
        lozenge(slot(row, 'band'), fmt.bandLozenge(kr.band), kr.band ? text('band.' + kr.band) : '');
        lozenge(slot(row, 'status'), fmt.statusLozenge(kr.status), kr.status ? text('status.' + kr.status) : '');
        var forecastCell = slot(row, 'forecast');
        // A graded cycle has no future to forecast: its scores are final.
        (cycle && cycle.closed ? [] : fmt.forecastText(kr, cycle && cycle.end)).forEach(function (line) {
            var part = document.createElement('span');
            part.className = 'lodestar-forecast-line';
            part.textContent = text(line.name, line.args);
            forecastCell.appendChild(part);
        });

        var links = slot(row, 'links');
        (kr.links || []).forEach(function (link) {
            links.appendChild(linkItem(link, kr, urls));
        });
        // Only linked work is measured by issues; offering "Link issue" elsewhere ended in an API error.
        if (kr.kind !== 'LINKED_WORK') {
            removeAction(row, 'link-issue');
        }
        if (!kr.canEdit) {
            removeAction(row, 'link-issue');
            removeAction(row, 'edit-key-result');
            removeAction(row, 'delete-key-result');
            // A closed cycle takes no check-ins, not even from the key result's owner.
            if (!currentUser || kr.owner !== currentUser || cycle && cycle.closed) {
                removeAction(row, 'check-in');
            }
        }
        // Anyone may create a KPI they own, so the button shows wherever there is a reached target to keep.
        if (!fmt.canKeepAsKpi(kr)) {
            removeAction(row, 'keep-as-kpi');
        }
        // Narrow windows lay a row out as a block, where an empty cell would still take a line (okr-page.css).
        row.classList.toggle('lodestar-no-links', !(kr.links || []).length);
        row.classList.toggle('lodestar-no-actions', !slot(row, 'actions').querySelector('button'));
        return row;
    }

    function objectiveItem(objective, urls, currentUser, cycle) {
        var item = clone('lodestar-objective-template');
        item.setAttribute('data-objective-id', String(objective.id));
        item.setAttribute('data-band', objective.band || '');
        item.setAttribute('data-status', objective.status || '');
        slot(item, 'title').textContent = objective.title;
        var owner = objective.ownerName || objective.owner || '-';
        slot(item, 'meta').textContent = objective.team
            ? text('objective.meta', [text('level.' + objective.level), objective.team, owner])
            : text('objective.meta.no-team', [text('level.' + objective.level), owner]);
        slot(item, 'score').textContent = objective.scoreText || text('objective.unscored');
        optionalText(slot(item, 'hidden-issues'), fmt.hiddenIssuesText(objective.hiddenIssues));
        lozenge(slot(item, 'band'), fmt.bandLozenge(objective.band), objective.band ? text('band.' + objective.band) : '');
        lozenge(slot(item, 'status'), fmt.statusLozenge(objective.status),
            objective.status ? text('status.' + objective.status) : '');
        var expected = slot(item, 'expected');
        if (cycle && cycle.closed && typeof objective.finalScore === 'number') {
            // A graded cycle shows the frozen grade where an open one shows the expected score.
            expected.textContent = text('cycle.final-grade', [objective.scoreText]);
            expected.setAttribute('data-final-grade', objective.scoreText);
        } else if (typeof objective.expected === 'number') {
            expected.textContent = text('objective.expected', [String(Math.round(objective.expected * 10) / 10)]);
        } else {
            expected.hidden = true;
        }
        if (!objective.canEdit) {
            removeAction(item, 'edit-objective');
            removeAction(item, 'add-key-result');
            removeAction(item, 'delete-objective');
        }

        var keyResults = objective.keyResults || [];
        var body = slot(item, 'key-results');
        keyResults.forEach(function (kr) {
            body.appendChild(keyResultRow(kr, urls, currentUser, cycle));
        });
        slot(item, 'kr-table').hidden = keyResults.length === 0;
        slot(item, 'no-key-results').hidden = keyResults.length !== 0;

        var children = slot(item, 'children');
        (objective.children || []).forEach(function (child) {
            children.appendChild(objectiveItem(child, urls, currentUser, cycle));
        });
        children.hidden = !(objective.children || []).length;
        return item;
    }

    /** Replaces the container's content with the tree. */
    function render(container, tree, urls, currentUser) {
        container.textContent = '';
        var objectives = tree && tree.objectives || [];
        if (!objectives.length) {
            var empty = document.createElement('p');
            empty.className = 'lodestar-empty';
            empty.setAttribute('data-test', 'okr-tree-empty');
            empty.textContent = text('tree.empty');
            container.appendChild(empty);
            return;
        }
        var list = document.createElement('ul');
        list.className = 'lodestar-objectives';
        objectives.forEach(function (objective) {
            list.appendChild(objectiveItem(objective, urls, currentUser, tree.cycle));
        });
        container.appendChild(list);
    }

    function showLoading(container) {
        container.textContent = '';
        var loading = document.createElement('p');
        loading.className = 'lodestar-loading';
        loading.textContent = text('loading');
        container.appendChild(loading);
    }

    ns.okrTreeView = {render: render, showLoading: showLoading};
}(window.Lodestar = window.Lodestar || {}));
