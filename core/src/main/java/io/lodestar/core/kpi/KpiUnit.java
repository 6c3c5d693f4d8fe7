package io.lodestar.core.kpi;

/**
 * What a KPI number counts. A ratio is kept as a fraction (0.8, not 80) so that it can be compared
 * and averaged without guessing a scale; only display multiplies it by 100.
 */
public enum KpiUnit {
    /** A sum of story point estimates. */
    STORY_POINTS,
    /** A count of issues (throughput, WIP, bugs). */
    ISSUES,
    /** A duration in days, fractional (36 hours is 1.5). */
    DAYS,
    /** A duration in hours, fractional. */
    HOURS,
    /** A fraction: completed / commitment, on-time issues / all issues... May exceed 1. */
    RATIO
}
