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
}
