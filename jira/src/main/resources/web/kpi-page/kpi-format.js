/*
 * How the KPI page shows the API's values: numbers with their unit, goals, ratings as AUI lozenges, trend arrows,
 * sparkline points, table rows of the history and the velocity chart, and the one sentence that says why an issue
 * of a sprint report counts as it does. Texts come from a text(name, args...) function (Lodestar.texts.get on the
 * page), so this module is pure and node's test runner loads it.
 */
(function (ns) {
    'use strict';

    var RATING_LOZENGES = {GREEN: 'aui-lozenge-success', YELLOW: 'aui-lozenge-moved', RED: 'aui-lozenge-error'};
    var TREND_ARROWS = {UP: '\u2191', DOWN: '\u2193', FLAT: '\u2192'};
    /** Outcomes whose sentence differs when the issue was added after the sprint started. */
    var ADDED_MATTERS = {COMPLETED: true, NOT_COMPLETED: true, REMOVED: true};

    function isNumber(value) {
        return typeof value === 'number' && isFinite(value);
    }

    /** At most two decimals, without trailing zeros: 21, 3.5, 0.63. */
    function number(value) {
        if (!isNumber(value)) {
            return '';
        }
        return String(Math.round(value * 100) / 100);
    }

    /** A value in its unit: ratios as a percentage ("85%"), others with the unit's name ("21 points"). */
    function value(amount, unit, text) {
        if (!isNumber(amount)) {
            return '';
        }
        if (unit === 'RATIO') {
            return number(amount * 100) + text('unit.RATIO');
        }
        return number(amount) + (unit ? ' ' + text('unit.' + unit) : '');
    }

    /** The goal in words: the target of a growing KPI, or the band's range. */
    function target(kpi, text) {
        if (kpi.kind === 'BAND') {
            return text('goal.band', value(kpi.min, kpi.unit, text), value(kpi.max, kpi.unit, text));
        }
        return value(kpi.target, kpi.unit, text);
    }

    function direction(kpi, text) {
        if (kpi.kind === 'BAND') {
            return text('direction.BAND');
        }
        return kpi.direction ? text('direction.' + kpi.direction) : '';
    }

    function ratingLozenge(rating) {
        return RATING_LOZENGES[rating] || '';
    }

    /** "↑ improving", "↓ worsening", "→", or the reason there is no trend yet. */
    function trend(trendJson, text) {
        if (!trendJson || !trendJson.direction) {
            return text('trend.unknown');
        }
        var words = TREND_ARROWS[trendJson.direction] + ' ' + text('trend.' + trendJson.direction);
        if (trendJson.improving === true) {
            words += ', ' + text('trend.improving');
        } else if (trendJson.improving === false) {
            words += ', ' + text('trend.worsening');
        }
        return words;
    }

    /**
     * The points of an SVG polyline through the history's values, scaled into width x height (y grows downwards),
     * skipping values that could not be computed; "" with fewer than two values.
     */
    function sparkline(history, width, height) {
        var points = [];
        (history || []).forEach(function (entry, index) {
            if (isNumber(entry.value)) {
                points.push({index: index, value: entry.value});
            }
        });
        if (points.length < 2) {
            return '';
        }
        var low = Math.min.apply(null, points.map(function (p) { return p.value; }));
        var high = Math.max.apply(null, points.map(function (p) { return p.value; }));
        var span = high - low || 1;
        var last = history.length - 1 || 1;
        return points.map(function (p) {
            var x = p.index / last * width;
            var y = high === low ? height / 2 : height - (p.value - low) / span * height;
            return number(x) + ',' + number(y);
        }).join(' ');
    }

    /** The history as table rows [period, value in its unit, rating in words]; a missing value shows its reason. */
    /**
     * The history as table rows: period, value, rating. The open period's value is marked provisional (a later run
     * measures it again); a closed period an administrator re-measured says who.
     */
    function historyRows(kpi, text) {
        return (kpi.history || []).map(function (entry) {
            var period = entry.provisional ? text('history.provisional', entry.period)
                : entry.remeasuredBy ? text('history.remeasured', entry.period, entry.remeasuredBy) : entry.period;
            return [period, isNumber(entry.value) ? value(entry.value, kpi.unit, text) : entry.reason || '',
                text('rating.' + (entry.rating || 'NONE'))];
        });
    }

    /** The velocity chart as table rows: sprint, commitment, completed, say/do, added, removed, re-estimated. */
    function velocityRows(velocity, text) {
        return (velocity.sprints || []).map(function (sprint) {
            var change = sprint.scopeChange || {};
            return [sprint.sprint, number(sprint.commitment), number(sprint.completed),
                isNumber(sprint.sayDo) ? value(sprint.sayDo, 'RATIO', text) : sprint.reason || '',
                number(change.addedPoints), number(change.removedPoints), number(change.reestimatedPoints)];
        });
    }

    /** The text name of the sentence that says why an issue counts as it does in its sprint. */
    function whyName(issue) {
        return 'why.' + issue.outcome + (issue.addedDuringSprint && ADDED_MATTERS[issue.outcome] ? '.added' : '');
    }

    /**
     * The sentence that says why an issue counts as it does, with the day of the sprint it was added on and then the
     * day it was removed on, where its outcome depends on them ("Removed from the sprint on day 4, ...").
     */
    function why(issue, text) {
        var name = whyName(issue);
        var days = [];
        if (/\.added$/.test(name)) {
            days.push(issue.addedDay);
        }
        if (issue.outcome === 'REMOVED') {
            days.push(issue.removedDay);
        }
        return text.apply(null, [name].concat(days.map(function (day) {
            return isNumber(day) ? String(day) : '?';
        })));
    }

    /** A sprint report's issues as table rows: key, outcome, initial estimate, final estimate, why. */
    function reportRows(report, text) {
        return (report.issues || []).map(function (issue) {
            var outcome = text('outcome.' + issue.outcome) + (issue.addedDuringSprint ? ' ' + text('outcome.added') : '');
            return [issue.key, outcome, estimate(issue.estimateAtStart, text), estimate(issue.estimateAtClose, text),
                why(issue, text)];
        });
    }

    function estimate(points, text) {
        return isNumber(points) ? number(points) : text('estimate.none');
    }

    /**
     * The window of Jira's control chart rolling average: 20% of the issues shown, made odd, at least 5, and at most
     * the number of issues (made odd by leaving one out) when fewer are shown.
     */
    function rollingWindow(count) {
        var window = Math.round(count * 0.2);
        if (window % 2 === 0) {
            window += 1;
        }
        window = Math.max(5, window);
        if (window > count) {
            window = count % 2 === 0 ? count - 1 : count;
        }
        return Math.max(window, 0);
    }

    /** The centred rolling average of the values over rollingWindow(values.length), cut short at both ends. */
    function rollingAverage(values) {
        var half = (rollingWindow(values.length) - 1) / 2;
        return values.map(function (unused, index) {
            var from = Math.max(0, index - half);
            var to = Math.min(values.length - 1, index + half);
            var sum = 0;
            for (var i = from; i <= to; i++) {
                sum += values[i];
            }
            return sum / (to - from + 1);
        });
    }

    /** The control chart's issues as table rows: key, completion day, days. */
    function controlRows(chart) {
        return (chart.points || []).map(function (point) {
            return [point.key, point.end ? point.end.substring(0, 10) : '', number(point.days)];
        });
    }

    /** The deliveries as table rows: key, deadline, where it came from, resolution day, days late (or "on time"). */
    function deliveryRows(deliveries, text) {
        return (deliveries.issues || []).map(function (issue) {
            return [issue.key, issue.deadline, text('deadline.' + issue.deadlineSource),
                issue.resolved ? issue.resolved.substring(0, 10) : '',
                issue.onTime ? text('delivery.on-time') : String(issue.daysLate)];
        });
    }

    /**
     * The table beside a breakdown chart (throughput, WIP, releases, time in status), exactly what the chart draws:
     * {header: [text], rows: [[text]], keys: [[issue key]] per row (the issues behind that bar or point)}.
     * kind is 'throughput', 'wip', 'releases' or 'time-in-status'; data is the matching /kpi-page answer.
     */
    function breakdownTable(kind, data, text) {
        function day(instant) {
            return instant ? String(instant).substring(0, 10) : '';
        }
        if (kind === 'throughput') {
            var points = data.unit === 'STORY_POINTS';
            return {
                header: [text('breakdown.week'), text(points ? 'breakdown.points' : 'breakdown.done'), text('breakdown.issues')],
                rows: data.weeks.map(function (week) {
                    return [day(week.start), points ? number(week.points) : String(week.issues), week.keys.join(', ')];
                }),
                keys: data.weeks.map(function (week) { return week.keys; })
            };
        }
        if (kind === 'wip') {
            return {
                header: [text('breakdown.day'), text('breakdown.wip'), text('breakdown.issues')],
                rows: data.days.map(function (d) { return [d.day, String(d.count), d.keys.join(', ')]; }),
                keys: data.days.map(function (d) { return d.keys; })
            };
        }
        if (kind === 'releases') {
            var bugs = data.type === 'BUGS_PER_RELEASE';
            return {
                header: [text('breakdown.version'), text('breakdown.released'),
                    text(bugs ? 'breakdown.bugs' : 'breakdown.points'), text('breakdown.issues')],
                rows: data.versions.map(function (version) {
                    return [version.name, version.releaseDate || '', bugs ? String(version.bugs) : number(version.donePoints),
                        (bugs ? version.bugKeys : version.doneKeys).join(', ')];
                }),
                keys: data.versions.map(function (version) { return bugs ? version.bugKeys : version.doneKeys; })
            };
        }
        // Time in status: one row per issue (one stacked bar), one column per status in the order first entered.
        return {
            header: [text('breakdown.issue'), text('breakdown.resolved')].concat(data.statuses.map(function (status) {
                return status.measured ? text('breakdown.status.measured', status.name) : status.name;
            })).concat([text('breakdown.measured')]),
            rows: data.issues.map(function (issue) {
                var days = {};
                issue.statuses.forEach(function (time) { days[time.statusId] = time.days; });
                return [issue.key, day(issue.resolved)].concat(data.statuses.map(function (status) {
                    return isNumber(days[status.statusId]) ? number(days[status.statusId]) : '';
                })).concat([number(issue.measuredDays)]);
            }),
            keys: data.issues.map(function (issue) { return [issue.key]; })
        };
    }

    /** The data source in words: "Project ATLAS", "JQL: project = ATLAS". */
    function source(kpi, text) {
        return kpi.source ? text('source.' + kpi.source.kind, kpi.source.value) : '';
    }

    /**
     * The scorecard's banner: how many of the KPIs shown are red now ('' when none). KPIs whose values the viewer
     * may not see have no rating, so they are never counted.
     */
    function redBanner(kpis, text) {
        var red = (kpis || []).filter(function (kpi) {
            return kpi.visible !== false && kpi.rating === 'RED';
        }).length;
        return red === 0 ? '' : red === 1 ? text('scorecard.red.one') : text('scorecard.red.many', red);
    }

    ns.kpiFormat = {
        number: number,
        value: value,
        target: target,
        direction: direction,
        ratingLozenge: ratingLozenge,
        trend: trend,
        sparkline: sparkline,
        historyRows: historyRows,
        velocityRows: velocityRows,
        whyName: whyName,
        why: why,
        reportRows: reportRows,
        rollingWindow: rollingWindow,
        rollingAverage: rollingAverage,
        controlRows: controlRows,
        deliveryRows: deliveryRows,
        breakdownTable: breakdownTable,
        source: source,
        redBanner: redBanner
    };
    if (typeof module === 'object' && module.exports) {
        module.exports = ns.kpiFormat;
    }
}(globalThis.Lodestar = globalThis.Lodestar || {}));
