package io.lodestar.core.kpi;

import static io.lodestar.core.common.InvalidInputException.requirePresent;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * How a KPI moved since the previous period: up, down or flat, and whether that is an improvement
 * given its goal (down is an improvement for lead time, moving back into its band for WIP).
 * Unknown when either value is not applicable or there is no previous period, with the reason.
 *
 * <p>Flat means the values are equal up to floating-point noise (a relative 1e-9), so 0.1 + 0.2 and
 * 0.3 are flat; any real change, however small, moves.
 */
public record Trend(Movement movement, Verdict verdict, OptionalDouble previous, String unknownReason) {

    public enum Movement { UP, DOWN, FLAT, UNKNOWN }

    public enum Verdict { IMPROVING, WORSENING, NEUTRAL, UNKNOWN }

    public Trend {
        requirePresent(movement, "trend.movement");
        requirePresent(verdict, "trend.verdict");
        requirePresent(previous, "trend.previous");
    }

    /** The trend from {@code previous} to {@code current} judged against {@code goal}. */
    public static Trend between(KpiValue previous, KpiValue current, KpiGoal goal) {
        if (!previous.isApplicable()) {
            return unknown("no value for the previous period: " + previous.notApplicableReason().orElseThrow());
        }
        if (!current.isApplicable()) {
            return unknown("no value for this period: " + current.notApplicableReason().orElseThrow());
        }
        double before = previous.value();
        double now = current.value();
        if (Math.abs(now - before) <= 1e-9 * Math.max(1, Math.abs(before))) {
            return new Trend(Movement.FLAT, Verdict.NEUTRAL, OptionalDouble.of(before), null);
        }
        int improvement = goal.improvement(before, now);
        Verdict verdict = improvement > 0 ? Verdict.IMPROVING : improvement < 0 ? Verdict.WORSENING : Verdict.NEUTRAL;
        return new Trend(now > before ? Movement.UP : Movement.DOWN, verdict, OptionalDouble.of(before), null);
    }

    public static Trend unknown(String reason) {
        return new Trend(Movement.UNKNOWN, Verdict.UNKNOWN, OptionalDouble.empty(), reason);
    }

    public Optional<String> unknownReasonIfAny() {
        return Optional.ofNullable(unknownReason);
    }
}
