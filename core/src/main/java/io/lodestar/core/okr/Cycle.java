package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;
import static io.lodestar.core.common.InvalidInputException.requireText;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * An OKR cycle: a named, half-open date range {@code [start, end)} (the start day is in the cycle,
 * the end day is the first day after it), e.g. "2026 Q1" from 2026-01-01 to 2026-04-01.
 *
 * <p>A cycle is open until it is graded; {@link #closed()} cycles have frozen scores. {@code id} is
 * 0 until a store assigns one; {@code version} is 0 until stored, then increases on every write.
 */
public record Cycle(long id, long version, String name, CycleKind kind, LocalDate start, LocalDate end,
                    boolean closed) {

    public Cycle {
        name = requireText(name, "cycle.name");
        requirePresent(kind, "cycle.kind");
        requirePresent(start, "cycle.start");
        requirePresent(end, "cycle.end");
        require(start.isBefore(end), "cycle.end", "must be after the start " + start);
    }

    /** A new, unsaved, open cycle. */
    public static Cycle of(String name, CycleKind kind, LocalDate start, LocalDate end) {
        return new Cycle(0, 0, name, kind, start, end, false);
    }

    /** The calendar quarter {@code quarter} (1 to 4) of {@code year}, named e.g. "2026 Q1". */
    public static Cycle quarter(int year, int quarter) {
        require(quarter >= 1 && quarter <= 4, "cycle.quarter", "must be between 1 and 4");
        LocalDate start = LocalDate.of(year, 3 * (quarter - 1) + 1, 1);
        return of(year + " Q" + quarter, CycleKind.QUARTER, start, start.plusMonths(3));
    }

    /** The calendar half {@code half} (1 or 2) of {@code year}, named e.g. "2026 H2". */
    public static Cycle half(int year, int half) {
        require(half == 1 || half == 2, "cycle.half", "must be 1 or 2");
        LocalDate start = LocalDate.of(year, 6 * (half - 1) + 1, 1);
        return of(year + " H" + half, CycleKind.HALF, start, start.plusMonths(6));
    }

    /** The calendar year, named e.g. "2026". */
    public static Cycle year(int year) {
        LocalDate start = LocalDate.of(year, 1, 1);
        return of(String.valueOf(year), CycleKind.YEAR, start, start.plusYears(1));
    }

    /** Whether {@code day} lies in {@code [start, end)}. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(start) && day.isBefore(end);
    }

    /** Whether {@code other} lies entirely within this cycle (equal ranges included). */
    public boolean encloses(Cycle other) {
        return !other.start.isBefore(start) && !other.end.isAfter(end);
    }

    /**
     * The fraction of the cycle elapsed at the clock's instant, from 0 (at or before the first
     * midnight) to 1 (at or after the end midnight), measured in the clock's time zone. Kept raw.
     */
    public double elapsedFraction(Clock clock) {
        return elapsedFraction(clock.instant(), clock.getZone());
    }

    /** The fraction of the cycle elapsed at {@code at}, with days starting at midnight in {@code zone}. */
    public double elapsedFraction(Instant at, ZoneId zone) {
        Instant from = start.atStartOfDay(zone).toInstant();
        Instant to = end.atStartOfDay(zone).toInstant();
        if (!at.isAfter(from)) {
            return 0.0;
        }
        if (!at.isBefore(to)) {
            return 1.0;
        }
        return (double) Duration.between(from, at).toMillis() / Duration.between(from, to).toMillis();
    }

    /** The instant the cycle ends (the end day's midnight in {@code zone}). */
    public Instant endInstant(ZoneId zone) {
        return end.atStartOfDay(zone).toInstant();
    }

    /** The instant the cycle starts (the start day's midnight in {@code zone}). */
    public Instant startInstant(ZoneId zone) {
        return start.atStartOfDay(zone).toInstant();
    }

    public Cycle withId(long newId, long newVersion) {
        return new Cycle(newId, newVersion, name, kind, start, end, closed);
    }

    public Cycle close() {
        return new Cycle(id, version, name, kind, start, end, true);
    }
}
