package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import io.lodestar.core.common.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** A keep-within-a-band key result: "p85 cycle time stays between 2 and 5 days". */
public class BandKeyResultTest {

    private static final Measure.WithinBand CYCLE_TIME = Measure.band("days", 2, 5);

    private static KeyResult kr() {
        return KeyResult.of(1, "p85 cycle time stays between 2 and 5 days", "bob", CYCLE_TIME).withId(5, 1);
    }

    private static CheckIn value(double value, String day) {
        return CheckIn.of(5, value, Confidence.ON_TRACK, "", "bob", Instant.parse(day + "T00:00:00Z"));
    }

    private static Measurement measure(String until, CheckIn... history) {
        return Measurement.of(kr(), List.of(history), List.of(), Optional.empty(), Instant.parse(until + "T00:00:00Z"));
    }

    @Test
    public void shouldScoreFullInsideTheBandEdgesIncluded() {
        assertEquals(1.0, measure("2026-04-02", value(3.5, "2026-04-01")).score().value(), 0.0);
        assertEquals(1.0, measure("2026-04-02", value(2.0, "2026-04-01")).score().value(), 0.0);
        assertEquals(1.0, measure("2026-04-02", value(5.0, "2026-04-01")).score().value(), 0.0);
        assertEquals(Band.GREEN, measure("2026-04-02", value(5.0, "2026-04-01")).score().band());
    }

    @Test
    public void shouldScoreNothingOutsideTheBandOnEitherSide() {
        Measurement above = measure("2026-04-02", value(5.01, "2026-04-01"));
        assertEquals(0.0, above.score().value(), 0.0);
        assertEquals(Band.RED, above.score().band());
        assertEquals(5.01, above.current(), 0.0);
        assertEquals(0.0, measure("2026-04-02", value(1.9, "2026-04-01")).score().value(), 0.0);
    }

    @Test
    public void shouldOnlyCountTheLatestValueForTheScore() {
        Measurement m = measure("2026-04-15", value(4, "2026-04-01"), value(6.5, "2026-04-08"));
        assertEquals(0.0, m.score().value(), 0.0);
    }

    @Test
    public void shouldTellTimeSpentInsideTheBand() {
        // 4.0 holds 1-8 April (inside, 7 days), 6.5 holds 8-11 (outside, 3 days), 3.0 holds 11-15 (inside, 4 days)
        Measurement m = measure("2026-04-15", value(4, "2026-04-01"), value(6.5, "2026-04-08"), value(3, "2026-04-11"));
        assertEquals(Duration.ofDays(11), m.bandTime().inside());
        assertEquals(Duration.ofDays(14), m.bandTime().observed());
        assertEquals(11.0 / 14.0, m.bandTime().share(), 1e-12);
        assertEquals(1.0, m.score().value(), 0.0);
    }

    @Test
    public void shouldIgnoreCheckInsWithoutValueAndThoseAfterTheEnd() {
        CheckIn note = CheckIn.of(5, null, Confidence.AT_RISK, "no value", "bob", Instant.parse("2026-04-05T00:00:00Z"));
        Measurement m = measure("2026-04-10", value(4, "2026-04-01"), note, value(9, "2026-04-20"));
        assertEquals(Duration.ofDays(9), m.bandTime().inside());
        assertEquals(Duration.ofDays(9), m.bandTime().observed());
    }

    @Test
    public void shouldHaveAGapBeforeAnyValue() {
        Measurement m = measure("2026-04-10");
        assertEquals(Measurement.NO_BAND_VALUE, m.gap());
        assertEquals(0.0, m.score().value(), 0.0);
        assertNull(m.current());
        assertEquals(BandTime.NONE, m.bandTime());
        assertEquals(0.0, m.bandTime().share(), 0.0);
    }

    @Test
    public void shouldRefuseABandWhoseHighestIsNotAboveItsLowest() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Measure.band("days", 5, 5));
        assertEquals("keyResult.target", e.field());
        assertThrows(InvalidInputException.class, () -> Measure.band("days", Double.NaN, 5));
    }

    @Test
    public void shouldRateLikeTheKpiBandGoal() {
        assertEquals(io.lodestar.core.kpi.KpiGoal.band(2, 5), CYCLE_TIME.goal());
    }

    @Test
    public void shouldScoreInTheTreeWithoutForecastAndCountTimeUntilNow() {
        Cycle cycle = Cycle.quarter(2026, 2).withId(1, 1);
        Objective objective = Objective.draft(1, "Flow", "", "bob", ObjectiveLevel.TEAM, "Atlas").withId(1, 1);
        CheckIn first = value(4, "2026-04-01").withId(1);
        CheckIn second = value(7, "2026-04-11").withId(2);
        CycleOkrs data = new CycleOkrs(cycle, List.of(objective), List.of(kr()), List.of(), List.of(first, second));
        OkrTree tree = OkrTree.score(data, java.util.Map.of(), java.util.Map.of(), ManualClock.at("2026-04-21"));
        ScoredKeyResult scored = tree.findKeyResult(5).orElseThrow();
        assertEquals(0.0, scored.score().value(), 0.0);
        assertEquals(Forecast.Missing.BAND, scored.forecast().missing());
        // inside 1-11 April (10 days) out of 1-21 April (20 days)
        assertEquals(0.5, scored.measurement().bandTime().share(), 1e-12);
    }
}
