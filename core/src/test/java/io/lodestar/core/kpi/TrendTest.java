package io.lodestar.core.kpi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class TrendTest {

    private static final KpiGoal VELOCITY_30_ALERT_20 = KpiGoal.growing(Direction.HIGHER_IS_BETTER, 30, 20);
    private static final KpiGoal WIP_3_TO_8 = KpiGoal.band(3, 8);

    private static KpiValue points(double value) {
        return KpiValue.of(value, KpiUnit.STORY_POINTS, 1);
    }

    @Test
    public void shouldBeFlatWhenValuesDifferOnlyByFloatingPointNoise() {
        Trend trend = Trend.between(points(0.1 + 0.2), points(0.3), VELOCITY_30_ALERT_20);

        assertEquals(Trend.Movement.FLAT, trend.movement());
        assertEquals(Trend.Verdict.NEUTRAL, trend.verdict());
    }

    @Test
    public void shouldMoveWhenValuesReallyDiffer() {
        Trend trend = Trend.between(points(20), points(20.01), VELOCITY_30_ALERT_20);

        assertEquals(Trend.Movement.UP, trend.movement());
        assertEquals(Trend.Verdict.IMPROVING, trend.verdict());
        assertEquals(20, trend.previous().getAsDouble(), 0);
    }

    @Test
    public void shouldBeNeutralWhenMovingInsideTheBand() {
        Trend trend = Trend.between(points(4), points(7), WIP_3_TO_8);

        assertEquals(Trend.Movement.UP, trend.movement());
        assertEquals(Trend.Verdict.NEUTRAL, trend.verdict());
    }

    @Test
    public void shouldImproveWhenComingDownTowardsTheBand() {
        Trend trend = Trend.between(points(12), points(9), WIP_3_TO_8);

        assertEquals(Trend.Movement.DOWN, trend.movement());
        assertEquals(Trend.Verdict.IMPROVING, trend.verdict());
    }

    @Test
    public void shouldBeUnknownWithReasonWhenPreviousIsNotApplicable() {
        Trend trend = Trend.between(KpiValue.notApplicable("no closed sprint"), points(3), VELOCITY_30_ALERT_20);

        assertEquals(Trend.Movement.UNKNOWN, trend.movement());
        assertEquals(Trend.Verdict.UNKNOWN, trend.verdict());
        assertTrue(trend.unknownReasonIfAny().orElseThrow().contains("no closed sprint"));
        assertTrue(trend.previous().isEmpty());
    }
}
