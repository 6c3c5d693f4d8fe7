package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class TrackStatusTest {

    @Test
    public void shouldBeOnTrackWhenScoreKeepsPaceWithSuccessLine() {
        assertEquals(TrackStatus.ON_TRACK, TrackStatus.judge(Score.of(0.35), 0.5, null));
        assertEquals(TrackStatus.ON_TRACK, TrackStatus.judge(Score.of(0.7), 1.0, Confidence.ON_TRACK));
    }

    @Test
    public void shouldBeAtRiskWhenBetweenRedAndSuccessLines() {
        assertEquals(TrackStatus.AT_RISK, TrackStatus.judge(Score.of(0.3), 0.5, null));
        assertEquals(TrackStatus.AT_RISK, TrackStatus.judge(Score.of(0.2), 0.5, null));
    }

    @Test
    public void shouldBeOffTrackWhenBelowRedLine() {
        assertEquals(TrackStatus.OFF_TRACK, TrackStatus.judge(Score.of(0.19), 0.5, null));
        assertEquals(TrackStatus.OFF_TRACK, TrackStatus.judge(Score.ZERO, 1.0, null));
    }

    @Test
    public void shouldIgnoreScoreWhenTooEarlyInCycle() {
        assertEquals(TrackStatus.ON_TRACK, TrackStatus.judge(Score.ZERO, 0.09, null));
        assertEquals(TrackStatus.OFF_TRACK, TrackStatus.judge(Score.ZERO, 0.1, null));
    }

    @Test
    public void shouldTakeWorseVerdictWhenConfidenceDisagreesWithScore() {
        assertEquals(TrackStatus.AT_RISK, TrackStatus.judge(Score.FULL, 0.5, Confidence.AT_RISK));
        assertEquals(TrackStatus.OFF_TRACK, TrackStatus.judge(Score.ZERO, 0.05, Confidence.OFF_TRACK));
        assertEquals(TrackStatus.OFF_TRACK, TrackStatus.judge(Score.ZERO, 0.9, Confidence.ON_TRACK));
    }
}
