package io.lodestar.core.okr;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * A projection of a key result's value at the end of its cycle, by an ordinary least-squares line
 * through its check-in values (x = days since the cycle start, y = value), or the reason why there
 * is none ("not enough data"). A straight line is the simplest model a reader can check by eye; it
 * needs at least two check-ins at different instants.
 *
 * <p>Example: check-ins of 10 on day 0, 12 on day 7 and 14 on day 14 in a 91-day cycle give a
 * slope of 2/7 per day and an end value of 10 + 91 × 2/7 = 36.
 *
 * @param value       the projected value at the cycle end (NaN when not {@link #available()})
 * @param slopePerDay the fitted change per day (NaN when not available)
 * @param samples     how many check-in values were used
 * @param reason      why there is no forecast, or null when there is one
 */
public record Forecast(double value, double slopePerDay, int samples, String reason) {

    public static final String NOT_ENOUGH_DATA = "not enough data: needs check-in values at two different times at least";

    public static Forecast projected(double value, double slopePerDay, int samples) {
        return new Forecast(value, slopePerDay, samples, null);
    }

    public static Forecast unavailable(String reason, int samples) {
        return new Forecast(Double.NaN, Double.NaN, samples, reason);
    }

    public boolean available() {
        return reason == null;
    }

    /**
     * Fits the check-ins that carry a value (in any order) and projects to {@code cycleEnd}.
     * Check-ins without a value (confidence only) are ignored.
     */
    public static Forecast leastSquares(List<CheckIn> history, Instant cycleStart, Instant cycleEnd) {
        List<CheckIn> points = history.stream().filter(CheckIn::hasValue).toList();
        int n = points.size();
        if (n < 2) {
            return unavailable(NOT_ENOUGH_DATA, n);
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
        if (sxx == 0) {
            return unavailable(NOT_ENOUGH_DATA, n);
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        return projected(intercept + slope * days(cycleStart, cycleEnd), slope, n);
    }

    private static double days(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 86_400_000.0;
    }
}
