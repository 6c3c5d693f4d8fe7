package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.common.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.Test;

public class CycleTest {

    private static final Cycle Q1_2026 = Cycle.quarter(2026, 1);

    @Test
    public void shouldSpanThreeMonthsWhenQuarter() {
        assertEquals("2026 Q1", Q1_2026.name());
        assertEquals(LocalDate.of(2026, 1, 1), Q1_2026.start());
        assertEquals(LocalDate.of(2026, 4, 1), Q1_2026.end());
        assertEquals(LocalDate.of(2026, 10, 1), Cycle.quarter(2026, 4).start());
        assertEquals(LocalDate.of(2027, 1, 1), Cycle.quarter(2026, 4).end());
    }

    @Test
    public void shouldSpanHalfAndYearWhenAsked() {
        assertEquals(LocalDate.of(2026, 7, 1), Cycle.half(2026, 2).start());
        assertEquals(LocalDate.of(2027, 1, 1), Cycle.half(2026, 2).end());
        assertEquals(CycleKind.YEAR, Cycle.year(2026).kind());
        assertEquals(LocalDate.of(2027, 1, 1), Cycle.year(2026).end());
    }

    @Test
    public void shouldIncludeStartAndExcludeEndWhenContains() {
        assertTrue(Q1_2026.contains(LocalDate.of(2026, 1, 1)));
        assertTrue(Q1_2026.contains(LocalDate.of(2026, 3, 31)));
        assertFalse(Q1_2026.contains(LocalDate.of(2026, 4, 1)));
        assertFalse(Q1_2026.contains(LocalDate.of(2025, 12, 31)));
    }

    @Test
    public void shouldEncloseQuarterWhenYearOrSameRange() {
        assertTrue(Cycle.year(2026).encloses(Q1_2026));
        assertTrue(Q1_2026.encloses(Cycle.quarter(2026, 1)));
        assertFalse(Q1_2026.encloses(Cycle.year(2026)));
        assertFalse(Cycle.year(2025).encloses(Q1_2026));
    }

    @Test
    public void shouldRefuseWhenEndIsNotAfterStart() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Cycle.of("Sprint", CycleKind.CUSTOM, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 1)));
        assertEquals("cycle.end", e.field());
        assertThrows(InvalidInputException.class, () -> Cycle.quarter(2026, 5));
        assertEquals("cycle.name", assertThrows(InvalidInputException.class,
                () -> Cycle.of(" ", CycleKind.CUSTOM, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1))).field());
    }

    @Test
    public void shouldMeasureElapsedFractionWhenInsideCycle() {
        Cycle tenDays = Cycle.of("Ten days", CycleKind.CUSTOM, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 11));
        assertEquals(0.0, tenDays.elapsedFraction(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC), 0.0);
        assertEquals(0.25, tenDays.elapsedFraction(Instant.parse("2026-03-03T12:00:00Z"), ZoneOffset.UTC), 1e-12);
        assertEquals(0.7, tenDays.elapsedFraction(Instant.parse("2026-03-08T00:00:00Z"), ZoneOffset.UTC), 1e-12);
    }

    @Test
    public void shouldClampElapsedFractionWhenOutsideCycle() {
        assertEquals(0.0, Q1_2026.elapsedFraction(Instant.parse("2025-12-01T00:00:00Z"), ZoneOffset.UTC), 0.0);
        assertEquals(1.0, Q1_2026.elapsedFraction(Instant.parse("2026-04-01T00:00:00Z"), ZoneOffset.UTC), 0.0);
        assertEquals(1.0, Q1_2026.elapsedFraction(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC), 0.0);
    }

    @Test
    public void shouldUseClockZoneWhenMeasuringElapsedFraction() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        Instant tokyoNewYear = Instant.parse("2025-12-31T15:00:00Z");
        assertEquals(0.0, Q1_2026.elapsedFraction(new ManualClock(tokyoNewYear, tokyo)), 0.0);
        assertTrue(Q1_2026.elapsedFraction(new ManualClock(tokyoNewYear.plusSeconds(3600), tokyo)) > 0.0);
    }
}
