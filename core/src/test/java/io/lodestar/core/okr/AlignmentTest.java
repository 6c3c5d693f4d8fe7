package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.lodestar.core.common.InvalidInputException;
import java.util.Map;
import java.util.Optional;
import org.junit.Test;

public class AlignmentTest {

    private static final Cycle YEAR = Cycle.year(2026).withId(1, 1);
    private static final Cycle Q1 = Cycle.quarter(2026, 1).withId(2, 1);

    private static Objective objective(long id, Cycle cycle, Long parentId) {
        return new Objective(id, 1, cycle.id(), "Objective " + id, "", "alice", ObjectiveLevel.TEAM, "Alpha",
                ObjectiveState.ACTIVE, parentId, null, false);
    }

    @Test
    public void shouldAcceptWhenChildCycleEqualsParentCycle() {
        Alignment.check(objective(2, Q1, null), Q1, objective(1, Q1, null), Q1, id -> Optional.empty());
    }

    @Test
    public void shouldAcceptNewObjectiveWhenParentChainIsLong() {
        Map<Long, Objective> stored = Map.of(1L, objective(1, YEAR, null), 2L, objective(2, YEAR, 1L));
        Alignment.check(objective(0, Q1, null), Q1, stored.get(2L), YEAR, id -> Optional.ofNullable(stored.get(id)));
    }

    @Test
    public void shouldRefuseWhenLoopIsSeveralLevelsUp() {
        Map<Long, Objective> stored = Map.of(
                1L, objective(1, Q1, null),
                2L, objective(2, Q1, 1L),
                3L, objective(3, Q1, 2L));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Alignment.check(stored.get(1L), Q1, stored.get(3L), Q1, id -> Optional.ofNullable(stored.get(id))));
        assertEquals("objective.parentId", e.field());
    }

    @Test
    public void shouldStopWalkingWhenStoredDataAlreadyLoops() {
        Map<Long, Objective> stored = Map.of(
                1L, objective(1, Q1, 2L),
                2L, objective(2, Q1, 1L));
        Alignment.check(objective(9, Q1, null), Q1, stored.get(1L), Q1, id -> Optional.ofNullable(stored.get(id)));
    }

    @Test
    public void shouldRefuseWhenChildCycleStartsBeforeParentCycle() {
        Cycle december = Cycle.of("December", CycleKind.CUSTOM, java.time.LocalDate.of(2025, 12, 1),
                java.time.LocalDate.of(2026, 1, 1)).withId(3, 1);
        assertThrows(InvalidInputException.class, () -> Alignment.check(objective(2, december, null), december,
                objective(1, YEAR, null), YEAR, id -> Optional.empty()));
    }
}
