package io.lodestar.core.kpi.flow;

import static io.lodestar.core.issue.IssueSnapshotBuilder.CLOSED;
import static io.lodestar.core.issue.IssueSnapshotBuilder.IN_PROGRESS;
import static io.lodestar.core.issue.IssueSnapshotBuilder.OPEN;
import static io.lodestar.core.issue.IssueSnapshotBuilder.RESOLVED;
import static io.lodestar.core.issue.IssueSnapshotBuilder.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import io.lodestar.core.issue.IssueSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.Test;

public class TimeInStatusCalculatorTest {

    private static final Instant FAR_FUTURE = Instant.parse("2030-01-01T00:00:00Z");
    private static final long DAY = Duration.ofDays(1).toMillis();

    private static IssueSnapshot bouncing() {
        return issue("A-1").created("2024-01-01T00:00Z")
                .moved("2024-01-02T00:00Z", OPEN, IN_PROGRESS)
                .moved("2024-01-03T00:00Z", IN_PROGRESS, OPEN)
                .moved("2024-01-03T12:00Z", OPEN, IN_PROGRESS)
                .resolved("2024-01-05T12:00Z").build();
    }

    @Test
    public void shouldSumVisitsAndCountEntriesWhenStatusIsReentered() {
        IssueTimeInStatus times = new TimeInStatusCalculator(FAR_FUTURE).forIssue(bouncing());

        assertEquals(List.of(new StatusTime("1", "Open", 2, DAY + DAY / 2), new StatusTime("3", "In Progress", 2, 3 * DAY)),
                times.statuses());
        assertEquals(OffsetDateTime.parse("2024-01-05T12:00Z"), times.until());
    }

    @Test
    public void shouldStopAtAsOfWhenItComesBeforeResolution() {
        IssueTimeInStatus times = new TimeInStatusCalculator(Instant.parse("2024-01-02T12:00:00Z")).forIssue(bouncing());

        assertEquals(List.of(new StatusTime("1", "Open", 1, DAY), new StatusTime("3", "In Progress", 1, DAY / 2)),
                times.statuses());
    }

    @Test
    public void shouldReplayToAsOfWhenUnresolved() {
        IssueSnapshot open = issue("A-2").created("2024-01-01T00:00-05:00").build();

        IssueTimeInStatus times = new TimeInStatusCalculator(Instant.parse("2024-01-03T05:00:00Z")).forIssue(open);

        assertEquals(List.of(new StatusTime("1", "Open", 1, 2 * DAY)), times.statuses());
    }

    @Test
    public void shouldIgnoreChangesAfterResolutionWhenResolved() {
        IssueSnapshot closedLater = issue("A-3").created("2024-01-01T00:00Z")
                .moved("2024-01-02T00:00Z", OPEN, RESOLVED)
                .moved("2024-03-01T00:00Z", RESOLVED, CLOSED)
                .resolved("2024-01-02T00:00Z").build();

        IssueTimeInStatus times = new TimeInStatusCalculator(FAR_FUTURE).forIssue(closedLater);

        assertEquals(List.of(new StatusTime("1", "Open", 1, DAY), new StatusTime("5", "Resolved", 1, 0)),
                times.statuses());
    }

    @Test
    public void shouldNotMeasureWhenAsOfIsBeforeCreation() {
        TimeInStatusCalculator calculator = new TimeInStatusCalculator(Instant.parse("2023-01-01T00:00:00Z"));

        assertNull(calculator.forIssue(bouncing()));
        assertEquals(1, calculator.measure(List.of(bouncing())).notMeasured());
    }

    @Test
    public void shouldCountNothingNegativeWhenChangelogTimestampPrecedesCreation() {
        IssueSnapshot skewed = issue("A-4").created("2024-01-02T00:00Z")
                .moved("2024-01-01T00:00Z", OPEN, IN_PROGRESS).resolved("2024-01-03T00:00Z").build();

        IssueTimeInStatus times = new TimeInStatusCalculator(FAR_FUTURE).forIssue(skewed);

        assertEquals(0, times.statuses().get(0).millis());
        assertEquals("starts at creation, not before", DAY, times.statuses().get(1).millis());
    }

    @Test
    public void shouldAddUpIssuesPerStatusWhenMeasuringMany() {
        IssueSnapshot quick = issue("A-5").created("2024-01-01T00:00Z")
                .moved("2024-01-01T12:00Z", OPEN, IN_PROGRESS).resolved("2024-01-02T00:00Z").build();

        TimeInStatusReport report = new TimeInStatusCalculator(FAR_FUTURE).measure(List.of(bouncing(), quick));

        StatusTotal open = report.totals().get(0);
        assertEquals("Open", open.statusName());
        assertEquals(2, open.issues());
        assertEquals(3, open.timesEntered());
        assertEquals(2 * DAY, open.millis());
        assertEquals(1.0, open.meanDaysPerIssue().value(), 1e-12);
        StatusTotal inProgress = report.totals().get(1);
        assertEquals(3.5, inProgress.totalDays(), 1e-12);
        assertEquals(2, report.perIssue().size());
    }

    @Test
    public void shouldGiveSameTotalsWithoutPerIssueListsWhenOnlyTotalsAreAsked() {
        IssueSnapshot quick = issue("A-5").created("2024-01-01T00:00Z")
                .moved("2024-01-01T12:00Z", OPEN, IN_PROGRESS).resolved("2024-01-02T00:00Z").build();
        TimeInStatusCalculator calculator = new TimeInStatusCalculator(FAR_FUTURE);

        TimeInStatusReport totals = calculator.totals(List.of(bouncing(), quick));

        assertEquals(calculator.measure(List.of(bouncing(), quick)).totals(), totals.totals());
        assertEquals(List.of(), totals.perIssue());
    }
}
