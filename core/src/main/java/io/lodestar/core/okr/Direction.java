package io.lodestar.core.okr;

/** Which way a value must move to improve: up (revenue, velocity) or down (bugs per release, lead time). */
public enum Direction {
    INCREASE,
    DECREASE;

    /** The direction from {@code start} to {@code target}; they must differ. */
    public static Direction from(double start, double target) {
        return target > start ? INCREASE : DECREASE;
    }
}
