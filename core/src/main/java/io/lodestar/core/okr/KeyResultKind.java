package io.lodestar.core.okr;

/** How a key result is measured; each kind has its own {@link Measure} record. */
public enum KeyResultKind {
    /** A number or a percentage moving from a start value to a target. */
    NUMERIC,
    /** Done or not done. */
    MILESTONE,
    /** The share of linked Jira issues (or of their story points) that are done. */
    LINKED_WORK,
    /** The latest value of a KPI, moving from a start value to a target. */
    KPI
}
