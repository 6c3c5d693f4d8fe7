package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.common.StaleVersionException;
import java.time.Duration;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

public class KeyResultServiceTest {

    private final InMemoryOkrStore store = new InMemoryOkrStore();
    private final KeyResultService keyResults = new KeyResultService(store);
    private Objective objective;

    @Before
    public void createObjective() {
        Cycle q1 = store.saveCycle(Cycle.quarter(2026, 1));
        objective = store.saveObjective(Objective.draft(q1.id(), "Goal", "", "alice", ObjectiveLevel.TEAM, "Alpha"));
    }

    @Test
    public void shouldAddWithDefaultsWhenWeightAndCadenceOmitted() {
        KeyResult added = keyResults.add(objective.id(), NewKeyResult.of("Cut bugs", "bob", Measure.number("bugs", 15.0, 3.0)));
        assertEquals(1.0, added.weight(), 0.0);
        assertEquals(KeyResult.WEEKLY, added.cadence());
        assertEquals(List.of(added), keyResults.ofObjective(objective.id()));
    }

    @Test
    public void shouldRefuseWhenWeightIsNotPositive() {
        InvalidInputException zero = assertThrows(InvalidInputException.class, () -> keyResults.add(objective.id(),
                new NewKeyResult("KR", "bob", 0.0, Measure.milestone(), null)));
        assertEquals("keyResult.weight", zero.field());
        assertThrows(InvalidInputException.class, () -> keyResults.add(objective.id(),
                new NewKeyResult("KR", "bob", -1.0, Measure.milestone(), null)));
    }

    @Test
    public void shouldRefuseWhenTitleEmptyOrMeasureMissingOrCadenceZero() {
        assertEquals("keyResult.title", assertThrows(InvalidInputException.class,
                () -> keyResults.add(objective.id(), NewKeyResult.of("", "bob", Measure.milestone()))).field());
        assertEquals("keyResult.measure", assertThrows(InvalidInputException.class,
                () -> keyResults.add(objective.id(), NewKeyResult.of("KR", "bob", null))).field());
        assertEquals("keyResult.cadence", assertThrows(InvalidInputException.class, () -> keyResults.add(objective.id(),
                new NewKeyResult("KR", "bob", 1.0, Measure.milestone(), Duration.ZERO))).field());
    }

    @Test
    public void shouldThrowNotFoundWhenObjectiveOrKeyResultUnknown() {
        assertThrows(NotFoundException.class, () -> keyResults.add(999, NewKeyResult.of("KR", "bob", Measure.milestone())));
        assertThrows(NotFoundException.class, () -> keyResults.get(999));
        assertThrows(NotFoundException.class, () -> keyResults.link(999, 10100));
    }

    @Test
    public void shouldRefuseEditWhenVersionIsStale() {
        KeyResult added = keyResults.add(objective.id(), NewKeyResult.of("KR", "bob", Measure.milestone()));
        KeyResult edited = keyResults.edit(added.id(), added.version(),
                new NewKeyResult("Renamed", "bob", 2.0, Measure.milestone(), Duration.ofDays(14)));
        assertEquals("Renamed", edited.title());
        assertEquals(Duration.ofDays(14), edited.cadence());
        assertThrows(StaleVersionException.class, () -> keyResults.edit(added.id(), added.version(),
                NewKeyResult.of("Again", "bob", Measure.milestone())));
    }

    @Test
    public void shouldLinkIssuesWhenLinkedWork() {
        KeyResult kr = keyResults.add(objective.id(), NewKeyResult.of("Ship", "bob", Measure.linkedWork(WorkBasis.ISSUE_COUNT)));
        assertTrue(keyResults.link(kr.id(), 10100));
        assertFalse(keyResults.link(kr.id(), 10100));
        assertEquals(List.of(10100L), keyResults.linkedIssueIds(kr.id()));
        assertTrue(keyResults.unlink(kr.id(), 10100));
        assertTrue(keyResults.linkedIssueIds(kr.id()).isEmpty());
    }

    @Test
    public void shouldRefuseLinkWhenNotLinkedWork() {
        KeyResult kr = keyResults.add(objective.id(), NewKeyResult.of("KR", "bob", Measure.milestone()));
        assertEquals("keyResult", assertThrows(InvalidInputException.class, () -> keyResults.link(kr.id(), 10100)).field());
        assertThrows(InvalidInputException.class, () -> keyResults.link(kr.id(), 0));
    }

    @Test
    public void shouldDropLinksWhenEditedToAnotherKind() {
        KeyResult kr = keyResults.add(objective.id(), NewKeyResult.of("Ship", "bob", Measure.linkedWork(WorkBasis.ISSUE_COUNT)));
        keyResults.link(kr.id(), 10100);
        keyResults.edit(kr.id(), kr.version(), NewKeyResult.of("Ship", "bob", Measure.milestone()));
        assertTrue(store.linkedIssueIdsOf(kr.id()).isEmpty());
    }

    @Test
    public void shouldDeleteWhenVersionIsCurrent() {
        KeyResult kr = keyResults.add(objective.id(), NewKeyResult.of("KR", "bob", Measure.milestone()));
        keyResults.delete(kr.id(), kr.version());
        assertTrue(store.findKeyResult(kr.id()).isEmpty());
    }
}
