package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import org.junit.Test;

public class WorkProgressTest {

    private static final LinkedIssue DONE_STORY = LinkedIssue.issue(11, "A-11", true, 5.0);
    private static final LinkedIssue OPEN_STORY = LinkedIssue.issue(12, "A-12", false, 3.0);
    private static final LinkedIssue OPEN_UNESTIMATED = LinkedIssue.issue(13, "A-13", false, null);

    @Test
    public void shouldCountChildrenNotEpicWhenEpicLinked() {
        LinkedIssue epic = LinkedIssue.epic(10, "A-10", false, 40.0, List.of(DONE_STORY, OPEN_STORY, OPEN_UNESTIMATED));
        WorkProgress progress = WorkProgress.of(WorkBasis.ISSUE_COUNT, List.of(epic));
        assertEquals(1, progress.doneIssues());
        assertEquals(3, progress.totalIssues());
        assertEquals(5.0, progress.donePoints(), 0.0);
        assertEquals(8.0, progress.totalPoints(), 0.0);
        assertEquals(1.0 / 3, progress.fraction().getAsDouble(), 1e-12);
    }

    @Test
    public void shouldCountEpicItselfWhenNoChildVisible() {
        LinkedIssue doneEpic = LinkedIssue.epic(10, "A-10", true, 8.0, List.of());
        WorkProgress progress = WorkProgress.of(WorkBasis.STORY_POINTS, List.of(doneEpic, OPEN_STORY));
        assertEquals(2, progress.totalIssues());
        assertEquals(8.0 / 11, progress.fraction().getAsDouble(), 1e-12);
    }

    @Test
    public void shouldCountOnceWhenIssueLinkedDirectlyAndThroughEpic() {
        LinkedIssue epic = LinkedIssue.epic(10, "A-10", false, null, List.of(DONE_STORY, OPEN_STORY));
        WorkProgress progress = WorkProgress.of(WorkBasis.ISSUE_COUNT, List.of(DONE_STORY, epic));
        assertEquals(2, progress.totalIssues());
        assertEquals(0.5, progress.fraction().getAsDouble(), 0.0);
    }

    @Test
    public void shouldHaveNoFractionWhenNothingToCount() {
        assertTrue(WorkProgress.of(WorkBasis.ISSUE_COUNT, List.of()).fraction().isEmpty());
        assertTrue(WorkProgress.of(WorkBasis.STORY_POINTS, List.of(OPEN_UNESTIMATED)).fraction().isEmpty());
    }
}
