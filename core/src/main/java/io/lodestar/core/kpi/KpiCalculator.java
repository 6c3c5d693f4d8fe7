package io.lodestar.core.kpi;

import java.util.List;

/**
 * Computes one {@link KpiType} from issue history for given periods: the glue between a KPI
 * definition and a calculator of {@code kpi.sprint}, {@code kpi.throughput}, {@code kpi.release},
 * {@code kpi.flow} or {@code kpi.delivery}. Registered per type in {@link KpiCalculators}.
 */
@FunctionalInterface
public interface KpiCalculator {

    /**
     * The definition's value for each of {@code periods} (in time order, not overlapping), in the
     * same order; a period without data gets a not-applicable value saying why. Sprint periods are
     * those of {@link KpiPeriod#sprint}, keyed "sprint-" + sprint id.
     */
    List<KpiValue> compute(KpiDefinition definition, IssueHistory history, List<KpiPeriod> periods);
}
