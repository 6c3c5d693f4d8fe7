/*
 * Lists the quality findings of the shown OKRs (GET /cycles/{id}/findings): severity lozenge and message, as text.
 */
(function (ns) {
    'use strict';

    var SEVERITY_LOZENGES = {INFO: 'aui-lozenge-current', WARNING: 'aui-lozenge-moved', ERROR: 'aui-lozenge-error'};

    function render(list, findings) {
        list.textContent = '';
        if (!findings || !findings.length) {
            var none = document.createElement('li');
            none.className = 'lodestar-empty';
            none.setAttribute('data-test', 'findings-none');
            none.textContent = ns.texts.get('findings.none');
            list.appendChild(none);
            return;
        }
        findings.forEach(function (finding) {
            var item = document.createElement('li');
            item.className = 'lodestar-finding';
            item.setAttribute('data-test', 'finding');
            item.setAttribute('data-severity', finding.severity || '');
            item.setAttribute('data-code', finding.code || '');
            if (finding.objectiveId) {
                item.setAttribute('data-objective-id', String(finding.objectiveId));
            }
            if (finding.keyResultId) {
                item.setAttribute('data-key-result-id', String(finding.keyResultId));
            }
            var severity = document.createElement('span');
            severity.className = 'aui-lozenge ' + (SEVERITY_LOZENGES[finding.severity] || '');
            severity.textContent = ns.texts.get('severity.' + finding.severity);
            var message = document.createElement('span');
            message.className = 'lodestar-finding-message';
            message.textContent = finding.message || '';
            item.appendChild(severity);
            item.appendChild(document.createTextNode(' '));
            item.appendChild(message);
            list.appendChild(item);
        });
    }

    ns.findingsView = {render: render};
}(window.Lodestar = window.Lodestar || {}));
