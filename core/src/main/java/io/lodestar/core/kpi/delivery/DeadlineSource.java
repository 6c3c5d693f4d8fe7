package io.lodestar.core.kpi.delivery;

/** Where an issue's deadline comes from. */
public enum DeadlineSource {
    /** The due date. */
    DUE_DATE,
    /** The earliest release date among the fix versions (used when there is no due date). */
    FIX_VERSION
}
