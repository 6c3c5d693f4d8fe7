package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.require;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How long a band key result's value has stayed inside its band. Each check-in's value holds from its
 * instant until the next check-in with a value (or until {@code until}); the time before the first value
 * is not observed and counts neither way.
 *
 * <p>Worked example, band 2 to 5 days: 4.0 on 1 April, 6.5 on 8 April, 3.0 on 11 April, read on
 * 15 April: inside 7 + 4 = 11 days out of 14 observed, a share of 0.7857.
 *
 * @param inside   the time the value was inside the band
 * @param observed the time from the first value to {@code until}
 */
public record BandTime(Duration inside, Duration observed) {

    public static final BandTime NONE = new BandTime(Duration.ZERO, Duration.ZERO);

    public BandTime {
        require(!inside.isNegative() && !observed.isNegative() && inside.compareTo(observed) <= 0, "bandTime",
                "inside must lie between 0 and the observed time");
    }

    /**
     * @param history the key result's check-ins, oldest first
     * @param until   the end of the observation: now, or the cycle's end once it is over
     */
    public static BandTime of(Measure.WithinBand band, List<CheckIn> history, Instant until) {
        Duration inside = Duration.ZERO;
        Instant first = null;
        CheckIn holding = null;
        for (CheckIn checkIn : history) {
            if (!checkIn.hasValue() || checkIn.at().isAfter(until)) {
                continue;
            }
            if (holding != null && band.contains(holding.value())) {
                inside = inside.plus(Duration.between(holding.at(), checkIn.at()));
            }
            if (first == null) {
                first = checkIn.at();
            }
            holding = checkIn;
        }
        if (holding == null) {
            return NONE;
        }
        if (band.contains(holding.value())) {
            inside = inside.plus(Duration.between(holding.at(), until));
        }
        return new BandTime(inside, Duration.between(first, until));
    }

    /** The share of the observed time spent inside the band, or 0 before anything was observed. */
    public double share() {
        return observed.isZero() ? 0.0 : (double) inside.toMillis() / observed.toMillis();
    }
}
