package io.lodestar.core.kpi.throughput;

import static io.lodestar.core.kpi.IssueHistoryBuilder.DONE;
import static io.lodestar.core.kpi.IssueHistoryBuilder.IN_PROGRESS;
import static io.lodestar.core.kpi.IssueHistoryBuilder.IN_REVIEW;
import static io.lodestar.core.kpi.IssueHistoryBuilder.SUBTASK;
import static io.lodestar.core.kpi.IssueHistoryBuilder.WORKFLOW;
import static io.lodestar.core.kpi.IssueHistoryBuilder.issue;
import static org.junit.Assert.assertEquals;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.IssueColumns;
import io.lodestar.core.kpi.IssueHistoryBuilder;
import io.lodestar.core.kpi.StatusSelection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class WorkInProgressCalculatorTest {

    private static final Instant TUESDAY_NOON = Instant.parse("2026-03-03T12:00:00Z");
    private static final Instant WEDNESDAY_NOON = Instant.parse("2026-03-04T12:00:00Z");
    private static final Instant THURSDAY_NOON = Instant.parse("2026-03-05T12:00:00Z");

    /** The Javadoc's worked example. */
    private static List<IssueSnapshot> aWeekOfWork() {
        return List.of(
                issue("CORE-1").moved("2026-03-02T10:00:00Z", IN_PROGRESS).moved("2026-03-04T09:00:00Z", DONE).build(),
                issue("CORE-2").moved("2026-03-03T09:00:00+01:00", IN_PROGRESS).build(),
                issue("CORE-3").created("2026-03-05T08:00:00Z").status(IN_PROGRESS).build());
    }

    private static WorkInProgressCalculator byCategory(List<IssueSnapshot> issues) {
        return new WorkInProgressCalculator(StatusSelection.category(StatusCategory.IN_PROGRESS, WORKFLOW, issues));
    }

    @Test
    public void shouldCountIssuesInProgressAtEachInstantWhenReplayingChangelog() {
        List<IssueSnapshot> issues = aWeekOfWork();

        List<WorkInProgress> series = byCategory(issues).series(issues, List.of(TUESDAY_NOON, WEDNESDAY_NOON, THURSDAY_NOON));

        assertEquals(List.of("CORE-1", "CORE-2"), series.get(0).keys());
        assertEquals(List.of("CORE-2"), series.get(1).keys());
        assertEquals(List.of("CORE-2", "CORE-3"), series.get(2).keys());
        assertEquals(2, series.get(2).value().value(), 0);
    }

    @Test
    public void shouldNotCountIssueBeforeItWasCreated() {
        List<IssueSnapshot> issues = aWeekOfWork();

        WorkInProgress justBeforeCreation = byCategory(issues).at(issues, Instant.parse("2026-03-05T07:59:59Z"));

        assertEquals(List.of("CORE-2"), justBeforeCreation.keys());
    }

    @Test
    public void shouldCountOnlyConfiguredStatusesWhenSetIsGiven() {
        List<IssueSnapshot> issues = List.of(
                issue("CORE-1").moved("2026-03-02T10:00:00Z", IN_PROGRESS).build(),
                issue("CORE-2").moved("2026-03-02T10:00:00Z", IN_PROGRESS).moved("2026-03-03T10:00:00Z", IN_REVIEW).build());
        WorkInProgressCalculator reviewOnly = new WorkInProgressCalculator(
                StatusSelection.of(Set.of(IN_REVIEW.id()), StatusCategory.IN_PROGRESS, WORKFLOW, issues));

        assertEquals(List.of("CORE-2"), reviewOnly.at(issues, THURSDAY_NOON).keys());
        assertEquals(2, byCategory(issues).at(issues, THURSDAY_NOON).count());
    }

    @Test
    public void shouldLeaveSubtasksOutUnlessAsked() {
        List<IssueSnapshot> issues = List.of(
                issue("CORE-1").moved("2026-03-02T10:00:00Z", IN_PROGRESS).build(),
                issue("CORE-2").type(SUBTASK).moved("2026-03-02T10:00:00Z", IN_PROGRESS).build());
        StatusSelection inProgress = StatusSelection.category(StatusCategory.IN_PROGRESS, WORKFLOW, issues);

        assertEquals(1, new WorkInProgressCalculator(inProgress).at(issues, TUESDAY_NOON).count());
        assertEquals(2, new WorkInProgressCalculator(inProgress, true).at(issues, TUESDAY_NOON).count());
    }

    @Test
    public void shouldCountIssueInBothStatusesAndAtTheExactInstantOfEachMove() {
        List<IssueSnapshot> issues = List.of(issue("CORE-1").moved("2026-03-02T10:00:00Z", IN_PROGRESS)
                .moved("2026-03-03T10:00:00Z", IN_REVIEW).moved("2026-03-04T10:00:00Z", DONE).build());

        List<WorkInProgress> series = byCategory(issues).series(issues, List.of(Instant.parse("2026-03-02T09:59:59.999Z"),
                Instant.parse("2026-03-02T10:00:00Z"), Instant.parse("2026-03-03T10:00:00Z"),
                Instant.parse("2026-03-04T09:59:59.999Z"), Instant.parse("2026-03-04T10:00:00Z")));

        assertEquals(List.of(0, 1, 1, 1, 0), series.stream().map(WorkInProgress::count).toList());
    }

    @Test
    public void shouldCountAgainWhenReopenedIntoProgress() {
        List<IssueSnapshot> issues = List.of(issue("CORE-1").moved("2026-03-02T10:00:00Z", IN_PROGRESS)
                .moved("2026-03-03T10:00:00Z", DONE).moved("2026-03-05T10:00:00Z", IN_PROGRESS).build());

        List<WorkInProgress> series = byCategory(issues).series(issues, List.of(TUESDAY_NOON, WEDNESDAY_NOON, THURSDAY_NOON));

        assertEquals(List.of(0, 0, 1), series.stream().map(WorkInProgress::count).toList());
    }

    @Test(expected = InvalidInputException.class)
    public void shouldRefuseInstantsWhenNotAscending() {
        List<IssueSnapshot> issues = aWeekOfWork();
        byCategory(issues).series(issues, List.of(WEDNESDAY_NOON, TUESDAY_NOON));
    }

    /** More stays than one block of the series holds (16,384), read from the snapshots and from the columns. */
    @Test
    public void shouldKeepEveryKeyInInputOrderWhenTheStaysFillSeveralBlocks() {
        Instant start = Instant.parse("2026-01-05T00:00:00Z");
        List<IssueSnapshot> issues = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            // issue i starts work i minutes after the start; every third one is done a day after it started
            IssueHistoryBuilder issue = issue("CORE-" + i).created("2026-01-01T00:00:00Z")
                    .moved(start.plusSeconds(60L * i).toString(), IN_PROGRESS);
            if (i % 3 == 0) {
                issue.moved(start.plusSeconds(60L * i + 86_400).toString(), DONE);
            }
            issues.add(issue.build());
        }
        // forty instants a thousand minutes apart (more than the 32 instants the keys are written out for at a time)
        List<Instant> instants = new ArrayList<>();
        List<List<String>> expected = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            long second = 60L * 1_000 * k + 30;
            instants.add(start.plusSeconds(second));
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < 40_000 && 60L * i <= second; i++) {
                if (i % 3 != 0 || 60L * i + 86_400 > second) {
                    keys.add("CORE-" + i);
                }
            }
            expected.add(keys);
        }

        for (List<WorkInProgress> series : List.of(byCategory(issues).series(issues, instants),
                byCategory(issues).series(IssueColumns.of(issues), instants))) {
            assertEquals(expected.get(30).size(), series.get(30).count());
            assertEquals(expected, series.stream().map(WorkInProgress::keys).toList());
        }
    }

    @Test
    public void shouldBeZeroWhenNothingIsInProgress() {
        List<IssueSnapshot> issues = List.of(issue("CORE-1").build());

        assertEquals(0, byCategory(issues).at(issues, TUESDAY_NOON).value().value(), 0);
    }
}
