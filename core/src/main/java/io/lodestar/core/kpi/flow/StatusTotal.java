package io.lodestar.core.kpi.flow;

import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import java.util.Objects;

/**
 * Time in one status over many issues: how many issues visited it, how many times it was entered,
 * and the total time spent in it. {@link #meanDaysPerIssue()} is the total divided by the issues that
 * visited it (raw, never rounded).
 */
public record StatusTotal(String statusId, String statusName, int issues, long timesEntered, long millis) {

    public StatusTotal {
        Objects.requireNonNull(statusId, "statusId");
        Objects.requireNonNull(statusName, "statusName");
    }

    public double totalDays() {
        return millis / FlowTime.MILLIS_PER_DAY;
    }

    /** Mean days per visiting issue; not applicable when no issue visited the status. */
    public KpiValue meanDaysPerIssue() {
        return issues == 0 ? KpiValue.notApplicable("no issue visited status " + statusName)
                : KpiValue.of(totalDays() / issues, KpiUnit.DAYS, issues);
    }
}
