package io.lodestar.core.kpi;

/**
 * Where an on-time delivery KPI reads an issue's deadline from. Teams that plan by due dates and teams that plan by
 * releases disagree on which one an issue was promised by; {@link #DUE_DATE_ELSE_RELEASE} (the default) serves both.
 */
public enum DeadlineRule {
    /** The due date; without one, the earliest release date among the fix versions. */
    DUE_DATE_ELSE_RELEASE,
    /** The due date only: an issue without one has no deadline. */
    DUE_DATE,
    /** The earliest release date among the fix versions only, whatever the due date says. */
    RELEASE_DATE
}
