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

    /**
     * Whether the definition's value for a calendar period depends only on issues that changed (were updated: a
     * transition, an edit) at or after the period's start, and on issues whose status is not of the Done category.
     * True for what is counted by an event in the period (an issue done, resolved, finished in it) and for
     * work in progress by status category: an issue that is done and unchanged since before the period can neither
     * finish in it nor be in progress during it. A measurement of periods starting at S may then read only the
     * issues updated since S or not done ({@link IssueHistorySource#read(KpiDataSource, java.time.Instant,
     * java.util.function.Consumer)}), whatever the age and size of the project, and get the same values.
     * False (the default) for anything that reads older history: sprints, releases, due dates.
     */
    default boolean onlyRecentChangesMatter(KpiDefinition definition) {
        return false;
    }
}
