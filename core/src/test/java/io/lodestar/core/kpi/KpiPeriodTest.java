package io.lodestar.core.kpi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.issue.Sprint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.Test;

public class KpiPeriodTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Test
    public void shouldStartOnMondayAndUseIsoWeekKeyWhenWeekContainsSunday() {
        KpiPeriod week = KpiPeriod.week(LocalDate.of(2026, 11, 29), ZoneOffset.UTC);

        assertEquals("2026-W48", week.key());
        assertEquals(Instant.parse("2026-11-23T00:00:00Z"), week.start());
        assertEquals(Instant.parse("2026-11-30T00:00:00Z"), week.end());
    }

    @Test
    public void shouldUseWeekBasedYearWhenWeekStraddlesNewYear() {
        KpiPeriod newYearsWeek = KpiPeriod.week(LocalDate.of(2027, 1, 1), ZoneOffset.UTC);

        assertEquals("2026-W53", newYearsWeek.key());
        assertEquals(Instant.parse("2026-12-28T00:00:00Z"), newYearsWeek.start());
    }

    @Test
    public void shouldStartAtLocalMidnightWhenZoneIsNotUtc() {
        KpiPeriod day = KpiPeriod.day(LocalDate.of(2026, 3, 29), PARIS);

        assertEquals(Instant.parse("2026-03-28T23:00:00Z"), day.start());
        assertEquals(Instant.parse("2026-03-29T22:00:00Z"), day.end());
    }

    @Test
    public void shouldBeHalfOpenWhenTestingContainment() {
        KpiPeriod week = KpiPeriod.week(LocalDate.of(2026, 11, 23), ZoneOffset.UTC);

        assertTrue(week.contains(week.start()));
        assertFalse(week.contains(week.end()));
    }

    @Test
    public void shouldGiveLastFullWeekWhenAskedOnMonday() {
        KpiPeriod last = KpiPeriod.lastCompleteBefore(Frequency.WEEKLY, Instant.parse("2026-11-23T06:00:00Z"),
                ZoneOffset.UTC);

        assertEquals("2026-W47", last.key());
    }

    @Test
    public void shouldGivePreviousMonthWhenAskedOnFirstDay() {
        KpiPeriod last = KpiPeriod.lastCompleteBefore(Frequency.MONTHLY, Instant.parse("2026-12-01T00:30:00Z"),
                PARIS);

        assertEquals("2026-11", last.key());
    }

    @Test
    public void shouldRunFromStartToCompletionWhenSprint() {
        Sprint sprint7 = new Sprint(7, "Sprint 7", Sprint.State.CLOSED, OffsetDateTime.parse("2026-11-02T09:00:00+01:00"),
                OffsetDateTime.parse("2026-11-16T09:00:00+01:00"), OffsetDateTime.parse("2026-11-16T17:00:00+01:00"), 42L);

        KpiPeriod period = KpiPeriod.sprint(sprint7);

        assertEquals("sprint-7", period.key());
        assertEquals(Instant.parse("2026-11-16T16:00:00Z"), period.end());
    }

    @Test(expected = InvalidInputException.class)
    public void shouldRefuseSprintWhenNotCompleted() {
        KpiPeriod.sprint(new Sprint(8, "Sprint 8", Sprint.State.ACTIVE,
                OffsetDateTime.parse("2026-11-16T09:00:00+01:00"), null, null, 42L));
    }
}
