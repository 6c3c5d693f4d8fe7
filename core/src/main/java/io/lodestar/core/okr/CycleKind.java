package io.lodestar.core.okr;

/** How long a cycle is: the calendar units OKRs are usually set for, or any custom range. */
public enum CycleKind {
    QUARTER,
    HALF,
    YEAR,
    CUSTOM
}
