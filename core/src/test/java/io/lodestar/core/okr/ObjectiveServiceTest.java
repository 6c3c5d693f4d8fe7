package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.common.StaleVersionException;
import org.junit.Before;
import org.junit.Test;

public class ObjectiveServiceTest {

    private final InMemoryOkrStore store = new InMemoryOkrStore();
    private final ObjectiveService objectives = new ObjectiveService(store);
    private Cycle year;
    private Cycle q1;
    private Cycle q2;

    @Before
    public void createCycles() {
        year = store.saveCycle(Cycle.year(2026));
        q1 = store.saveCycle(Cycle.quarter(2026, 1));
        q2 = store.saveCycle(Cycle.quarter(2026, 2));
    }

    private Objective create(Cycle cycle, String title, ObjectiveLevel level, Long parentId) {
        return objectives.create(new NewObjective(cycle.id(), title, "", "alice", level,
                level == ObjectiveLevel.COMPANY ? null : "Alpha", parentId));
    }

    @Test
    public void shouldCreateDraftWhenInputIsValid() {
        Objective created = create(q1, "  Ship a product people love ", ObjectiveLevel.TEAM, null);
        assertEquals("Ship a product people love", created.title());
        assertEquals(ObjectiveState.DRAFT, created.state());
        assertEquals(created, objectives.get(created.id()));
    }

    @Test
    public void shouldRefuseWhenTitleIsEmpty() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> create(q1, " ", ObjectiveLevel.TEAM, null));
        assertEquals("objective.title", e.field());
        assertTrue(store.objectivesOf(q1.id()).isEmpty());
    }

    @Test
    public void shouldThrowNotFoundWhenCycleIsUnknown() {
        assertThrows(NotFoundException.class, () -> objectives.create(
                new NewObjective(999, "X", "", "alice", ObjectiveLevel.TEAM, "Alpha", null)));
        assertThrows(NotFoundException.class, () -> objectives.get(999));
    }

    @Test
    public void shouldAlignQuarterObjectiveWhenParentIsYearly() {
        Objective company = create(year, "Win the market", ObjectiveLevel.COMPANY, null);
        Objective team = create(q1, "Ship faster", ObjectiveLevel.TEAM, company.id());
        assertEquals(Long.valueOf(company.id()), team.parentId());
    }

    @Test
    public void shouldRefuseWhenChildCycleIsOutsideParentCycle() {
        Objective quarterly = create(q1, "Q1 goal", ObjectiveLevel.COMPANY, null);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> create(q2, "Q2 goal", ObjectiveLevel.TEAM, quarterly.id()));
        assertEquals("objective.parentId", e.field());
        Objective yearly = create(year, "Yearly", ObjectiveLevel.TEAM, null);
        assertThrows(InvalidInputException.class, () -> objectives.align(yearly.id(), yearly.version(), quarterly.id()));
    }

    @Test
    public void shouldRefuseWhenParentIsUnknown() {
        assertEquals("objective.parentId", assertThrows(InvalidInputException.class,
                () -> create(q1, "Goal", ObjectiveLevel.TEAM, 999L)).field());
    }

    @Test
    public void shouldRefuseLoopWhenAligningToOwnDescendant() {
        Objective company = create(q1, "Company", ObjectiveLevel.COMPANY, null);
        Objective team = create(q1, "Team", ObjectiveLevel.TEAM, company.id());
        Objective person = create(q1, "Person", ObjectiveLevel.INDIVIDUAL, team.id());
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> objectives.align(company.id(), company.version(), person.id()));
        assertEquals("objective.parentId", e.field());
        assertTrue(e.reason().contains("loop"));
        assertThrows(InvalidInputException.class, () -> objectives.align(company.id(), company.version(), company.id()));
        assertNull(objectives.get(company.id()).parentId());
    }

    @Test
    public void shouldUnalignWhenParentIsNull() {
        Objective company = create(q1, "Company", ObjectiveLevel.COMPANY, null);
        Objective team = create(q1, "Team", ObjectiveLevel.TEAM, company.id());
        assertNull(objectives.align(team.id(), team.version(), null).parentId());
    }

    @Test
    public void shouldEditAndBumpVersionWhenVersionIsCurrent() {
        Objective created = create(q1, "Old", ObjectiveLevel.TEAM, null);
        Objective edited = objectives.edit(created.id(), created.version(),
                new ObjectiveChanges("New", "Why", "carol", ObjectiveLevel.DEPARTMENT, "Platform"));
        assertEquals("New", edited.title());
        assertEquals("carol", edited.owner());
        assertEquals("Platform", edited.team());
        assertEquals(created.version() + 1, edited.version());
    }

    @Test
    public void shouldRefuseEditWhenVersionIsStale() {
        Objective created = create(q1, "Old", ObjectiveLevel.TEAM, null);
        objectives.activate(created.id(), created.version());
        assertThrows(StaleVersionException.class, () -> objectives.edit(created.id(), created.version(),
                new ObjectiveChanges("New", "", "alice", ObjectiveLevel.TEAM, "Alpha")));
        assertEquals("Old", objectives.get(created.id()).title());
    }

    @Test
    public void shouldMoveThroughStatesWhenActivatedThenClosed() {
        Objective created = create(q1, "Goal", ObjectiveLevel.TEAM, null);
        Objective active = objectives.activate(created.id(), created.version());
        assertEquals(ObjectiveState.ACTIVE, active.state());
        assertEquals(ObjectiveState.CLOSED, objectives.close(active.id(), active.version()).state());
    }

    @Test
    public void shouldDeleteWithKeyResultsWhenNothingAlignsToIt() {
        Objective created = create(q1, "Goal", ObjectiveLevel.TEAM, null);
        KeyResult kr = store.saveKeyResult(KeyResult.of(created.id(), "KR", null, Measure.milestone()));
        objectives.delete(created.id(), created.version());
        assertTrue(store.findObjective(created.id()).isEmpty());
        assertTrue(store.findKeyResult(kr.id()).isEmpty());
    }

    @Test
    public void shouldRefuseDeleteWhenChildrenAlignToIt() {
        Objective company = create(q1, "Company", ObjectiveLevel.COMPANY, null);
        create(q1, "Team", ObjectiveLevel.TEAM, company.id());
        assertEquals("objective", assertThrows(InvalidInputException.class,
                () -> objectives.delete(company.id(), company.version())).field());
        assertTrue(store.findObjective(company.id()).isPresent());
    }

    @Test
    public void shouldRefuseChangesWhenCycleIsClosed() {
        Objective created = create(q1, "Goal", ObjectiveLevel.TEAM, null);
        store.saveCycle(store.findCycle(q1.id()).orElseThrow().close());
        assertEquals("cycle", assertThrows(InvalidInputException.class,
                () -> objectives.activate(created.id(), created.version())).field());
        assertThrows(InvalidInputException.class, () -> create(q1, "Late", ObjectiveLevel.TEAM, null));
    }
}
