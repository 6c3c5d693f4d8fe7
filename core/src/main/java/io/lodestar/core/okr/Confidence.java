package io.lodestar.core.okr;

/** How its owner feels about a key result at a check-in. Ordered from best to worst. */
public enum Confidence {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK
}
