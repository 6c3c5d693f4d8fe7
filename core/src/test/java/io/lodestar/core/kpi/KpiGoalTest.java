package io.lodestar.core.kpi;

import static org.junit.Assert.assertEquals;

import io.lodestar.core.common.InvalidInputException;
import org.junit.Test;

public class KpiGoalTest {

    private static final KpiGoal VELOCITY_30_ALERT_20 = KpiGoal.growing(Direction.HIGHER_IS_BETTER, 30, 20);
    private static final KpiGoal LEAD_TIME_5_ALERT_8 = KpiGoal.growing(Direction.LOWER_IS_BETTER, 5, 8);
    private static final KpiGoal WIP_3_TO_8 = KpiGoal.band(3, 8);

    @Test
    public void shouldBeGreenWhenHigherIsBetterAndValueReachesTarget() {
        assertEquals(Rating.GREEN, VELOCITY_30_ALERT_20.rate(30));
        assertEquals(Rating.GREEN, VELOCITY_30_ALERT_20.rate(42));
    }

    @Test
    public void shouldBeYellowWhenHigherIsBetterAndValueBetweenThresholdAndTarget() {
        assertEquals(Rating.YELLOW, VELOCITY_30_ALERT_20.rate(29.99));
        assertEquals(Rating.YELLOW, VELOCITY_30_ALERT_20.rate(20));
    }

    @Test
    public void shouldBeRedWhenHigherIsBetterAndValueBelowThreshold() {
        assertEquals(Rating.RED, VELOCITY_30_ALERT_20.rate(19.99));
        assertEquals(Rating.RED, VELOCITY_30_ALERT_20.rate(-1));
    }

    @Test
    public void shouldRateMirroredWhenLowerIsBetter() {
        assertEquals(Rating.GREEN, LEAD_TIME_5_ALERT_8.rate(5));
        assertEquals(Rating.GREEN, LEAD_TIME_5_ALERT_8.rate(0));
        assertEquals(Rating.YELLOW, LEAD_TIME_5_ALERT_8.rate(5.01));
        assertEquals(Rating.YELLOW, LEAD_TIME_5_ALERT_8.rate(8));
        assertEquals(Rating.RED, LEAD_TIME_5_ALERT_8.rate(8.01));
    }

    @Test
    public void shouldHaveNoYellowWhenThresholdEqualsTarget() {
        KpiGoal sayDoAtLeastEightyPercent = KpiGoal.growing(Direction.HIGHER_IS_BETTER, 0.8, 0.8);

        assertEquals(Rating.GREEN, sayDoAtLeastEightyPercent.rate(0.8));
        assertEquals(Rating.RED, sayDoAtLeastEightyPercent.rate(0.79));
    }

    @Test
    public void shouldBeGreenInsideBandIncludingEdgesAndRedOutside() {
        assertEquals(Rating.GREEN, WIP_3_TO_8.rate(3));
        assertEquals(Rating.GREEN, WIP_3_TO_8.rate(5));
        assertEquals(Rating.GREEN, WIP_3_TO_8.rate(8));
        assertEquals(Rating.RED, WIP_3_TO_8.rate(2.99));
        assertEquals(Rating.RED, WIP_3_TO_8.rate(8.01));
    }

    @Test
    public void shouldRefuseThresholdAboveTargetWhenHigherIsBetter() {
        try {
            KpiGoal.growing(Direction.HIGHER_IS_BETTER, 30, 31);
            throw new AssertionError("accepted");
        } catch (InvalidInputException expected) {
            assertEquals("kpi.goal.alertThreshold", expected.field());
        }
    }

    @Test(expected = InvalidInputException.class)
    public void shouldRefuseThresholdBelowTargetWhenLowerIsBetter() {
        KpiGoal.growing(Direction.LOWER_IS_BETTER, 5, 4);
    }

    @Test
    public void shouldRefuseBandWhenMinimumIsNotBelowMaximum() {
        try {
            KpiGoal.band(8, 8);
            throw new AssertionError("accepted");
        } catch (InvalidInputException expected) {
            assertEquals("kpi.goal.maximum", expected.field());
        }
    }

    @Test(expected = InvalidInputException.class)
    public void shouldRefuseTargetWhenNotFinite() {
        KpiGoal.growing(Direction.HIGHER_IS_BETTER, Double.NaN, 1);
    }

    @Test
    public void shouldNameItsKindWhenAsked() {
        assertEquals(KpiGoal.Kind.GROWING, VELOCITY_30_ALERT_20.kind());
        assertEquals(KpiGoal.Kind.BAND, WIP_3_TO_8.kind());
    }

    @Test
    public void shouldJudgeImprovementByDirectionWhenGrowing() {
        assertEquals(1, VELOCITY_30_ALERT_20.improvement(20, 25));
        assertEquals(-1, VELOCITY_30_ALERT_20.improvement(25, 20));
        assertEquals(0, VELOCITY_30_ALERT_20.improvement(25, 25));
        assertEquals(1, LEAD_TIME_5_ALERT_8.improvement(7, 6));
        assertEquals(-1, LEAD_TIME_5_ALERT_8.improvement(6, 7));
    }

    @Test
    public void shouldJudgeImprovementByDistanceToBandWhenBand() {
        assertEquals(1, WIP_3_TO_8.improvement(12, 10));
        assertEquals(-1, WIP_3_TO_8.improvement(1, 0));
        assertEquals(0, WIP_3_TO_8.improvement(4, 7));
        assertEquals(1, WIP_3_TO_8.improvement(9, 7));
    }
}
