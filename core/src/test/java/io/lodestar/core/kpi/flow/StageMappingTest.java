package io.lodestar.core.kpi.flow;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.issue.StatusCategory;
import java.util.List;
import org.junit.Test;

public class StageMappingTest {

    private static final String APACHE = "To Do=Open,Reopened;In Progress=In Progress,Patch Available;Done=Resolved,Closed";

    @Test
    public void shouldMapStatusCategoriesToThreeStagesWhenDefault() {
        StageMapping mapping = StageMapping.byStatusCategory();
        assertEquals(List.of("To Do", "In Progress", "Done"), mapping.stages());
        assertEquals("In Progress", mapping.commitStageName());
        assertEquals("Done", mapping.doneStageName());
        assertEquals(0, mapping.stageOf("1", "Open", StatusCategory.TO_DO));
        assertEquals(1, mapping.stageOf("3", "In Progress", StatusCategory.IN_PROGRESS));
        assertEquals(2, mapping.stageOf("6", "Closed", StatusCategory.DONE));
    }

    @Test
    public void shouldLeaveStatusUnmappedWhenDefaultAndCategoryUnknown() {
        assertEquals(StageMapping.UNMAPPED,
                StageMapping.byStatusCategory().stageOf("10002", "Patch Available", StatusCategory.UNDEFINED));
    }

    @Test
    public void shouldParseStagesInOrderWhenWorkflowTextGiven() {
        StageMapping mapping = StageMapping.parse(APACHE, "In Progress", "Done");
        assertEquals(List.of("To Do", "In Progress", "Done"), mapping.stages());
        assertEquals(1, mapping.commitStage());
        assertEquals(2, mapping.doneStage());
        assertEquals(1, mapping.stageOf("10002", "Patch Available", StatusCategory.UNDEFINED));
        assertEquals(0, mapping.stageOf("4", "Reopened", StatusCategory.TO_DO));
    }

    @Test
    public void shouldMatchNamesCaseInsensitivelyAndIdsWhenConfigured() {
        StageMapping mapping = StageMapping.parse("Backlog=open;Doing=3;Shipped=CLOSED", "doing", "SHIPPED");
        assertEquals(0, mapping.stageOf("1", "Open", StatusCategory.UNDEFINED));
        assertEquals(1, mapping.stageOf("3", "Renamed status", StatusCategory.UNDEFINED));
        assertEquals(2, mapping.stageOf("6", "Closed", StatusCategory.UNDEFINED));
        assertEquals("Shipped", mapping.doneStageName());
    }

    @Test
    public void shouldIgnoreCategoryWhenConfiguredMappingOmitsStatus() {
        StageMapping mapping = StageMapping.parse(APACHE, "In Progress", "Done");
        assertEquals(StageMapping.UNMAPPED, mapping.stageOf("10000", "In Review", StatusCategory.IN_PROGRESS));
    }

    @Test
    public void shouldRejectUnknownStageWhenCommitStageNotListed() {
        assertInvalid("commitStage", () -> StageMapping.parse(APACHE, "Doing", "Done"));
    }

    @Test
    public void shouldRejectMappingWhenCommitStageComesAfterDone() {
        assertInvalid("commitStage", () -> StageMapping.parse(APACHE, "Done", "In Progress"));
    }

    @Test
    public void shouldRejectMappingWhenStatusIsInTwoStages() {
        assertInvalid("workflow", () -> StageMapping.parse("A=Open;B=open", "A", "B"));
    }

    @Test
    public void shouldRejectWorkflowTextWhenStageHasNoEqualsSign() {
        assertInvalid("workflow", () -> StageMapping.parse("To Do;Done=Closed", "Done", "Done"));
    }

    private static void assertInvalid(String field, Runnable action) {
        try {
            action.run();
            fail("accepted");
        } catch (InvalidInputException e) {
            assertEquals(field, e.field());
        }
    }
}
