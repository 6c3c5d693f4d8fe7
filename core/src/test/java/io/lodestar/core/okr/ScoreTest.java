package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.common.InvalidInputException;
import java.util.List;
import org.junit.Test;

public class ScoreTest {

    @Test
    public void shouldBeRedWhenJustBelowPointFour() {
        assertEquals(Band.RED, Score.of(0.0).band());
        assertEquals(Band.RED, Score.of(0.39).band());
    }

    @Test
    public void shouldBeYellowWhenExactlyPointFour() {
        assertEquals(Band.YELLOW, Score.of(0.4).band());
        assertEquals(Band.YELLOW, Score.of(0.69).band());
        assertFalse(Score.of(0.69).success());
    }

    @Test
    public void shouldBeGreenAndSuccessWhenExactlyPointSeven() {
        assertEquals(Band.GREEN, Score.of(0.7).band());
        assertTrue(Score.of(0.7).success());
        assertEquals(Band.GREEN, Score.of(1.0).band());
    }

    @Test
    public void shouldCountAsPointSevenWhenFloatingPointLandsJustBelow() {
        double progress = Measure.fractionOfWay(1.0, 1.3, 1.21);
        assertTrue("binary arithmetic lands below 0.7: " + progress, progress < 0.7);
        assertTrue(Score.fromProgress(progress).success());
    }

    @Test
    public void shouldClampWhenProgressOvershootsOrRegresses() {
        assertEquals(1.0, Score.fromProgress(1.25).value(), 0.0);
        assertEquals(0.0, Score.fromProgress(-0.5).value(), 0.0);
        assertEquals(0.55, Score.fromProgress(0.55).value(), 0.0);
    }

    @Test
    public void shouldRefuseWhenOutsideScale() {
        assertEquals("score", assertThrows(InvalidInputException.class, () -> Score.of(1.01)).field());
        assertThrows(InvalidInputException.class, () -> Score.fromProgress(Double.NaN));
    }

    @Test
    public void shouldRoundOnlyForDisplayWhenTwoThirds() {
        Score twoThirds = Score.fromProgress(2.0 / 3);
        assertEquals(2.0 / 3, twoThirds.value(), 0.0);
        assertEquals("0.66", twoThirds.display());
        assertEquals(Band.YELLOW, twoThirds.band());
        assertEquals("0.00", Score.ZERO.display());
        assertEquals("1.00", Score.FULL.display());
        assertEquals("0.25", Score.of(0.25).display());
    }

    @Test
    public void shouldNeverDisplayAHigherBandThanTheScoreHasWhenJustBelowAThreshold() {
        assertEquals("0.69", Score.of(0.699).display());
        assertEquals(Band.YELLOW, Score.of(0.699).band());
        assertEquals("0.39", Score.of(0.3999).display());
        assertEquals(Band.RED, Score.of(0.3999).band());
    }

    @Test
    public void shouldDisplaySuccessWhenTheScoreCountsAsSevenTenths() {
        Score hairBelow = Score.fromProgress((1.21 - 1) / (1.3 - 1));
        assertEquals(Band.GREEN, hairBelow.band());
        assertEquals("0.70", hairBelow.display());
    }

    @Test
    public void shouldWeighScoresWhenWeightsDiffer() {
        Score mean = Score.weightedMean(List.of(
                new Score.Weighted(Score.of(1.0), 3),
                new Score.Weighted(Score.of(0.2), 1)));
        assertEquals(0.8, mean.value(), 1e-12);
    }

    @Test
    public void shouldRefuseWhenMeanOfNothingOrWeightNotPositive() {
        assertThrows(InvalidInputException.class, () -> Score.weightedMean(List.of()));
        assertEquals("weight", assertThrows(InvalidInputException.class,
                () -> new Score.Weighted(Score.ZERO, 0)).field());
    }
}
