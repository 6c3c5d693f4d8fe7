package io.lodestar.core.kpi.sprint;

import static io.lodestar.core.kpi.IssueHistoryBuilder.DONE;
import static io.lodestar.core.kpi.IssueHistoryBuilder.IN_PROGRESS;
import static io.lodestar.core.kpi.IssueHistoryBuilder.SUBTASK;
import static io.lodestar.core.kpi.IssueHistoryBuilder.TO_DO;
import static io.lodestar.core.kpi.IssueHistoryBuilder.WONT_DO;
import static io.lodestar.core.kpi.IssueHistoryBuilder.WORKFLOW;
import static io.lodestar.core.kpi.IssueHistoryBuilder.closedSprint;
import static io.lodestar.core.kpi.IssueHistoryBuilder.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.EstimateMoment;
import io.lodestar.core.kpi.KpiValue;
import io.lodestar.core.kpi.StatusSelection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class VelocityCalculatorTest {

    private static final double EXACT = 1e-9;
    private static final Sprint SPRINT_7 = closedSprint(7, "2026-03-02T09:00:00Z", "2026-03-13T17:00:00Z");
    private static final Sprint SPRINT_8 = closedSprint(8, "2026-03-16T09:00:00Z", "2026-03-27T17:00:00Z");
    private static final Sprint SPRINT_9 = closedSprint(9, "2026-03-30T09:00:00Z", "2026-04-10T17:00:00Z");
    private static final Sprint SPRINT_10 = closedSprint(10, "2026-04-13T09:00:00Z", "2026-04-24T17:00:00Z");

    /** The Javadoc's worked example. */
    private static List<IssueSnapshot> sprint7Story() {
        IssueSnapshot removedA = issue("CORE-1").points(3).inSprints(SPRINT_7)
                .sprintsChanged("2026-03-05T10:00:00Z").build();
        IssueSnapshot reestimatedB = issue("CORE-2").points(5).inSprints(SPRINT_7)
                .moved("2026-03-03T10:00:00Z", IN_PROGRESS)
                .estimated("2026-03-04T10:00:00Z", 8.0)
                .moved("2026-03-10T10:00:00Z", DONE).build();
        IssueSnapshot doneBeforeC = issue("CORE-3").points(2).moved("2026-02-20T10:00:00Z", DONE)
                .inSprints(SPRINT_7).build();
        IssueSnapshot addedD = issue("CORE-4").points(1)
                .sprintsChanged("2026-03-06T10:00:00Z", SPRINT_7)
                .moved("2026-03-12T10:00:00Z", DONE).build();
        return List.of(removedA, reestimatedB, doneBeforeC, addedD);
    }

    private static VelocityCalculator velocityByDoneCategory(List<IssueSnapshot> issues, EstimateMoment moment) {
        return new VelocityCalculator(StatusSelection.category(StatusCategory.DONE, WORKFLOW, issues), moment);
    }

    private static SprintReport onlyReport(List<IssueSnapshot> issues) {
        List<SprintReport> reports = velocityByDoneCategory(issues, EstimateMoment.AT_CLOSE).closedSprints(issues);
        assertEquals(1, reports.size());
        return reports.get(0);
    }

    private static SprintIssue outcomeOf(SprintReport report, String key) {
        return report.issues().stream().filter(issue -> issue.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError(key + " not in " + report.sprint().name()));
    }

    @Test
    public void shouldCountCommitmentAtStartAndCompletedAtCloseWhenScopeChangesDuringSprint() {
        SprintReport sprint7 = onlyReport(sprint7Story());

        assertEquals(8, sprint7.commitment(), EXACT);
        assertEquals(9, sprint7.velocity().value(), EXACT);
        assertEquals(2, sprint7.velocity().sampleSize());
        assertEquals(1.125, sprint7.sayDoRatio().value(), EXACT);
    }

    @Test
    public void shouldExplainEveryIssueWhenScopeChangesDuringSprint() {
        SprintReport sprint7 = onlyReport(sprint7Story());

        assertEquals(SprintOutcome.REMOVED, outcomeOf(sprint7, "CORE-1").outcome());
        assertEquals(3, outcomeOf(sprint7, "CORE-1").commitmentPoints(), EXACT);
        assertEquals(SprintOutcome.COMPLETED, outcomeOf(sprint7, "CORE-2").outcome());
        assertEquals(5.0, outcomeOf(sprint7, "CORE-2").estimateAtStart(), EXACT);
        assertEquals(8.0, outcomeOf(sprint7, "CORE-2").estimateAtClose(), EXACT);
        assertEquals(SprintOutcome.DONE_BEFORE_SPRINT, outcomeOf(sprint7, "CORE-3").outcome());
        assertEquals(0, outcomeOf(sprint7, "CORE-3").commitmentPoints(), EXACT);
        assertEquals(SprintOutcome.COMPLETED, outcomeOf(sprint7, "CORE-4").outcome());
        assertTrue(outcomeOf(sprint7, "CORE-4").addedDuringSprint());
        assertFalse(outcomeOf(sprint7, "CORE-2").addedDuringSprint());
    }

    @Test
    public void shouldKeepWhenEachIssueWasAddedOrRemovedWhenScopeChangesDuringSprint() {
        SprintReport sprint7 = onlyReport(sprint7Story());

        assertEquals(Instant.parse("2026-03-05T10:00:00Z"), outcomeOf(sprint7, "CORE-1").removedAt());
        assertNull(outcomeOf(sprint7, "CORE-1").addedAt());
        assertEquals(Instant.parse("2026-03-06T10:00:00Z"), outcomeOf(sprint7, "CORE-4").addedAt());
        assertNull(outcomeOf(sprint7, "CORE-4").removedAt());
        assertNull(outcomeOf(sprint7, "CORE-2").addedAt());
        assertNull(outcomeOf(sprint7, "CORE-2").removedAt());
        assertNull(outcomeOf(sprint7, "CORE-3").removedAt());
    }

    @Test
    public void shouldKeepFirstEntryAndLastExitWhenMovedInAndOutTwiceDuringSprint() {
        IssueSnapshot inAndOut = issue("CORE-1").points(2)
                .sprintsChanged("2026-03-03T10:00:00Z", SPRINT_7)
                .sprintsChanged("2026-03-04T10:00:00Z")
                .sprintsChanged("2026-03-09T10:00:00Z", SPRINT_7)
                .sprintsChanged("2026-03-11T10:00:00Z").build();
        // The sprint is known by the issues still in it.
        IssueSnapshot stayed = issue("CORE-2").points(1).inSprints(SPRINT_7).build();

        SprintIssue issue = outcomeOf(onlyReport(List.of(inAndOut, stayed)), "CORE-1");

        assertEquals(SprintOutcome.REMOVED, issue.outcome());
        assertEquals(Instant.parse("2026-03-03T10:00:00Z"), issue.addedAt());
        assertEquals(Instant.parse("2026-03-11T10:00:00Z"), issue.removedAt());
    }

    @Test
    public void shouldKeepNoRemovalWhenRemovedAndAddedBackBeforeCompletion() {
        IssueSnapshot backAgain = issue("CORE-1").points(2).inSprints(SPRINT_7)
                .sprintsChanged("2026-03-04T10:00:00Z")
                .sprintsChanged("2026-03-05T10:00:00Z", SPRINT_7).build();

        SprintIssue issue = outcomeOf(onlyReport(List.of(backAgain)), "CORE-1");

        assertEquals(SprintOutcome.NOT_COMPLETED, issue.outcome());
        assertNull(issue.addedAt());
        assertNull(issue.removedAt());
    }

    @Test
    public void shouldRefuseRecordWhenRemovalInstantDoesNotMatchOutcome() {
        assertThrows(IllegalArgumentException.class,
                () -> new SprintIssue("CORE-1", SprintOutcome.REMOVED, false, 2.0, 2.0, 2, 0, null, null));
        assertThrows(IllegalArgumentException.class, () -> new SprintIssue("CORE-1", SprintOutcome.COMPLETED, false,
                2.0, 2.0, 2, 2, null, Instant.parse("2026-03-05T10:00:00Z")));
        assertThrows(IllegalArgumentException.class,
                () -> new SprintIssue("CORE-1", SprintOutcome.COMPLETED, true, 2.0, 2.0, 0, 2, null, null));
    }

    @Test
    public void shouldReportAddedRemovedAndReestimatedPointsWhenScopeChangesDuringSprint() {
        ScopeChange scope = onlyReport(sprint7Story()).scopeChange();

        assertEquals(1, scope.addedPoints(), EXACT);
        assertEquals(1, scope.addedIssues());
        assertEquals(3, scope.removedPoints(), EXACT);
        assertEquals(1, scope.removedIssues());
        assertEquals(3, scope.reestimatedPoints(), EXACT);
        assertEquals(4, scope.absolutePoints(), EXACT);
        assertEquals(1, scope.netPoints(), EXACT);
    }

    @Test
    public void shouldUseEstimateWhenEnteringSprintWhenAskedForStartValue() {
        List<IssueSnapshot> issues = sprint7Story();

        SprintReport sprint7 = velocityByDoneCategory(issues, EstimateMoment.AT_START).closedSprints(issues).get(0);

        assertEquals(6, sprint7.completed(), EXACT);
        assertEquals(8, sprint7.commitment(), EXACT);
    }

    @Test
    public void shouldCountIssueInSprintWhenAddedAtTheStartInstant() {
        IssueSnapshot addedAtStart = issue("CORE-1").points(2).sprintsChanged("2026-03-02T09:00:00Z", SPRINT_7).build();
        IssueSnapshot addedOneSecondLater = issue("CORE-2").points(3)
                .sprintsChanged("2026-03-02T09:00:01Z", SPRINT_7).build();

        SprintReport sprint7 = onlyReport(List.of(addedAtStart, addedOneSecondLater));

        assertEquals(2, sprint7.commitment(), EXACT);
        assertFalse(outcomeOf(sprint7, "CORE-1").addedDuringSprint());
        assertTrue(outcomeOf(sprint7, "CORE-2").addedDuringSprint());
        assertEquals(SprintOutcome.NOT_COMPLETED, outcomeOf(sprint7, "CORE-2").outcome());
    }

    @Test
    public void shouldCountIssueAsDoneBeforeSprintWhenDoneAtTheStartInstant() {
        IssueSnapshot doneAtStart = issue("CORE-1").points(5).inSprints(SPRINT_7)
                .moved("2026-03-02T09:00:00Z", DONE).build();

        SprintReport sprint7 = onlyReport(List.of(doneAtStart));

        assertEquals(SprintOutcome.DONE_BEFORE_SPRINT, outcomeOf(sprint7, "CORE-1").outcome());
        assertEquals(0, sprint7.commitment(), EXACT);
        assertEquals(0, sprint7.completed(), EXACT);
    }

    @Test
    public void shouldCountEstimateBeforeRemovalWhenClearedInTheSameEdit() {
        IssueSnapshot removedAndCleared = issue("CORE-1").points(3).inSprints(SPRINT_7)
                .sprintsChanged("2026-03-05T10:00:00Z").estimated("2026-03-05T10:00:00Z", null).build();
        // Sprint dates come from the issues' current sprint fields, so one issue must stay in it.
        IssueSnapshot staying = issue("CORE-2").points(1).inSprints(SPRINT_7).build();

        ScopeChange scope = onlyReport(List.of(removedAndCleared, staying)).scopeChange();

        assertEquals(3, scope.removedPoints(), EXACT);
        assertEquals(0, scope.reestimatedPoints(), EXACT);
    }

    @Test
    public void shouldNotCountIssueWhenDoneOneSecondAfterCompletion() {
        IssueSnapshot justLate = issue("CORE-1").points(5).inSprints(SPRINT_7)
                .moved("2026-03-13T17:00:01Z", DONE).build();
        IssueSnapshot justInTime = issue("CORE-2").points(3).inSprints(SPRINT_7)
                .moved("2026-03-13T17:00:00Z", DONE).build();

        SprintReport sprint7 = onlyReport(List.of(justLate, justInTime));

        assertEquals(3, sprint7.completed(), EXACT);
        assertEquals(SprintOutcome.NOT_COMPLETED, outcomeOf(sprint7, "CORE-1").outcome());
    }

    @Test
    public void shouldCompareInstantsWhenTimestampsHaveDifferentOffsets() {
        Sprint sydneySprint = new Sprint(20, "Sydney", Sprint.State.CLOSED,
                OffsetDateTime.parse("2026-03-02T20:00:00+11:00"), null,
                OffsetDateTime.parse("2026-03-13T20:00:00+11:00"), 1L);
        // 04:30 in New York on the 13th is 20:30 in Sydney: after completion.
        IssueSnapshot doneInNewYork = issue("CORE-1").points(5).inSprints(sydneySprint)
                .moved("2026-03-13T04:30:00-05:00", DONE).build();
        // 03:30 in New York is 19:30 in Sydney: before completion.
        IssueSnapshot doneEarlierInNewYork = issue("CORE-2").points(2).inSprints(sydneySprint)
                .moved("2026-03-13T03:30:00-05:00", DONE).build();

        SprintReport report = onlyReport(List.of(doneInNewYork, doneEarlierInNewYork));

        assertEquals(2, report.completed(), EXACT);
    }

    @Test
    public void shouldNotCountReopenedIssueWhenStillOpenAtCompletion() {
        IssueSnapshot reopened = issue("CORE-1").points(5).inSprints(SPRINT_7)
                .moved("2026-03-05T10:00:00Z", DONE).moved("2026-03-09T10:00:00Z", IN_PROGRESS).build();

        SprintReport sprint7 = onlyReport(List.of(reopened));

        assertEquals(SprintOutcome.NOT_COMPLETED, outcomeOf(sprint7, "CORE-1").outcome());
        assertEquals(0, sprint7.completed(), EXACT);
    }

    @Test
    public void shouldKeepCountingIssueWhenReopenedAfterCompletion() {
        IssueSnapshot reopenedLater = issue("CORE-1").points(5).inSprints(SPRINT_7)
                .moved("2026-03-05T10:00:00Z", DONE).moved("2026-03-20T10:00:00Z", TO_DO).build();

        assertEquals(5, onlyReport(List.of(reopenedLater)).completed(), EXACT);
    }

    @Test
    public void shouldCountCarriedOverIssueOnlyInTheSprintThatFoundItDone() {
        IssueSnapshot carried = issue("CORE-1").points(8).inSprints(SPRINT_7)
                .moved("2026-03-04T10:00:00Z", IN_PROGRESS)
                .sprintsChanged("2026-03-13T17:00:00Z", SPRINT_7, SPRINT_8)
                .sprintsChanged("2026-03-27T17:00:00Z", SPRINT_7, SPRINT_8, SPRINT_9)
                .moved("2026-04-08T10:00:00Z", DONE).build();
        List<IssueSnapshot> issues = List.of(carried);

        List<SprintReport> reports = velocityByDoneCategory(issues, EstimateMoment.AT_CLOSE).closedSprints(issues);

        assertEquals(List.of(7L, 8L, 9L), reports.stream().map(report -> report.sprint().id()).toList());
        assertEquals(List.of(0.0, 0.0, 8.0), reports.stream().map(SprintReport::completed).toList());
        assertEquals(List.of(8.0, 8.0, 8.0), reports.stream().map(SprintReport::commitment).toList());
        assertEquals(SprintOutcome.NOT_COMPLETED, outcomeOf(reports.get(0), "CORE-1").outcome());
        assertEquals(SprintOutcome.NOT_COMPLETED, outcomeOf(reports.get(1), "CORE-1").outcome());
        assertEquals(SprintOutcome.COMPLETED, outcomeOf(reports.get(2), "CORE-1").outcome());
    }

    @Test
    public void shouldCountIssueOnceWhenInTwoSprintsThatOverlap() {
        Sprint otherTeamSprint = closedSprint(30, "2026-03-03T09:00:00Z", "2026-03-20T17:00:00Z");
        IssueSnapshot shared = issue("CORE-1").points(3).inSprints(SPRINT_7, otherTeamSprint)
                .moved("2026-03-10T10:00:00Z", DONE).build();
        List<IssueSnapshot> issues = List.of(shared);

        List<SprintReport> reports = velocityByDoneCategory(issues, EstimateMoment.AT_CLOSE).closedSprints(issues);

        assertEquals(SprintOutcome.COMPLETED, outcomeOf(reports.get(0), "CORE-1").outcome());
        assertEquals(SprintOutcome.COMPLETED_IN_ANOTHER_SPRINT, outcomeOf(reports.get(1), "CORE-1").outcome());
        assertEquals(0, reports.get(1).completed(), EXACT);
    }

    @Test
    public void shouldLeaveSubtasksOutWhenTheyAreEstimated() {
        IssueSnapshot parent = issue("CORE-1").points(5).inSprints(SPRINT_7).moved("2026-03-10T10:00:00Z", DONE)
                .build();
        IssueSnapshot subtask = issue("CORE-2").type(SUBTASK).points(2).inSprints(SPRINT_7)
                .moved("2026-03-10T10:00:00Z", DONE).build();

        SprintReport sprint7 = onlyReport(List.of(parent, subtask));

        assertEquals(5, sprint7.completed(), EXACT);
        assertEquals(5, sprint7.commitment(), EXACT);
        assertEquals(1, sprint7.issues().size());
    }

    @Test
    public void shouldCountZeroButListIssueWhenUnestimated() {
        IssueSnapshot unestimated = issue("CORE-1").inSprints(SPRINT_7).moved("2026-03-10T10:00:00Z", DONE).build();
        IssueSnapshot estimated = issue("CORE-2").points(3).inSprints(SPRINT_7).build();

        SprintReport sprint7 = onlyReport(List.of(unestimated, estimated));

        assertEquals(0, sprint7.completed(), EXACT);
        assertEquals(SprintOutcome.COMPLETED, outcomeOf(sprint7, "CORE-1").outcome());
        assertNull(outcomeOf(sprint7, "CORE-1").estimateAtClose());
        assertEquals(0.0, sprint7.sayDoRatio().value(), EXACT);
    }

    @Test
    public void shouldMarkIssueAddedWhenCreatedInSprintAfterStart() {
        IssueSnapshot createdMidSprint = issue("CORE-1").created("2026-03-04T10:00:00Z").points(2).inSprints(SPRINT_7)
                .moved("2026-03-11T10:00:00Z", DONE).build();

        SprintReport sprint7 = onlyReport(List.of(createdMidSprint));

        assertTrue(outcomeOf(sprint7, "CORE-1").addedDuringSprint());
        assertEquals(0, sprint7.commitment(), EXACT);
        assertEquals(2, sprint7.completed(), EXACT);
        assertEquals(2, sprint7.scopeChange().addedPoints(), EXACT);
    }

    @Test
    public void shouldCountOnlyConfiguredStatusesWhenDoneIsBoardLastColumn() {
        IssueSnapshot done = issue("CORE-1").points(3).inSprints(SPRINT_7).moved("2026-03-10T10:00:00Z", DONE).build();
        IssueSnapshot wontDo = issue("CORE-2").points(5).inSprints(SPRINT_7).moved("2026-03-10T10:00:00Z", WONT_DO)
                .build();
        List<IssueSnapshot> issues = List.of(done, wontDo);
        VelocityCalculator lastColumnIsDone = new VelocityCalculator(
                StatusSelection.of(Set.of(DONE.id()), StatusCategory.DONE, WORKFLOW, issues), EstimateMoment.AT_CLOSE);

        SprintReport byColumn = lastColumnIsDone.closedSprints(issues).get(0);
        SprintReport byCategory = onlyReport(issues);

        assertEquals(3, byColumn.completed(), EXACT);
        assertEquals(8, byCategory.completed(), EXACT);
    }

    @Test
    public void shouldSkipSprintsWhenNotClosedOrMissingDates() {
        Sprint active = new Sprint(11, "Sprint 11", Sprint.State.ACTIVE, OffsetDateTime.parse("2026-04-27T09:00:00Z"),
                null, null, 1L);
        Sprint closedWithoutStart = new Sprint(12, "Imported", Sprint.State.CLOSED, null, null,
                OffsetDateTime.parse("2026-04-27T09:00:00Z"), 1L);
        IssueSnapshot story = issue("CORE-1").points(3).inSprints(SPRINT_7, closedWithoutStart, active).build();

        List<SprintReport> reports = velocityByDoneCategory(List.of(story), EstimateMoment.AT_CLOSE)
                .closedSprints(List.of(story));

        assertEquals(List.of(7L), reports.stream().map(report -> report.sprint().id()).toList());
    }

    @Test
    public void shouldKeepOnlyTheBoardSprintsWhenBoardIsGiven() {
        Sprint otherBoard = new Sprint(40, "Other", Sprint.State.CLOSED, OffsetDateTime.parse("2026-03-02T09:00:00Z"),
                null, OffsetDateTime.parse("2026-03-13T17:00:00Z"), 2L);
        IssueSnapshot story = issue("CORE-1").points(3).inSprints(SPRINT_7, otherBoard).build();

        List<SprintReport> reports = velocityByDoneCategory(List.of(story), EstimateMoment.AT_CLOSE)
                .closedSprints(List.of(story), 2L);

        assertEquals(List.of(40L), reports.stream().map(report -> report.sprint().id()).toList());
    }

    @Test
    public void shouldBeNotApplicableSayDoWhenNothingWasCommitted() {
        IssueSnapshot addedLater = issue("CORE-1").points(3).sprintsChanged("2026-03-04T10:00:00Z", SPRINT_7).build();

        KpiValue sayDo = onlyReport(List.of(addedLater)).sayDoRatio();

        assertFalse(sayDo.isApplicable());
        assertTrue(sayDo.notApplicableReason().orElseThrow().contains("Sprint 7"));
    }

    @Test
    public void shouldAverageTheLastSprintsWhenMoreHaveClosed() {
        List<IssueSnapshot> issues = List.of(
                issue("CORE-1").points(10).inSprints(SPRINT_7).moved("2026-03-10T10:00:00Z", DONE).build(),
                issue("CORE-2").points(20).inSprints(SPRINT_8).moved("2026-03-20T10:00:00Z", DONE).build(),
                issue("CORE-3").points(12).inSprints(SPRINT_9).moved("2026-04-01T10:00:00Z", DONE).build(),
                issue("CORE-4").points(17).inSprints(SPRINT_10).moved("2026-04-20T10:00:00Z", DONE).build());
        List<SprintReport> reports = velocityByDoneCategory(issues, EstimateMoment.AT_CLOSE).closedSprints(issues);

        KpiValue lastThree = VelocityCalculator.averageVelocity(reports, 3);
        KpiValue lastTen = VelocityCalculator.averageVelocity(reports, 10);

        assertEquals(49.0 / 3, lastThree.value(), EXACT);
        assertEquals(3, lastThree.sampleSize());
        assertEquals(59.0 / 4, lastTen.value(), EXACT);
        assertEquals(4, lastTen.sampleSize());
    }

    @Test
    public void shouldBeNotApplicableAverageWhenNoSprintClosed() {
        assertFalse(VelocityCalculator.averageVelocity(List.of(), 3).isApplicable());
    }
}
