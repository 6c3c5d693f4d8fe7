package io.lodestar.core.kpi;

import static io.lodestar.core.kpi.KpiParameter.BUG_TYPES;
import static io.lodestar.core.kpi.KpiParameter.COMPLETED_ESTIMATE;
import static io.lodestar.core.kpi.KpiParameter.DEADLINE;
import static io.lodestar.core.kpi.KpiParameter.DONE_RULE;
import static io.lodestar.core.kpi.KpiParameter.DONE_STATUS_IDS;
import static io.lodestar.core.kpi.KpiParameter.MEASURED_STATUS_IDS;
import static io.lodestar.core.kpi.KpiParameter.SPRINT_COUNT;
import static io.lodestar.core.kpi.KpiParameter.START_ENTRY;
import static io.lodestar.core.kpi.KpiParameter.STARTED_STATUS_IDS;
import static io.lodestar.core.kpi.KpiParameter.STATISTIC;
import static io.lodestar.core.kpi.KpiParameter.WIP_STATUS_IDS;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The catalog of KPIs Lodestar can compute from issue data, each with its unit, the parameters it
 * accepts and the frequencies it can be measured at. A {@link KpiFormula} is a type with values for
 * its parameters.
 *
 * <p>Sprint KPIs are measured per sprint only (their period is the sprint); the others per calendar
 * period. The calculators live in {@code kpi.sprint}, {@code kpi.throughput}, {@code kpi.release}
 * and, for the time and delivery KPIs, {@code kpi.flow} and {@code kpi.delivery}.
 */
public enum KpiType {
    /** Story points completed in the sprint, as Jira's velocity chart counts them. */
    VELOCITY(KpiUnit.STORY_POINTS, sprintOnly(), DONE_STATUS_IDS, COMPLETED_ESTIMATE, DONE_RULE),
    /** Mean velocity of the last N closed sprints. */
    AVERAGE_VELOCITY(KpiUnit.STORY_POINTS, sprintOnly(), DONE_STATUS_IDS, COMPLETED_ESTIMATE, SPRINT_COUNT,
            DONE_RULE),
    /** Completed / commitment of the sprint (a fraction, may exceed 1). */
    SAY_DO_RATIO(KpiUnit.RATIO, sprintOnly(), DONE_STATUS_IDS, COMPLETED_ESTIMATE, DONE_RULE),
    /** Story points added plus removed after the sprint started (absolute scope change). */
    SCOPE_CHANGE(KpiUnit.STORY_POINTS, sprintOnly()),
    /** Story points of the issues done in the week, for teams without sprints. */
    VELOCITY_PER_WEEK(KpiUnit.STORY_POINTS, EnumSet.of(Frequency.WEEKLY), DONE_STATUS_IDS),
    /** Mean story points done per version released in the period. */
    VELOCITY_PER_RELEASE(KpiUnit.STORY_POINTS, calendar(), DONE_STATUS_IDS),
    /** Issues done in the period (a day, a week from Monday, a month, or a sprint). */
    THROUGHPUT(KpiUnit.ISSUES, EnumSet.allOf(Frequency.class), DONE_STATUS_IDS),
    /** Issues in progress at the end of the period. */
    WORK_IN_PROGRESS(KpiUnit.ISSUES, calendar(), WIP_STATUS_IDS),
    /** Mean number of bugs fixed per version released in the period. */
    BUGS_PER_RELEASE(KpiUnit.ISSUES, calendar(), BUG_TYPES),
    /** Share of issues with a deadline delivered on or before it (part B). */
    ON_TIME_DELIVERY(KpiUnit.RATIO, EnumSet.allOf(Frequency.class), DONE_STATUS_IDS, DEADLINE),
    /** Created to resolved, in days (part B). */
    RESOLUTION_TIME(KpiUnit.DAYS, EnumSet.allOf(Frequency.class), STATISTIC),
    /** Created to done, in days (part B). */
    LEAD_TIME(KpiUnit.DAYS, EnumSet.allOf(Frequency.class), STATISTIC, DONE_STATUS_IDS),
    /** Started to done, in days (part B). */
    CYCLE_TIME(KpiUnit.DAYS, EnumSet.allOf(Frequency.class), STATISTIC, STARTED_STATUS_IDS, DONE_STATUS_IDS,
            START_ENTRY),
    /** Days spent in the measured statuses (part B). */
    TIME_IN_STATUS(KpiUnit.DAYS, EnumSet.allOf(Frequency.class), STATISTIC, MEASURED_STATUS_IDS);

    private final KpiUnit unit;
    private final Set<Frequency> frequencies;
    private final List<KpiParameter<?>> parameters;

    KpiType(KpiUnit unit, Set<Frequency> frequencies, KpiParameter<?>... parameters) {
        this.unit = unit;
        this.frequencies = Set.copyOf(frequencies);
        this.parameters = List.of(parameters);
    }

    private static Set<Frequency> sprintOnly() {
        return EnumSet.of(Frequency.PER_SPRINT);
    }

    private static Set<Frequency> calendar() {
        return EnumSet.of(Frequency.DAILY, Frequency.WEEKLY, Frequency.MONTHLY);
    }

    public KpiUnit unit() {
        return unit;
    }

    /** The parameters a formula of this type accepts; the others are refused. */
    public List<KpiParameter<?>> parameters() {
        return parameters;
    }

    public boolean accepts(KpiParameter<?> parameter) {
        return parameters.contains(parameter);
    }

    /** The frequencies this KPI can be measured at. */
    public Set<Frequency> frequencies() {
        return frequencies;
    }
}
