package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.common.InvalidInputException;
import org.junit.Test;

public class ObjectiveTest {

    @Test
    public void shouldTrimTextAndBlankOwnerWhenDrafting() {
        Objective objective = Objective.draft(1, " Grow ", null, "  ", ObjectiveLevel.TEAM, " Alpha ");
        assertEquals("Grow", objective.title());
        assertEquals("", objective.description());
        assertNull(objective.owner());
        assertEquals("Alpha", objective.team());
        assertEquals(ObjectiveState.DRAFT, objective.state());
    }

    @Test
    public void shouldAllowNoTeamWhenDrafting() {
        assertNull(Objective.draft(1, "Grow", "", "alice", ObjectiveLevel.TEAM, " ").team());
    }

    @Test
    public void shouldRefuseWhenAlignedToItself() {
        Objective stored = Objective.draft(1, "Grow", "", "alice", ObjectiveLevel.COMPANY, null).withId(7, 1);
        assertEquals("objective.parentId", assertThrows(InvalidInputException.class, () -> stored.alignedTo(7L)).field());
    }

    @Test
    public void shouldCloseAndFreezeScoreWhenGraded() {
        Objective graded = Objective.draft(1, "Grow", "", "alice", ObjectiveLevel.COMPANY, null).graded(0.62);
        assertEquals(ObjectiveState.CLOSED, graded.state());
        assertTrue(graded.graded());
        assertEquals(0.62, graded.finalScore(), 0.0);
    }
}
