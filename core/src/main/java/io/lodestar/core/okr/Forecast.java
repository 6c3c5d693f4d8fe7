package io.lodestar.core.okr;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * A projection of a key result's value at the end of its cycle, by an ordinary least-squares line
 * through its check-in values (x = days since the cycle start, y = value), and of the day that line
 * reaches the target; or the reason why there is none. A straight line is the simplest model a reader
 * can check by eye.
 *
 * <p>A line through values checked in seconds apart has a slope of thousands a day and projects
 * nonsense (a latency of -3,608,356 ms), so a forecast needs {@value #MIN_VALUES} check-in values at
 * least, the first and the last {@link #MIN_SPAN} apart at least: the weekly rhythm of check-ins.
 *
 * <p>Example: check-ins of 10 on day 0, 12 on day 7 and 14 on day 14 in a 91-day cycle give a
 * slope of 2/7 per day and an end value of 10 + 91 × 2/7 = 36; with a target of 30 the line reaches it
 * on day (30 - 10) / (2/7) = 70.
 *
 * <p>Clamped to sense: a key result whose start and target are both zero or more (a count, a latency,
 * a percentage) is not projected below zero; a target day is never before now and never more than
 * {@link #HORIZON} after the cycle ends (a line fitted to weeks says nothing about years ahead): later
 * than that, or when the line does not head for the target, the target is
 * {@link Reach#NOT_AT_THIS_PACE not reached at this pace}.
 *
 * @param value       the projected value at the cycle end (NaN when not {@link #available()})
 * @param slopePerDay the fitted change per day (NaN when not available)
 * @param samples     how many check-in values were used
 * @param reach       whether and when the line reaches the target (null when not available)
 * @param targetDate  the instant the line reaches the target, when {@code reach} is {@link Reach#ON_DATE}
 * @param missing     why there is no forecast, or null when there is one
 */
public record Forecast(double value, double slopePerDay, int samples, Reach reach, Instant targetDate,
                       Missing missing) {

    /** Fewest check-in values a line is fitted to. */
    public static final int MIN_VALUES = 2;
    /** Shortest time between the first and the last check-in value used. */
    public static final Duration MIN_SPAN = Duration.ofDays(7);
    /** Furthest after the cycle end that a target day is still told. */
    public static final Duration HORIZON = Duration.ofDays(365);

    public static final String NOT_ENOUGH_DATA = Missing.TOO_FEW_VALUES.message();

    /** Why a key result has no forecast. */
    public enum Missing {
        TOO_FEW_VALUES("not enough data: needs check-in values at two different times at least"),
        TOO_SHORT_SPAN("not enough data: the check-in values span less than a week"),
        MILESTONE("a milestone is done or not: there is no value to project"),
        LINKED_WORK("linked-work progress is read from Jira as it is now; no history of it is kept to project"),
        BAND("a band key result is in its band or not: there is no target to project towards"),
        QUERY("a JQL query is read from Jira as it is now; no history of it is kept to project");

        private final String message;

        Missing(String message) {
            this.message = message;
        }

        public String message() {
            return message;
        }
    }

    /** Whether and when the projected line reaches the target. */
    public enum Reach {
        /** The latest check-in value has reached the target already. */
        REACHED,
        /** The line reaches the target on {@link #targetDate()}, within the cycle or after it. */
        ON_DATE,
        /** The line heads away from the target, stays flat, or reaches it only beyond the horizon. */
        NOT_AT_THIS_PACE,
        /** The key result has no start and target to reach (a draft numeric one). */
        NO_TARGET
    }

    public static Forecast projected(double value, double slopePerDay, int samples) {
        return new Forecast(value, slopePerDay, samples, Reach.NO_TARGET, null, null);
    }

    public static Forecast unavailable(Missing missing, int samples) {
        return new Forecast(Double.NaN, Double.NaN, samples, null, null, missing);
    }

    public boolean available() {
        return missing == null;
    }

    /** Why there is no forecast, in English for API readers, or null when there is one. */
    public String reason() {
        return missing == null ? null : missing.message();
    }

    /** {@link #leastSquares(List, Instant, Instant, Instant, Double, Double)} without a target. */
    public static Forecast leastSquares(List<CheckIn> history, Instant cycleStart, Instant cycleEnd) {
        return leastSquares(history, cycleStart, cycleEnd, cycleEnd, null, null);
    }

    /**
     * Fits the check-ins that carry a value (in any order) and projects to {@code cycleEnd}; with a start
     * and a target (both set and different) it also tells when the target is reached, seen from {@code now}.
     * Check-ins without a value (confidence only) are ignored.
     */
    public static Forecast leastSquares(List<CheckIn> history, Instant cycleStart, Instant cycleEnd, Instant now,
                                        Double start, Double target) {
        List<CheckIn> points = history.stream().filter(CheckIn::hasValue)
                .sorted(Comparator.comparing(CheckIn::at)).toList();
        int n = points.size();
        if (n < MIN_VALUES) {
            return unavailable(Missing.TOO_FEW_VALUES, n);
        }
        if (Duration.between(points.get(0).at(), points.get(n - 1).at()).compareTo(MIN_SPAN) < 0) {
            return unavailable(Missing.TOO_SHORT_SPAN, n);
        }
        double sumX = 0;
        double sumY = 0;
        for (CheckIn c : points) {
            sumX += days(cycleStart, c.at());
            sumY += c.value();
        }
        double meanX = sumX / n;
        double meanY = sumY / n;
        double sxx = 0;
        double sxy = 0;
        for (CheckIn c : points) {
            double dx = days(cycleStart, c.at()) - meanX;
            sxx += dx * dx;
            sxy += dx * (c.value() - meanY);
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double value = intercept + slope * days(cycleStart, cycleEnd);
        boolean nonNegative = start != null && target != null && start >= 0 && target >= 0;
        if (nonNegative && value < 0) {
            value = 0;
        }
        if (start == null || target == null || start.doubleValue() == target.doubleValue()) {
            return new Forecast(value, slope, n, Reach.NO_TARGET, null, null);
        }
        double direction = Math.signum(target - start);
        double latest = points.get(n - 1).value();
        if ((latest - target) * direction >= 0) {
            return new Forecast(value, slope, n, Reach.REACHED, null, null);
        }
        if (slope * direction <= 0) {
            return new Forecast(value, slope, n, Reach.NOT_AT_THIS_PACE, null, null);
        }
        double reachDay = (target - intercept) / slope;
        Instant reachedAt = cycleStart.plusMillis(Math.round(Math.min(reachDay, 1e8) * 86_400_000.0));
        if (reachedAt.isBefore(now)) {
            reachedAt = now;
        }
        if (reachedAt.isAfter(cycleEnd.plus(HORIZON))) {
            return new Forecast(value, slope, n, Reach.NOT_AT_THIS_PACE, null, null);
        }
        return new Forecast(value, slope, n, Reach.ON_DATE, reachedAt, null);
    }

    private static double days(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 86_400_000.0;
    }
}
