package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

public class ActivityTest {

    private static final Instant NOON = Instant.parse("2026-02-02T12:00:00Z");
    private static final Objective STORED = Objective.draft(1, "Delight users", "", "alice", ObjectiveLevel.TEAM, "ATLAS")
            .withId(5, 3);

    @Test
    public void shouldNameEveryChangedFieldWhenAnObjectiveIsEdited() {
        Objective edited = STORED.edit("Delight customers", "Why it matters", "alice", ObjectiveLevel.TEAM, "NOVA")
                .alignedTo(9L);

        Activity activity = Activity.edited(STORED, edited, "bob", NOON).orElseThrow();

        assertEquals(ActivityKind.OBJECTIVE_EDITED, activity.kind());
        assertEquals(List.of("title", "description", "team", "parent"), activity.details());
        assertEquals("bob", activity.actor());
        assertEquals(NOON, activity.at());
        assertEquals("Delight customers", activity.subject());
    }

    @Test
    public void shouldRecordNothingWhenAnEditChangesNoField() {
        assertEquals(Optional.empty(), Activity.edited(STORED, STORED.withId(5, 4), "bob", NOON));
        assertEquals(Optional.empty(), Activity.stateChanged(STORED, STORED.withId(5, 4), "bob", NOON));
    }

    @Test
    public void shouldTellOldAndNewStateWhenTheStateChanges() {
        Activity activity = Activity.stateChanged(STORED, STORED.withState(ObjectiveState.ACTIVE), "bob", NOON).orElseThrow();
        assertEquals(List.of("DRAFT", "ACTIVE"), activity.details());
    }

    @Test
    public void shouldKeepConfidenceAndValueWhenCheckingIn() {
        KeyResult kr = KeyResult.of(5, "NPS to 40", "carol", Measure.number("", 20.0, 40.0)).withId(8, 1);
        CheckIn checkIn = CheckIn.of(8, 32.5, Confidence.AT_RISK, "", "carol", NOON).withId(3);

        Activity activity = Activity.checkedIn(kr, checkIn);

        assertEquals(5, activity.objectiveId());
        assertEquals(Long.valueOf(8), activity.keyResultId());
        assertEquals("carol", activity.actor());
        assertEquals(List.of("AT_RISK", "32.5"), activity.details());
    }

    @Test
    public void shouldKnowTheIssueWhenLinkingOrUnlinking() {
        KeyResult kr = KeyResult.of(5, "Epics done", null, Measure.linkedWork(WorkBasis.ISSUE_COUNT)).withId(8, 1);

        assertEquals(Optional.of(10007L), Activity.linked(kr, 10007, "ATLAS-7", "bob", NOON).issueId());
        assertEquals(Optional.of(10007L), Activity.unlinked(kr, 10007, "bob", NOON).issueId());
        assertEquals(Optional.empty(), Activity.keyResultAdded(kr, "bob", NOON).issueId());
    }

    @Test
    public void shouldNameTheMeasureWhenAKeyResultChangesKind() {
        KeyResult kr = KeyResult.of(5, "NPS to 40", "carol", Measure.number("", 20.0, 40.0)).withId(8, 1);
        KeyResult edited = kr.edit("NPS to 40", "carol", 2.0, Measure.milestone(), null);

        Activity activity = Activity.keyResultEdited(kr, edited, "bob", NOON).orElseThrow();

        assertEquals(List.of("weight", "measure"), activity.details());
        assertTrue(Activity.keyResultEdited(kr, kr, "bob", NOON).isEmpty());
    }
}
