package io.lodestar.core.kpi;

/**
 * The traffic light of a KPI value against its goal. See {@link KpiGoal#rate(double)} for the exact
 * boundaries of each kind of goal.
 */
public enum Rating {
    /** On target (growing KPI) or inside the band. */
    GREEN,
    /** Short of the target but not beyond the alert threshold. */
    YELLOW,
    /** Beyond the alert threshold, or outside the band: an alert is raised. */
    RED
}
