package io.lodestar.core.kpi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.common.InvalidInputException;
import java.math.BigDecimal;
import org.junit.Test;

public class KpiValueTest {

    @Test
    public void shouldKeepRawValueUnitAndSampleSizeWhenApplicable() {
        KpiValue twentyOnePoints = KpiValue.of(21.5, KpiUnit.STORY_POINTS, 7);

        assertTrue(twentyOnePoints.isApplicable());
        assertEquals(21.5, twentyOnePoints.value(), 0.0);
        assertEquals(KpiUnit.STORY_POINTS, twentyOnePoints.unit().orElseThrow());
        assertEquals(7, twentyOnePoints.sampleSize());
        assertFalse(twentyOnePoints.notApplicableReason().isPresent());
    }

    @Test
    public void shouldCarryReasonAndNoNumberWhenNotApplicable() {
        KpiValue noSprint = KpiValue.notApplicable("no closed sprint");

        assertFalse(noSprint.isApplicable());
        assertEquals("no closed sprint", noSprint.notApplicableReason().orElseThrow());
        assertFalse(noSprint.valueIfAny().isPresent());
        assertFalse(noSprint.unit().isPresent());
    }

    @Test(expected = IllegalStateException.class)
    public void shouldRefuseToGiveNumberWhenNotApplicable() {
        KpiValue.notApplicable("no data").value();
    }

    @Test
    public void shouldRejectNaNWhenCreated() {
        try {
            KpiValue.of(Double.NaN, KpiUnit.RATIO, 1);
            throw new AssertionError("NaN accepted");
        } catch (InvalidInputException expected) {
            assertEquals("kpiValue.value", expected.field());
        }
    }

    @Test(expected = InvalidInputException.class)
    public void shouldRejectInfinityWhenCreated() {
        KpiValue.of(Double.POSITIVE_INFINITY, KpiUnit.RATIO, 1);
    }

    @Test(expected = InvalidInputException.class)
    public void shouldRejectBlankReasonWhenNotApplicable() {
        KpiValue.notApplicable("  ");
    }

    @Test(expected = InvalidInputException.class)
    public void shouldRejectNegativeSampleSizeWhenCreated() {
        KpiValue.of(1, KpiUnit.ISSUES, -1);
    }

    @Test
    public void shouldRoundHalfUpForDisplayOnlyWhenRounded() {
        KpiValue twoThirds = KpiValue.of(2.675, KpiUnit.DAYS, 3);

        assertEquals(new BigDecimal("2.68"), twoThirds.rounded(2));
        assertEquals(2.675, twoThirds.value(), 0.0);
    }

    @Test
    public void shouldBeEqualWhenSameValueUnitAndSampleSize() {
        assertEquals(KpiValue.of(3, KpiUnit.ISSUES, 3), KpiValue.of(3, KpiUnit.ISSUES, 3));
        assertFalse(KpiValue.of(3, KpiUnit.ISSUES, 3).equals(KpiValue.of(3, KpiUnit.STORY_POINTS, 3)));
        assertEquals(KpiValue.notApplicable("x"), KpiValue.notApplicable("x"));
    }
}
