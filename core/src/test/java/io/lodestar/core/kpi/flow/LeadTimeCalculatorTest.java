package io.lodestar.core.kpi.flow;

import static io.lodestar.core.issue.IssueSnapshotBuilder.CLOSED;
import static io.lodestar.core.issue.IssueSnapshotBuilder.DEFAULT_WORKFLOW;
import static io.lodestar.core.issue.IssueSnapshotBuilder.IN_PROGRESS;
import static io.lodestar.core.issue.IssueSnapshotBuilder.OPEN;
import static io.lodestar.core.issue.IssueSnapshotBuilder.REOPENED;
import static io.lodestar.core.issue.IssueSnapshotBuilder.RESOLVED;
import static io.lodestar.core.issue.IssueSnapshotBuilder.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Status;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.issue.StatusCategory;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.Test;

public class LeadTimeCalculatorTest {

    private final LeadTimeCalculator calculator = new LeadTimeCalculator(StageMapping.byStatusCategory(), DEFAULT_WORKFLOW);

    /** Mon 2024-01-01 09:00 created; first Resolved Thu; reopened Fri; Closed the next Monday. */
    private static IssueSnapshot reopenedIssue() {
        return issue("A-1").created("2024-01-01T09:00Z")
                .moved("2024-01-02T09:00Z", OPEN, IN_PROGRESS)
                .moved("2024-01-04T09:00Z", IN_PROGRESS, RESOLVED)
                .moved("2024-01-05T09:00Z", RESOLVED, REOPENED)
                .moved("2024-01-05T12:00Z", REOPENED, IN_PROGRESS)
                .moved("2024-01-08T09:00Z", IN_PROGRESS, CLOSED)
                .resolved("2024-01-08T09:00Z").build();
    }

    @Test
    public void shouldMeasureToFirstDoneWhenIssueWasReopened() {
        FlowTimes times = calculator.measure(List.of(reopenedIssue()));

        assertEquals(3.0, times.times().mean().value(), 1e-12);
        assertEquals(OffsetDateTime.parse("2024-01-04T09:00Z"), times.perIssue().get(0).end());
    }

    @Test
    public void shouldCountFirstDeliveryWhenIssueIsOpenAgain() {
        IssueSnapshot reopenedNow = issue("A-2").created("2024-01-01T00:00Z")
                .moved("2024-01-03T00:00Z", OPEN, RESOLVED)
                .moved("2024-01-04T00:00Z", RESOLVED, REOPENED).build();

        assertEquals(2.0, calculator.measure(List.of(reopenedNow)).times().mean().value(), 1e-12);
    }

    @Test
    public void shouldMeasureZeroWhenCreatedInDoneStatusWithoutStatusChange() {
        IssueSnapshot createdDone = issue("A-3").created("2024-01-01T00:00Z").status(CLOSED).build();

        FlowTimes times = calculator.measure(List.of(createdDone));

        assertEquals(0.0, times.times().mean().value(), 0);
        assertEquals(1, times.times().mean().sampleSize());
    }

    @Test
    public void shouldSayWhyWhenNoIssueEverReachedDone() {
        FlowTimes times = calculator.measure(List.of(issue("A-4").moved("2024-01-02T00:00Z", OPEN, IN_PROGRESS).build()));

        assertFalse(times.times().median().isApplicable());
        assertEquals("no issue reached the Done stage", times.times().median().notApplicableReason().get());
        assertEquals(1, times.notMeasured());
    }

    @Test
    public void shouldNeedCatalogForFormerStatusesWhenDefaultMapping() {
        IssueSnapshot reopenedNow = issue("A-2").created("2024-01-01T00:00Z")
                .moved("2024-01-03T00:00Z", OPEN, RESOLVED)
                .moved("2024-01-04T00:00Z", RESOLVED, REOPENED).build();
        StatusCatalog onlyCurrent = StatusCatalog.of(List.of(REOPENED));

        FlowTimes times = new LeadTimeCalculator(StageMapping.byStatusCategory(), onlyCurrent).measure(List.of(reopenedNow));

        assertEquals("Resolved has no known category, so it is in no stage", 1, times.notMeasured());
    }

    @Test
    public void shouldStopAtConfiguredDoneStageWhenWorkflowGiven() {
        Status patchAvailable = new Status("10002", "Patch Available", StatusCategory.UNDEFINED);
        StageMapping mapping = StageMapping.parse("To Do=Open;Patch=Patch Available;Done=Resolved,Closed", "Patch", "Patch");
        IssueSnapshot patched = issue("CB-1").created("2024-01-01T00:00Z")
                .moved("2024-01-02T12:00Z", OPEN, patchAvailable)
                .moved("2024-01-05T00:00Z", patchAvailable, RESOLVED).build();

        FlowTimes times = new LeadTimeCalculator(mapping, StatusCatalog.empty()).measure(List.of(patched));

        assertEquals(1.5, times.times().mean().value(), 1e-12);
    }
}
