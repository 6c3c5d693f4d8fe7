package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.Test;

public class ForecastTest {

    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant END = START.plus(Duration.ofDays(91));

    private static CheckIn at(int day, Double value) {
        return CheckIn.of(1, value, Confidence.ON_TRACK, "", "bob", START.plus(Duration.ofDays(day)));
    }

    private static CheckIn atSecond(int second, Double value) {
        return CheckIn.of(1, value, Confidence.ON_TRACK, "", "bob", START.plus(Duration.ofDays(20)).plusSeconds(second));
    }

    private static Forecast towards(List<CheckIn> history, Instant now, double start, double target) {
        return Forecast.leastSquares(history, START, END, now, start, target);
    }

    @Test
    public void shouldProjectLineWhenPointsAreExactlyLinear() {
        Forecast forecast = Forecast.leastSquares(List.of(at(0, 10.0), at(7, 12.0), at(14, 14.0)), START, END);
        assertTrue(forecast.available());
        assertEquals(2.0 / 7, forecast.slopePerDay(), 1e-12);
        assertEquals(36.0, forecast.value(), 1e-9);
        assertEquals(3, forecast.samples());
    }

    @Test
    public void shouldFitLeastSquaresWhenPointsAreNoisy() {
        // x = 0, 10, 20; y = 1, 5, 6: slope = 0.25, intercept = 1.5, value at 91 = 24.25
        Forecast forecast = Forecast.leastSquares(List.of(at(20, 6.0), at(0, 1.0), at(10, 5.0)), START, END);
        assertEquals(0.25, forecast.slopePerDay(), 1e-12);
        assertEquals(24.25, forecast.value(), 1e-9);
    }

    @Test
    public void shouldProjectDecreaseWhenValuesFall() {
        Forecast forecast = Forecast.leastSquares(List.of(at(0, 15.0), at(45, 9.0)), START, END);
        assertTrue(forecast.value() < 9.0);
    }

    @Test
    public void shouldSayNotEnoughDataWhenFewerThanTwoValues() {
        Forecast one = Forecast.leastSquares(List.of(at(0, 10.0), at(7, null)), START, END);
        assertFalse(one.available());
        assertEquals(Forecast.NOT_ENOUGH_DATA, one.reason());
        assertEquals(1, one.samples());
        assertFalse(Forecast.leastSquares(List.of(), START, END).available());
    }

    @Test
    public void shouldSayNotEnoughDataWhenAllValuesAtSameInstant() {
        assertFalse(Forecast.leastSquares(List.of(at(3, 1.0), at(3, 2.0)), START, END).available());
    }

    @Test
    public void shouldRefuseToProjectWhenCheckInsAreSecondsApart() {
        // 480 ms then 300 ms three seconds later: a line through them would fall 5 million ms a day.
        Forecast forecast = towards(List.of(atSecond(0, 480.0), atSecond(3, 300.0)), START.plus(Duration.ofDays(21)),
                480.0, 300.0);
        assertFalse(forecast.available());
        assertEquals(Forecast.Missing.TOO_SHORT_SPAN, forecast.missing());
        assertTrue(Double.isNaN(forecast.value()));
    }

    @Test
    public void shouldRefuseToProjectWhenValuesSpanLessThanAWeek() {
        assertEquals(Forecast.Missing.TOO_SHORT_SPAN,
                Forecast.leastSquares(List.of(at(0, 1.0), at(6, 2.0)), START, END).missing());
        assertTrue(Forecast.leastSquares(List.of(at(0, 1.0), at(7, 2.0)), START, END).available());
    }

    @Test
    public void shouldTellTheDayTheTargetIsReachedWhenTheLineHeadsForIt() {
        // 10, 12, 14 on days 0, 7, 14: 30 is reached on day 70, inside the 91-day cycle.
        Forecast forecast = towards(List.of(at(0, 10.0), at(7, 12.0), at(14, 14.0)), START.plus(Duration.ofDays(14)),
                10.0, 30.0);
        assertEquals(Forecast.Reach.ON_DATE, forecast.reach());
        assertEquals(START.plus(Duration.ofDays(70)), forecast.targetDate());
    }

    @Test
    public void shouldTellADayAfterTheCycleWhenTheTargetIsReachedLate() {
        // 10, 12, 14 on days 0, 7, 14: 50 is reached on day 140, 49 days after the cycle ends.
        Forecast forecast = towards(List.of(at(0, 10.0), at(7, 12.0), at(14, 14.0)), START.plus(Duration.ofDays(14)),
                10.0, 50.0);
        assertEquals(Forecast.Reach.ON_DATE, forecast.reach());
        assertEquals(START.plus(Duration.ofDays(140)), forecast.targetDate());
        assertTrue(forecast.targetDate().isAfter(END));
    }

    @Test
    public void shouldSayNotReachedAtThisPaceWhenTheLineHeadsAway() {
        Forecast forecast = towards(List.of(at(0, 480.0), at(7, 490.0)), START.plus(Duration.ofDays(7)), 480.0, 300.0);
        assertEquals(Forecast.Reach.NOT_AT_THIS_PACE, forecast.reach());
        assertEquals(null, forecast.targetDate());
    }

    @Test
    public void shouldSayNotReachedAtThisPaceWhenTheDayIsYearsAhead() {
        // 0.01 a week towards a target 1000 away: tens of thousands of years.
        Forecast forecast = towards(List.of(at(0, 0.0), at(7, 0.01)), START.plus(Duration.ofDays(7)), 0.0, 1000.0);
        assertEquals(Forecast.Reach.NOT_AT_THIS_PACE, forecast.reach());
    }

    @Test
    public void shouldSayReachedWhenTheLatestValueMetTheTarget() {
        Forecast forecast = towards(List.of(at(0, 480.0), at(7, 290.0)), START.plus(Duration.ofDays(7)), 480.0, 300.0);
        assertEquals(Forecast.Reach.REACHED, forecast.reach());
    }

    @Test
    public void shouldNotProjectBelowZeroWhenStartAndTargetAreNotNegative() {
        // 480 then 300 ms a week later: the line would be far below zero at day 91.
        Forecast forecast = towards(List.of(at(0, 480.0), at(7, 400.0)), START.plus(Duration.ofDays(7)), 480.0, 300.0);
        assertEquals(0.0, forecast.value(), 0.0);
        assertEquals(Forecast.Reach.ON_DATE, forecast.reach());
    }

    @Test
    public void shouldNeverTellADayBeforeNowWhenTheLineIsAheadOfTheValues() {
        // The fit passes 30 on day ~13, but the latest value (20 on day 14) has not reached it: from now on.
        Instant now = START.plus(Duration.ofDays(20));
        Forecast forecast = towards(List.of(at(0, 0.0), at(7, 40.0), at(14, 20.0)), now, 0.0, 30.0);
        assertEquals(Forecast.Reach.ON_DATE, forecast.reach());
        assertEquals(now, forecast.targetDate());
    }
}
