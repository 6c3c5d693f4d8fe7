package io.lodestar.core.okr;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock for tests that stands still until told to move, so a story can advance week by week. */
public final class ManualClock extends Clock {

    private Instant now;
    private final ZoneId zone;

    public ManualClock(Instant now, ZoneId zone) {
        this.now = now;
        this.zone = zone;
    }

    /** A UTC clock at midnight of an ISO date such as "2026-01-05". */
    public static ManualClock at(String isoDate) {
        return new ManualClock(Instant.parse(isoDate + "T00:00:00Z"), ZoneOffset.UTC);
    }

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void set(Instant instant) {
        now = instant;
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new ManualClock(now, newZone);
    }

    @Override
    public Instant instant() {
        return now;
    }
}
