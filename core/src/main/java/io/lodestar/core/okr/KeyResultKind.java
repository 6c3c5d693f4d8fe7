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
    KPI,
    /** A value that should stay within a band (p85 cycle time between 2 and 5 days): full score inside, none outside. */
    BAND,
    /** From a JQL query: the share of the matching issues that are done, or the sum of a number field over them. */
    JQL
}
