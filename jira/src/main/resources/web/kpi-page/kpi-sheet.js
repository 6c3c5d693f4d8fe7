/*
 * The KPI sheet editor's form as the API's KpiInput (docs/rest-api.md, "KPIs"): which type parameters a type takes
 * (from GET /kpi-page/catalog), the goal's numbers, and the input errors found before calling the API (a required
 * field left empty, a number that is not one), reported on the same field names as the API's errors.
 * Pure module: no DOM.
 */
(function (ns) {
    'use strict';

    function trimmed(value) {
        return value === undefined || value === null ? '' : String(value).trim();
    }

    function numberField(values, name, errors) {
        var text = trimmed(values[name]).replace(',', '.');
        if (text === '') {
            errors.push({field: name, code: 'required'});
            return null;
        }
        var number = Number(text);
        if (!isFinite(number)) {
            errors.push({field: name, code: 'number'});
            return null;
        }
        return number;
    }

    /**
     * @param values  the form's values by field name
     * @param entry   the catalog entry of the chosen type ({parameters: [name]}), or null
     * @param version the version the edit is based on, or null for a new KPI
     * @return {body, errors: [{field, code}]}
     */
    function body(values, entry, version) {
        var errors = [];
        var result = {
            name: trimmed(values.name),
            description: trimmed(values.description),
            type: values.type,
            parameters: {},
            source: {kind: values.sourceKind, value: trimmed(values.value)},
            frequency: values.frequency,
            owner: trimmed(values.owner),
            team: trimmed(values.team),
            kind: values.kind,
            actionIfAlert: trimmed(values.actionIfAlert),
            leading: values.leading === true
        };
        if (result.name === '') {
            errors.push({field: 'name', code: 'required'});
        }
        if (result.source.value === '') {
            errors.push({field: 'value', code: 'required'});
        }
        ((entry && entry.parameters) || []).forEach(function (name) {
            var value = trimmed(values[name]);
            if (value !== '') {
                result.parameters[name] = value;
            }
        });
        if (values.kind === 'BAND') {
            result.min = numberField(values, 'min', errors);
            result.max = numberField(values, 'max', errors);
        } else {
            result.direction = values.direction;
            result.target = numberField(values, 'target', errors);
            result.alertThreshold = numberField(values, 'alertThreshold', errors);
        }
        if (version !== null && version !== undefined) {
            result.version = version;
        }
        return {body: result, errors: errors};
    }

    /** A stored KPI (KpiPageJson.Kpi) as the form's values. */
    function values(kpi) {
        var result = {
            name: kpi.name, description: kpi.description, type: kpi.type,
            sourceKind: kpi.source ? kpi.source.kind : 'PROJECT', value: kpi.source ? kpi.source.value : '',
            frequency: kpi.frequency, team: kpi.team, owner: kpi.owner, kind: kpi.kind, direction: kpi.direction,
            target: kpi.target, alertThreshold: kpi.alertThreshold, min: kpi.min, max: kpi.max,
            actionIfAlert: kpi.actionIfAlert, leading: kpi.leading === true
        };
        Object.keys(kpi.parameters || {}).forEach(function (name) {
            result[name] = kpi.parameters[name];
        });
        return result;
    }

    ns.kpiSheet = {body: body, values: values};
    if (typeof module === 'object' && module.exports) {
        module.exports = ns.kpiSheet;
    }
}(globalThis.Lodestar = globalThis.Lodestar || {}));
