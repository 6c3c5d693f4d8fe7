package io.lodestar.core.kpi;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.common.InvalidInputException;
import org.junit.Test;

public class DistributionTest {

    private static final double EXACT = 1e-12;

    @Test
    public void shouldMatchNumpyLinearPercentilesWhenSampleIsOdd() {
        // numpy.percentile([1, 2, 3, 4, 10], [50, 85, 95]) -> [3.0, 6.4, 8.8]
        Distribution oneToFourAndTen = Distribution.of(new double[] {10, 2, 4, 1, 3}, KpiUnit.DAYS);

        assertEquals(5, oneToFourAndTen.count().value(), EXACT);
        assertEquals(4.0, oneToFourAndTen.mean().value(), EXACT);
        assertEquals(3.0, oneToFourAndTen.median().value(), EXACT);
        assertEquals(6.4, oneToFourAndTen.percentile85().value(), EXACT);
        assertEquals(8.8, oneToFourAndTen.percentile95().value(), EXACT);
        assertEquals(KpiUnit.DAYS, oneToFourAndTen.median().unit().orElseThrow());
        assertEquals(5, oneToFourAndTen.median().sampleSize());
    }

    @Test
    public void shouldInterpolateMedianWhenSampleIsEven() {
        // numpy.percentile([1, 2, 3, 4], [50, 85, 95]) -> [2.5, 3.55, 3.85]
        Distribution oneToFour = Distribution.of(new double[] {4, 3, 2, 1}, KpiUnit.DAYS);

        assertEquals(2.5, oneToFour.median().value(), EXACT);
        assertEquals(3.55, oneToFour.percentile85().value(), EXACT);
        assertEquals(3.85, oneToFour.percentile95().value(), EXACT);
    }

    @Test
    public void shouldReturnTheOnlyValueForEveryPercentileWhenSampleHasOneValue() {
        Distribution sevenDays = Distribution.of(new double[] {7}, KpiUnit.DAYS);

        assertEquals(7, sevenDays.median().value(), EXACT);
        assertEquals(7, sevenDays.percentile95().value(), EXACT);
        assertEquals(7, sevenDays.mean().value(), EXACT);
    }

    @Test
    public void shouldBeNotApplicableWithReasonWhenSampleIsEmpty() {
        Distribution none = Distribution.of(new double[8], 0, KpiUnit.DAYS, "no issue resolved in the period");

        assertTrue(none.isEmpty());
        assertFalse(none.median().isApplicable());
        assertFalse(none.mean().isApplicable());
        assertEquals("no issue resolved in the period", none.percentile85().notApplicableReason().orElseThrow());
        assertEquals(0, none.count().value(), EXACT);
    }

    @Test
    public void shouldUseOnlyTheFirstValuesAndLeaveTheBufferUntouchedWhenLengthIsGiven() {
        double[] buffer = {5, 1, 99, 99};

        Distribution firstTwo = Distribution.of(buffer, 2, KpiUnit.HOURS, "none");

        assertEquals(3.0, firstTwo.median().value(), EXACT);
        assertArrayEquals(new double[] {5, 1, 99, 99}, buffer, EXACT);
    }

    @Test(expected = InvalidInputException.class)
    public void shouldRejectNaNWhenInSample() {
        Distribution.of(new double[] {1, Double.NaN}, KpiUnit.DAYS);
    }

    @Test(expected = InvalidInputException.class)
    public void shouldRejectLengthWhenLongerThanBuffer() {
        Distribution.of(new double[] {1}, 2, KpiUnit.DAYS, "none");
    }

    @Test
    public void shouldGiveExtremesWhenFractionIsZeroOrOne() {
        double[] sorted = {1, 5, 9};

        assertEquals(1, Distribution.percentileOfSorted(sorted, 0), EXACT);
        assertEquals(9, Distribution.percentileOfSorted(sorted, 1), EXACT);
    }
}
