package io.lodestar.core.okr;

/** What a key result from a JQL query counts over the issues matching it ({@link Measure.FromQuery}). */
public enum QueryAggregate {
    /** The share of the matching issues that are done, from 0 to 100 %. */
    SHARE_DONE,
    /** The sum of a number field over the matching issues, from a start value to a target. */
    SUM
}
