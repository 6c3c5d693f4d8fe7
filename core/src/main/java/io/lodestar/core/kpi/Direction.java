package io.lodestar.core.kpi;

/** Which way a growing KPI improves: velocity is better higher, lead time better lower. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** Whether {@code value} is better than {@code other} in this direction (strictly). */
    public boolean isBetter(double value, double other) {
        return this == HIGHER_IS_BETTER ? value > other : value < other;
    }
}
