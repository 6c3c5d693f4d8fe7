package io.lodestar.core.kpi.flow;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One issue's measured flow interval: from {@code start} to {@code end} (as the data wrote them, with
 * their offsets). {@link #days()} is the raw elapsed time in days (36 hours is 1.5), never rounded.
 */
public record FlowTime(String issueKey, OffsetDateTime start, OffsetDateTime end) {

    /** Milliseconds in a day: durations are elapsed time, not calendar days. */
    static final double MILLIS_PER_DAY = 86_400_000.0;

    public FlowTime {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public long millis() {
        return epochMillis(end) - epochMillis(start);
    }

    public double days() {
        return millis() / MILLIS_PER_DAY;
    }

    /**
     * The instant as epoch milliseconds, by arithmetic on the fields: {@code Duration.between} and
     * {@code toInstant()} allocate, which shows over a million issues.
     */
    static long epochMillis(OffsetDateTime at) {
        return at.toEpochSecond() * 1000 + at.getNano() / 1_000_000;
    }
}
