package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.common.InvalidInputException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.Test;

public class KeyResultTest {

    @Test
    public void shouldDefaultToWeightOneAndWeeklyWhenCreated() {
        KeyResult kr = KeyResult.of(1, " Cut bugs ", "bob", Measure.number("bugs", 15.0, 3.0));
        assertEquals("Cut bugs", kr.title());
        assertEquals(1.0, kr.weight(), 0.0);
        assertEquals(Duration.ofDays(7), kr.cadence());
        assertEquals(KeyResultKind.NUMERIC, kr.kind());
    }

    @Test
    public void shouldRefuseWhenWeightIsNotFinite() {
        assertEquals("keyResult.weight", assertThrows(InvalidInputException.class,
                () -> KeyResult.of(1, "KR", "bob", Measure.milestone()).withWeight(Double.POSITIVE_INFINITY)).field());
    }

    @Test
    public void shouldBeDueWhenCadenceHasPassedButNeverWhenGraded() {
        KeyResult kr = KeyResult.of(1, "KR", "bob", Measure.milestone());
        Instant now = Instant.parse("2026-02-01T00:00:00Z");
        assertTrue(kr.checkInDue(Optional.empty(), now));
        assertFalse(kr.graded(1.0).checkInDue(Optional.empty(), now));
        CheckIn fortnightAgo = CheckIn.of(1, 1.0, Confidence.ON_TRACK, "", "bob", now.minus(Duration.ofDays(14)));
        assertFalse(kr.withCadence(Duration.ofDays(15)).checkInDue(Optional.of(fortnightAgo), now));
        assertTrue(kr.withCadence(Duration.ofDays(14)).checkInDue(Optional.of(fortnightAgo), now));
    }
}
