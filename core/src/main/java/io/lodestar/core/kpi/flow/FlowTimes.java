package io.lodestar.core.kpi.flow;

import io.lodestar.core.kpi.Distribution;
import java.util.List;
import java.util.Objects;

/**
 * The result of a flow-time KPI (resolution, lead or cycle time) over a set of issues: the
 * {@link Distribution} of the times in days, each measured issue, and how many issues were left
 * out and why, so that a user can tell "3 days over 12 issues" from "3 days over 12 of 500".
 *
 * @param times        the distribution in days; empty (not applicable, with the reason) when no
 *                     issue could be measured
 * @param perIssue     the measured issues, in input order
 * @param notMeasured  issues that could not be measured (not finished, or inconsistent data)
 * @param whyNotMeasured what {@code notMeasured} counts, in words
 */
public record FlowTimes(Distribution times, List<FlowTime> perIssue, int notMeasured, String whyNotMeasured) {

    public FlowTimes {
        Objects.requireNonNull(times, "times");
        perIssue = List.copyOf(perIssue);
        Objects.requireNonNull(whyNotMeasured, "whyNotMeasured");
    }
}
