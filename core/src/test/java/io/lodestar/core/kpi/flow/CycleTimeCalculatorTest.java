package io.lodestar.core.kpi.flow;

import static io.lodestar.core.issue.IssueSnapshotBuilder.CLOSED;
import static io.lodestar.core.issue.IssueSnapshotBuilder.DEFAULT_WORKFLOW;
import static io.lodestar.core.issue.IssueSnapshotBuilder.IN_PROGRESS;
import static io.lodestar.core.issue.IssueSnapshotBuilder.OPEN;
import static io.lodestar.core.issue.IssueSnapshotBuilder.REOPENED;
import static io.lodestar.core.issue.IssueSnapshotBuilder.RESOLVED;
import static io.lodestar.core.issue.IssueSnapshotBuilder.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Status;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.StageEntry;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.Test;

public class CycleTimeCalculatorTest {

    private final CycleTimeCalculator calculator = new CycleTimeCalculator(StageMapping.byStatusCategory(), DEFAULT_WORKFLOW);

    @Test
    public void shouldMeasureFirstCommitmentToLastDoneWhenIssueWasReopened() {
        IssueSnapshot reopened = issue("A-1").created("2024-01-01T09:00Z")
                .moved("2024-01-02T09:00Z", OPEN, IN_PROGRESS)
                .moved("2024-01-04T09:00Z", IN_PROGRESS, RESOLVED)
                .moved("2024-01-05T09:00Z", RESOLVED, REOPENED)
                .moved("2024-01-05T12:00Z", REOPENED, IN_PROGRESS)
                .moved("2024-01-08T09:00Z", IN_PROGRESS, CLOSED).build();

        FlowTimes times = calculator.measure(List.of(reopened));

        FlowTime time = times.perIssue().get(0);
        assertEquals(OffsetDateTime.parse("2024-01-02T09:00Z"), time.start());
        assertEquals(OffsetDateTime.parse("2024-01-08T09:00Z"), time.end());
        assertEquals(6.0, times.times().mean().value(), 1e-12);
    }

    @Test
    public void shouldStartAtTheLastEntryIntoTheCommitmentStageWhenAskedForTheLastAndTheIssueWasReopened() {
        IssueSnapshot reopened = issue("A-1").created("2024-01-01T09:00Z")
                .moved("2024-01-02T09:00Z", OPEN, IN_PROGRESS)
                .moved("2024-01-04T09:00Z", IN_PROGRESS, RESOLVED)
                .moved("2024-01-05T09:00Z", RESOLVED, REOPENED)
                .moved("2024-01-05T12:00Z", REOPENED, IN_PROGRESS)
                .moved("2024-01-08T09:00Z", IN_PROGRESS, CLOSED).build();

        FlowTimes times = new CycleTimeCalculator(StageMapping.byStatusCategory(), DEFAULT_WORKFLOW, StageEntry.LAST)
                .measure(List.of(reopened));

        FlowTime time = times.perIssue().get(0);
        assertEquals(OffsetDateTime.parse("2024-01-05T12:00Z"), time.start());
        assertEquals(OffsetDateTime.parse("2024-01-08T09:00Z"), time.end());
        assertEquals(2.875, times.times().mean().value(), 1e-12);
    }

    @Test
    public void shouldStartAtTheLastEntryWhenSentBackToOpenBeforeDoneAndAtCreationWhenCreatedInProgress() {
        IssueSnapshot sentBack = issue("A-2").created("2024-01-01T00:00Z")
                .moved("2024-01-02T00:00Z", OPEN, IN_PROGRESS)
                .moved("2024-01-03T00:00Z", IN_PROGRESS, OPEN)
                .moved("2024-01-06T00:00Z", OPEN, IN_PROGRESS)
                .moved("2024-01-07T00:00Z", IN_PROGRESS, RESOLVED).build();
        IssueSnapshot createdStarted = issue("A-3").created("2024-01-01T00:00Z")
                .moved("2024-01-03T00:00Z", IN_PROGRESS, RESOLVED).build();
        CycleTimeCalculator last = new CycleTimeCalculator(StageMapping.byStatusCategory(), DEFAULT_WORKFLOW, StageEntry.LAST);

        List<FlowTime> times = last.measure(List.of(sentBack, createdStarted)).perIssue();

        assertEquals(OffsetDateTime.parse("2024-01-06T00:00Z"), times.get(0).start());
        assertEquals(OffsetDateTime.parse("2024-01-01T00:00Z"), times.get(1).start());
        assertEquals(OffsetDateTime.parse("2024-01-02T00:00Z"),
                calculator.measure(List.of(sentBack)).perIssue().get(0).start());
    }

    @Test
    public void shouldKeepFirstDoneEntryWhenMovingBetweenDoneStatuses() {
        IssueSnapshot resolvedThenClosed = issue("A-2").created("2024-01-01T00:00Z")
                .moved("2024-01-02T00:00Z", OPEN, IN_PROGRESS)
                .moved("2024-01-03T00:00Z", IN_PROGRESS, RESOLVED)
                .moved("2024-02-01T00:00Z", RESOLVED, CLOSED).build();

        assertEquals(1.0, calculator.measure(List.of(resolvedThenClosed)).times().mean().value(), 1e-12);
    }

    @Test
    public void shouldLeaveOutAndCountIssueWhenItJumpsFromToDoStraightToDone() {
        IssueSnapshot jumped = issue("A-3").created("2024-01-01T00:00Z").moved("2024-01-05T00:00Z", OPEN, CLOSED).build();

        FlowTimes times = calculator.measure(List.of(jumped));

        assertTrue(times.times().isEmpty());
        assertEquals("no issue that ends in the Done stage entered the In Progress stage",
                times.times().median().notApplicableReason().get());
        assertEquals(0, times.perIssue().size());
        assertEquals(1, times.notStarted());
        assertEquals("never entered the In Progress stage", times.whyNotStarted());
        assertEquals(0, times.notMeasured());
    }

    @Test
    public void shouldMeasureOnlyStartedIssuesWhenJavadocWorkedExample() {
        IssueSnapshot reopened = issue("A-1").created("2024-01-01T09:00Z")
                .moved("2024-01-02T09:00Z", OPEN, IN_PROGRESS)
                .moved("2024-01-04T09:00Z", IN_PROGRESS, RESOLVED)
                .moved("2024-01-05T09:00Z", RESOLVED, REOPENED)
                .moved("2024-01-05T12:00Z", REOPENED, IN_PROGRESS)
                .moved("2024-01-08T09:00Z", IN_PROGRESS, CLOSED).build();
        IssueSnapshot straight = issue("A-2").created("2024-01-01T09:00Z")
                .moved("2024-01-03T09:00Z", OPEN, RESOLVED).build();

        FlowTimes times = calculator.measure(List.of(reopened, straight));

        assertEquals(6.0, times.times().median().value(), 1e-12);
        assertEquals(1, times.times().median().sampleSize());
        assertEquals(1, times.notStarted());
    }

    @Test
    public void shouldStartOnEnteringDoneWhenCommitmentStageIsTheDoneStage() {
        StageMapping mapping = StageMapping.parse("To Do=Open;Done=Closed", "Done", "Done");
        IssueSnapshot closed = issue("A-8").created("2024-01-01T00:00Z").moved("2024-01-05T00:00Z", OPEN, CLOSED).build();

        FlowTimes times = new CycleTimeCalculator(mapping, StatusCatalog.empty()).measure(List.of(closed));

        assertEquals(0.0, times.times().median().value(), 0);
        assertEquals(0, times.notStarted());
    }

    @Test
    public void shouldNotMeasureWhenReopenedAndNotDoneAgain() {
        IssueSnapshot reopenedNow = issue("A-4").created("2024-01-01T00:00Z")
                .moved("2024-01-02T00:00Z", OPEN, IN_PROGRESS)
                .moved("2024-01-03T00:00Z", IN_PROGRESS, RESOLVED)
                .moved("2024-01-04T00:00Z", RESOLVED, REOPENED).build();

        FlowTimes times = calculator.measure(List.of(reopenedNow));

        assertTrue(times.times().isEmpty());
        assertEquals("no issue ends in the Done stage", times.times().mean().notApplicableReason().get());
        assertEquals(1, times.notMeasured());
    }

    @Test
    public void shouldStartAtCreationWhenCreatedInCommitmentStage() {
        IssueSnapshot createdInProgress = issue("A-5").created("2024-01-01T00:00Z")
                .moved("2024-01-01T12:00Z", IN_PROGRESS, CLOSED).build();

        assertEquals(0.5, calculator.measure(List.of(createdInProgress)).times().mean().value(), 1e-12);
    }

    @Test
    public void shouldStartAtLaterStageWhenCommitmentStageIsSkipped() {
        Status inReview = new Status("10000", "In Review", StatusCategory.IN_PROGRESS);
        StageMapping mapping = StageMapping.parse("To Do=Open;In Progress=In Progress;Review=In Review;Done=Closed",
                "In Progress", "Done");
        IssueSnapshot reviewedDirectly = issue("A-6").created("2024-01-01T00:00Z")
                .moved("2024-01-02T00:00Z", OPEN, inReview)
                .moved("2024-01-04T00:00Z", inReview, CLOSED).build();

        FlowTimes times = new CycleTimeCalculator(mapping, StatusCatalog.empty()).measure(List.of(reviewedDirectly));

        assertEquals(2.0, times.times().mean().value(), 1e-12);
    }

    @Test
    public void shouldStayInStageWhenMovingToUnmappedStatus() {
        StageMapping mapping = StageMapping.parse("To Do=Open;In Progress=In Progress;Done=Closed", "In Progress", "Done");
        IssueSnapshot viaResolved = issue("A-7").created("2024-01-01T00:00Z")
                .moved("2024-01-02T00:00Z", OPEN, IN_PROGRESS)
                .moved("2024-01-03T00:00Z", IN_PROGRESS, RESOLVED)
                .moved("2024-01-06T00:00Z", RESOLVED, CLOSED).build();

        FlowTimes times = new CycleTimeCalculator(mapping, StatusCatalog.empty()).measure(List.of(viaResolved));

        assertEquals("Resolved is unmapped: done only at Closed", 4.0, times.times().mean().value(), 1e-12);
    }

    @Test
    public void shouldSummariseSeveralIssuesWithPercentilesWhenMeasured() {
        List<IssueSnapshot> issues = List.of(
                cycle("B-1", "2024-01-02T00:00Z"), cycle("B-2", "2024-01-03T00:00Z"), cycle("B-3", "2024-01-04T00:00Z"),
                cycle("B-4", "2024-01-05T00:00Z"), cycle("B-5", "2024-01-11T00:00Z"));

        FlowTimes times = calculator.measure(issues);

        assertEquals(4.0, times.times().mean().value(), 1e-12);
        assertEquals(3.0, times.times().median().value(), 1e-12);
        assertEquals(6.4, times.times().percentile85().value(), 1e-9);
        assertEquals(8.8, times.times().percentile95().value(), 1e-9);
    }

    private static IssueSnapshot cycle(String key, String closed) {
        return issue(key).created("2023-12-31T00:00Z").moved("2024-01-01T00:00Z", OPEN, IN_PROGRESS)
                .moved(closed, IN_PROGRESS, CLOSED).build();
    }
}
