package io.lodestar.core.kpi;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;
import static io.lodestar.core.common.InvalidInputException.requireText;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The result of one KPI computation: either a number in a {@link KpiUnit}, with the count of items
 * it was computed from (issues, sprints, versions...), or "not applicable" with the reason it could
 * not be computed ("no sprint closed yet", "no issue resolved in the period").
 *
 * <p>Why not 0 or NaN: a velocity of 0 means "the team finished nothing", which is a very different
 * message from "there is no closed sprint to measure"; NaN would silently poison averages and
 * comparisons. So a missing value is a state of its own, and {@link #value()} refuses to invent one.
 *
 * <p>The value is kept raw (e.g. 2.3333333); {@link #rounded(int)} rounds for display only.
 * A value is finite by construction.
 */
public final class KpiValue {

    private final double value;
    private final KpiUnit unit;
    private final int sampleSize;
    private final String notApplicableReason;

    private KpiValue(double value, KpiUnit unit, int sampleSize, String notApplicableReason) {
        this.value = value;
        this.unit = unit;
        this.sampleSize = sampleSize;
        this.notApplicableReason = notApplicableReason;
    }

    /**
     * A computed value. {@code sampleSize} is how many items it was computed from (0 is legal: a
     * sprint that completed nothing has a velocity of 0 computed from 0 completed issues).
     */
    public static KpiValue of(double value, KpiUnit unit, int sampleSize) {
        require(Double.isFinite(value), "kpiValue.value", "must be a finite number, was " + value);
        requirePresent(unit, "kpiValue.unit");
        require(sampleSize >= 0, "kpiValue.sampleSize", "must not be negative");
        return new KpiValue(value, unit, sampleSize, null);
    }

    /** A value that could not be computed, with a reason a user can act on. */
    public static KpiValue notApplicable(String reason) {
        return new KpiValue(0, null, 0, requireText(reason, "kpiValue.reason"));
    }

    public boolean isApplicable() {
        return notApplicableReason == null;
    }

    /**
     * The raw number.
     *
     * @throws IllegalStateException when not applicable: callers must check first, because any
     *                               number returned here would be a lie
     */
    public double value() {
        if (!isApplicable()) {
            throw new IllegalStateException("KPI value not applicable: " + notApplicableReason);
        }
        return value;
    }

    /** The raw number, or empty when not applicable. */
    public OptionalDouble valueIfAny() {
        return isApplicable() ? OptionalDouble.of(value) : OptionalDouble.empty();
    }

    /** The unit, or empty when not applicable. */
    public Optional<KpiUnit> unit() {
        return Optional.ofNullable(unit);
    }

    /** How many items the value was computed from; 0 when not applicable. */
    public int sampleSize() {
        return sampleSize;
    }

    /** Why the value could not be computed, or empty when it is applicable. */
    public Optional<String> notApplicableReason() {
        return Optional.ofNullable(notApplicableReason);
    }

    /**
     * The value rounded half-up to {@code decimals} places for display; the raw value is unchanged.
     * Goes through the decimal text of the double so that 2.675 rounds to 2.68 as a reader expects.
     */
    public BigDecimal rounded(int decimals) {
        return BigDecimal.valueOf(value()).setScale(decimals, RoundingMode.HALF_UP);
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof KpiValue that)) {
            return false;
        }
        return Double.compare(value, that.value) == 0 && sampleSize == that.sampleSize && unit == that.unit
                && Objects.equals(notApplicableReason, that.notApplicableReason);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, unit, sampleSize, notApplicableReason);
    }

    @Override
    public String toString() {
        return isApplicable() ? value + " " + unit + " (n=" + sampleSize + ")"
                : "not applicable: " + notApplicableReason;
    }
}
