package io.lodestar.core.kpi.throughput;

import static io.lodestar.core.kpi.IssueHistoryBuilder.DONE;
import static io.lodestar.core.kpi.IssueHistoryBuilder.IN_PROGRESS;
import static io.lodestar.core.kpi.IssueHistoryBuilder.SUBTASK;
import static io.lodestar.core.kpi.IssueHistoryBuilder.TO_DO;
import static io.lodestar.core.kpi.IssueHistoryBuilder.WORKFLOW;
import static io.lodestar.core.kpi.IssueHistoryBuilder.closedSprint;
import static io.lodestar.core.kpi.IssueHistoryBuilder.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.EstimateMoment;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.StatusSelection;
import io.lodestar.core.kpi.sprint.VelocityCalculator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.Test;

public class ThroughputCalculatorTest {

    private static final double EXACT = 1e-9;

    private static ThroughputCalculator throughputOf(List<IssueSnapshot> issues) {
        return new ThroughputCalculator(StatusSelection.category(StatusCategory.DONE, WORKFLOW, issues));
    }

    /** The Javadoc's worked example. */
    private static List<IssueSnapshot> twoWeeksOfWork() {
        return List.of(
                issue("CORE-1").points(3).moved("2026-03-03T10:00:00Z", DONE).build(),
                issue("CORE-2").points(5).moved("2026-03-08T23:30:00Z", DONE).build(),
                issue("CORE-3").points(2).moved("2026-03-09T00:00:00Z", DONE).build(),
                issue("CORE-4").points(8).moved("2026-03-04T10:00:00Z", DONE).moved("2026-03-05T10:00:00Z", TO_DO).build());
    }

    @Test
    public void shouldCountIssuesAndPointsPerMondayWeekWhenDoneAcrossTwoWeeks() {
        List<IssueSnapshot> issues = twoWeeksOfWork();

        List<PeriodThroughput> weeks = throughputOf(issues).weekly(issues, LocalDate.of(2026, 3, 4),
                LocalDate.of(2026, 3, 9), ZoneOffset.UTC);

        assertEquals(List.of("2026-W10", "2026-W11"), weeks.stream().map(week -> week.period().key()).toList());
        assertEquals(List.of("CORE-1", "CORE-2"), weeks.get(0).doneKeys());
        assertEquals(8, weeks.get(0).velocity().value(), EXACT);
        assertEquals(List.of("CORE-3"), weeks.get(1).doneKeys());
        assertEquals(2, weeks.get(1).velocity().value(), EXACT);
    }

    @Test
    public void shouldGiveEarliestCompletionStillDoneWhenFirstDone() {
        List<IssueSnapshot> issues = twoWeeksOfWork();

        // CORE-4 was done on the 4th but is open again: CORE-1 on the 3rd is the first completion.
        assertEquals(Instant.parse("2026-03-03T10:00:00Z"), throughputOf(issues).firstDone(issues));
    }

    @Test
    public void shouldGiveLatestCompletionStillDoneWhenLastDone() {
        List<IssueSnapshot> issues = twoWeeksOfWork();

        // CORE-3 entered done last (the 9th); CORE-4's later change took it out of done.
        assertEquals(Instant.parse("2026-03-09T00:00:00Z"), throughputOf(issues).lastDone(issues));
    }

    @Test
    public void shouldGiveNullWhenNoIssueIsDone() {
        List<IssueSnapshot> issues = List.of(issue("CORE-9").moved("2026-03-03T10:00:00Z", IN_PROGRESS).build());

        assertNull(throughputOf(issues).firstDone(issues));
        assertNull(throughputOf(issues).lastDone(issues));
    }

    @Test
    public void shouldMoveCompletionToLocalWeekWhenZoneIsAheadOfUtc() {
        List<IssueSnapshot> issues = twoWeeksOfWork();

        List<PeriodThroughput> weeks = throughputOf(issues).weekly(issues, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 9), ZoneId.of("Europe/Paris"));

        // Sunday 23:30 UTC is Monday 00:30 in Paris.
        assertEquals(List.of("CORE-1"), weeks.get(0).doneKeys());
        assertEquals(List.of("CORE-2", "CORE-3"), weeks.get(1).doneKeys());
    }

    @Test
    public void shouldGiveZeroNotMissingWhenNothingWasDoneInTheWeek() {
        List<IssueSnapshot> issues = twoWeeksOfWork();

        PeriodThroughput quietWeek = throughputOf(issues).in(issues, KpiPeriod.week(LocalDate.of(2026, 3, 16), ZoneOffset.UTC));

        assertEquals(0, quietWeek.throughput().value(), EXACT);
        assertEquals(0, quietWeek.throughput().sampleSize());
    }

    @Test
    public void shouldCountAtLastCompletionWhenReopenedAndDoneAgain() {
        IssueSnapshot redone = issue("CORE-1").moved("2026-03-03T10:00:00Z", DONE).moved("2026-03-04T10:00:00Z", IN_PROGRESS)
                .moved("2026-03-10T10:00:00Z", DONE).build();
        List<IssueSnapshot> issues = List.of(redone);

        List<PeriodThroughput> weeks = throughputOf(issues).weekly(issues, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 9), ZoneOffset.UTC);

        assertEquals(0, weeks.get(0).issues());
        assertEquals(1, weeks.get(1).issues());
    }

    @Test
    public void shouldUseResolutionDateWhenDoneIssueHasNoStatusChange() {
        IssueSnapshot imported = issue("CORE-1").status(DONE).created("2026-01-01T00:00:00Z")
                .resolved("2026-03-10T10:00:00-05:00").build();
        IssueSnapshot importedUnresolved = issue("CORE-2").status(DONE).created("2026-03-03T00:00:00Z").build();
        List<IssueSnapshot> issues = List.of(imported, importedUnresolved);

        List<PeriodThroughput> weeks = throughputOf(issues).weekly(issues, LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 9), ZoneOffset.UTC);

        assertEquals(List.of("CORE-2"), weeks.get(0).doneKeys());
        assertEquals(List.of("CORE-1"), weeks.get(1).doneKeys());
    }

    @Test
    public void shouldLeaveSubtasksOutUnlessAsked() {
        List<IssueSnapshot> issues = List.of(
                issue("CORE-1").moved("2026-03-03T10:00:00Z", DONE).build(),
                issue("CORE-2").type(SUBTASK).moved("2026-03-03T11:00:00Z", DONE).build());
        KpiPeriod week10 = KpiPeriod.week(LocalDate.of(2026, 3, 2), ZoneOffset.UTC);
        StatusSelection done = StatusSelection.category(StatusCategory.DONE, WORKFLOW, issues);

        assertEquals(1, new ThroughputCalculator(done).in(issues, week10).issues());
        assertEquals(2, new ThroughputCalculator(done, true).in(issues, week10).issues());
    }

    @Test
    public void shouldUseEstimateAtCompletionWhenReestimatedAfterwards() {
        IssueSnapshot reestimatedLater = issue("CORE-1").points(3).moved("2026-03-03T10:00:00Z", DONE)
                .estimated("2026-03-20T10:00:00Z", 13.0).build();
        List<IssueSnapshot> issues = List.of(reestimatedLater);

        PeriodThroughput week10 = throughputOf(issues).in(issues, KpiPeriod.week(LocalDate.of(2026, 3, 2), ZoneOffset.UTC));

        assertEquals(3, week10.points(), EXACT);
    }

    @Test
    public void shouldAgreeWithSprintReportWhenPerSprint() {
        Sprint sprint7 = closedSprint(7, "2026-03-02T09:00:00Z", "2026-03-13T17:00:00Z");
        List<IssueSnapshot> issues = List.of(
                issue("CORE-1").points(3).inSprints(sprint7).moved("2026-03-05T10:00:00Z", DONE).build(),
                issue("CORE-2").points(5).inSprints(sprint7).moved("2026-03-05T10:00:00Z", IN_PROGRESS).build(),
                issue("CORE-3").inSprints(sprint7).moved("2026-03-06T10:00:00Z", DONE).build());
        StatusSelection done = StatusSelection.category(StatusCategory.DONE, WORKFLOW, issues);

        List<PeriodThroughput> perSprint = ThroughputCalculator.perSprint(
                new VelocityCalculator(done, EstimateMoment.AT_CLOSE).closedSprints(issues));

        assertEquals(1, perSprint.size());
        assertEquals("sprint-7", perSprint.get(0).period().key());
        assertEquals(List.of("CORE-1", "CORE-3"), perSprint.get(0).doneKeys());
        assertEquals(3, perSprint.get(0).points(), EXACT);
    }
}
