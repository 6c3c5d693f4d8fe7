package io.lodestar.core.kpi.throughput;

import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import java.util.List;
import java.util.Objects;

/**
 * What was done in one period: the issues (by key, in input order) and their story points. A period
 * in which nothing was done has a throughput of 0, which is a fact, not missing data.
 */
public record PeriodThroughput(KpiPeriod period, List<String> doneKeys, double points) {

    public PeriodThroughput {
        Objects.requireNonNull(period, "period");
        doneKeys = List.copyOf(doneKeys);
    }

    public int issues() {
        return doneKeys.size();
    }

    /** Throughput: the number of issues done. */
    public KpiValue throughput() {
        return KpiValue.of(doneKeys.size(), KpiUnit.ISSUES, doneKeys.size());
    }

    /** Velocity for teams without sprints: the story points done (unestimated issues count 0). */
    public KpiValue velocity() {
        return KpiValue.of(points, KpiUnit.STORY_POINTS, doneKeys.size());
    }
}
