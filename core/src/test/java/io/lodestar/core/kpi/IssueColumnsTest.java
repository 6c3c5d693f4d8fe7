package io.lodestar.core.kpi;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.issue.Change;
import io.lodestar.core.issue.ChangeField;
import io.lodestar.core.issue.EstimateHistory;
import io.lodestar.core.issue.FixVersion;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.IssueType;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.issue.Status;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.delivery.OnTimeDeliveryCalculator;
import io.lodestar.core.kpi.delivery.OnTimeDeliveryReport;
import io.lodestar.core.kpi.flow.CycleTimeCalculator;
import io.lodestar.core.kpi.flow.FlowTimes;
import io.lodestar.core.kpi.flow.LeadTimeCalculator;
import io.lodestar.core.kpi.flow.ResolutionTimeCalculator;
import io.lodestar.core.kpi.flow.StageMapping;
import io.lodestar.core.kpi.flow.TimeInStatusCalculator;
import io.lodestar.core.kpi.release.ReleaseCalculator;
import io.lodestar.core.kpi.sprint.VelocityCalculator;
import io.lodestar.core.kpi.throughput.ThroughputCalculator;
import io.lodestar.core.kpi.throughput.WorkInProgressCalculator;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.Test;

/**
 * The columnar form of issue histories gives every calculator the very result the snapshots give,
 * on random histories written to be awkward: statuses unknown to the catalog or without an id,
 * renamed statuses, changes stamped before the creation or at the same instant, a current status that
 * disagrees with the last change, estimates and sprint lists that are not numbers, sub-tasks, bugs,
 * releases and sprints.
 */
public class IssueColumnsTest {

    private static final Status OPEN = new Status("1", "Open", StatusCategory.TO_DO);
    private static final Status IN_PROGRESS = new Status("3", "In Progress", StatusCategory.IN_PROGRESS);
    private static final Status IN_REVIEW = new Status("10000", "In Review", StatusCategory.IN_PROGRESS);
    private static final Status RESOLVED = new Status("5", "Resolved", StatusCategory.DONE);
    private static final Status CLOSED = new Status("6", "Closed", StatusCategory.DONE);
    /** Known to no catalog: only seen in changelogs and as some issues' current status. */
    private static final Status GHOST = new Status("99", "Ghost", StatusCategory.IN_PROGRESS);
    /** The same id as Resolved, in another category as one issue's current status. */
    private static final Status RESOLVED_AS_TODO = new Status("5", "Resolved", StatusCategory.TO_DO);
    private static final Status[] STATUSES = {OPEN, IN_PROGRESS, IN_REVIEW, RESOLVED, CLOSED, GHOST, RESOLVED_AS_TODO};
    private static final StatusCatalog CATALOG = StatusCatalog.of(List.of(OPEN, IN_PROGRESS, IN_REVIEW, RESOLVED, CLOSED));
    private static final IssueType[] TYPES = {new IssueType("10001", "Story", false), new IssueType("1", "Bug", false),
        new IssueType("7", "defect", false), new IssueType("5", "Sub-task", true)};
    private static final String[] POINT_TEXTS = {"1", "3", "5.0", "", " 8 ", "abc", null, "Infinity"};
    private static final ZoneOffset[] OFFSETS = {ZoneOffset.UTC, ZoneOffset.ofHours(-5), ZoneOffset.ofHoursMinutes(5, 30)};
    private static final OffsetDateTime EPOCH = OffsetDateTime.parse("2024-01-01T00:00:00Z");
    private static final StageMapping WORKFLOW = StageMapping.parse(
            "To Do=Open,reopened;In Progress=In Progress,3;Review=In Review;Done=Resolved,Closed", "In Progress", "Done");
    private static final StageMapping COMMIT_AT_DONE = StageMapping.parse("To Do=Open;Done=Resolved,6", "Done", "Done");
    /** Two-week sprints over the first months; sprint 4 is still open, sprint 5 of board 2. */
    private static final Sprint[] SPRINTS = {sprint(1, 0, 1L), sprint(2, 1, 1L), sprint(3, 2, 1L), sprint(5, 3, 2L),
        new Sprint(4, "Sprint 4", Sprint.State.ACTIVE, EPOCH.plusWeeks(8), EPOCH.plusWeeks(10), null, 1L)};
    private static final String[] SPRINT_TEXTS = {"1", "1, 2", "2,3", "", null, "3", "5", "4, 1", "legacy[id=9]", "2 ,5"};
    private static final Instant AS_OF = Instant.parse("2024-04-01T00:00:00Z");

    @Test
    public void shouldGiveTheSnapshotsResultsForEveryCalculatorWhenHistoriesAreRandom() {
        for (long seed = 1; seed <= 40; seed++) {
            List<IssueSnapshot> issues = randomIssues(new SplittableRandom(seed), 1 + (int) (seed * 7 % 120));
            IssueColumns columns = IssueColumns.of(issues);
            String at = "seed " + seed;

            assertSame(at, new ResolutionTimeCalculator().measure(issues), new ResolutionTimeCalculator().measure(columns));
            for (StageMapping mapping : List.of(StageMapping.byStatusCategory(), WORKFLOW, COMMIT_AT_DONE)) {
                assertSame(at + " lead " + mapping, new LeadTimeCalculator(mapping, CATALOG).measure(issues),
                        new LeadTimeCalculator(mapping, CATALOG).measure(columns));
                for (StageEntry entry : StageEntry.values()) {
                    assertSame(at + " cycle " + entry + " " + mapping,
                            new CycleTimeCalculator(mapping, CATALOG, entry).measure(issues),
                            new CycleTimeCalculator(mapping, CATALOG, entry).measure(columns));
                }
            }
            TimeInStatusCalculator timeInStatus = new TimeInStatusCalculator(AS_OF);
            assertEquals(at, timeInStatus.measure(issues), timeInStatus.measure(columns));
            assertEquals(at, timeInStatus.totals(issues), timeInStatus.totals(columns));
            for (DeadlineRule rule : DeadlineRule.values()) {
                assertSame(at + " " + rule, new OnTimeDeliveryCalculator(rule).measure(issues),
                        new OnTimeDeliveryCalculator(rule).measure(columns));
            }

            for (StatusCategory category : StatusCategory.values()) {
                StatusSelection fromIssues = StatusSelection.category(category, CATALOG, issues);
                StatusSelection fromColumns = StatusSelection.category(category, CATALOG, columns);
                for (Status status : STATUSES) {
                    assertEquals(at + " " + category + " " + status, fromIssues.test(status.id()),
                            fromColumns.test(status.id()));
                }
                assertEquals(at, fromIssues.test("unknown"), fromColumns.test("unknown"));
            }
            StatusSelection done = StatusSelection.category(StatusCategory.DONE, CATALOG, issues);
            StatusSelection configured = StatusSelection.of(Set.of("5", "99"), StatusCategory.DONE, CATALOG, issues);
            StatusSelection inProgress = StatusSelection.category(StatusCategory.IN_PROGRESS, CATALOG, issues);
            for (boolean subtasks : new boolean[] {false, true}) {
                for (StatusSelection selection : List.of(done, configured)) {
                    ThroughputCalculator throughput = new ThroughputCalculator(selection, subtasks);
                    assertEquals(at, throughput.weekly(issues, LocalDate.parse("2023-12-25"), LocalDate.parse("2024-04-08"),
                            ZoneOffset.UTC), throughput.weekly(columns, LocalDate.parse("2023-12-25"),
                            LocalDate.parse("2024-04-08"), ZoneOffset.UTC));
                    assertEquals(at, throughput.weekly(issues, LocalDate.parse("2024-01-10"), LocalDate.parse("2024-02-01"),
                            ZoneId.of("America/New_York")), throughput.weekly(columns, LocalDate.parse("2024-01-10"),
                            LocalDate.parse("2024-02-01"), ZoneId.of("America/New_York")));
                    assertEquals(at, throughput.firstDone(issues), throughput.firstDone(columns));
                    assertEquals(at, throughput.lastDone(issues), throughput.lastDone(columns));
                }
                WorkInProgressCalculator wip = new WorkInProgressCalculator(inProgress, subtasks);
                List<Instant> instants = new ArrayList<>();
                for (int hour = -48; hour < 24 * 100; hour += 13) {
                    instants.add(EPOCH.toInstant().plusSeconds(hour * 3600L));
                }
                assertEquals(at, wip.series(issues, instants), wip.series(columns, instants));
            }
            assertEquals(at, new ReleaseCalculator(done).releases(issues), new ReleaseCalculator(done).releases(columns));
            for (EstimateMoment moment : EstimateMoment.values()) {
                for (StatusSelection selection : List.of(done, configured)) {
                    VelocityCalculator velocity = new VelocityCalculator(selection, moment);
                    assertEquals(at + " velocity " + moment, velocity.closedSprints(issues), velocity.closedSprints(columns));
                    assertEquals(at, velocity.closedSprints(issues, 2L), velocity.closedSprints(columns, 2L));
                }
            }
        }
    }

    @Test
    public void shouldReadEstimatesAsEstimateHistoryDoesWhenPointsChange() {
        List<IssueSnapshot> issues = randomIssues(new SplittableRandom(7), 300);
        IssueColumns columns = IssueColumns.of(issues);
        for (int i = 0; i < issues.size(); i++) {
            EstimateHistory history = EstimateHistory.of(issues.get(i));
            for (int hour = -50; hour < 24 * 100; hour += 5) {
                long at = EPOCH.toInstant().toEpochMilli() + hour * 3_600_000L;
                assertEquals(issues.get(i).key() + " at " + hour, history.pointsAt(at), columns.pointsAt(i, at), 0);
            }
        }
    }

    @Test
    public void shouldShareOneStatusEntryWhenIssuesNameTheSameStatus() {
        List<IssueSnapshot> issues = randomIssues(new SplittableRandom(3), 500);
        IssueColumns columns = IssueColumns.of(issues);
        assertEquals(500, columns.size());
        // Entries are (id, name, own category) triples: a few dozen at most, whatever the number of issues.
        assertTrue("entries: " + columns.statusEntries(), columns.statusEntries() < 60);
        int transitions = 0;
        for (IssueSnapshot issue : issues) {
            transitions += 1 + (int) issue.changelog().stream().filter(c -> c.field() == ChangeField.STATUS).count();
        }
        assertEquals(transitions, columns.statusEnd(columns.size() - 1));
    }

    private static void assertSame(String at, FlowTimes expected, FlowTimes actual) {
        assertEquals(at, expected.toString(), actual.toString());
        assertEquals(at, expected.perIssue(), actual.perIssue());
        assertEquals(at, expected.notStarted(), actual.notStarted());
        assertEquals(at, expected.whyNotStarted(), actual.whyNotStarted());
    }

    private static void assertSame(String at, OnTimeDeliveryReport expected, OnTimeDeliveryReport actual) {
        assertEquals(at, expected.toString(), actual.toString());
        assertEquals(at, expected.lateDelays().toString(), actual.lateDelays().toString());
        assertEquals(at, expected.outcomes(), actual.outcomes());
    }

    static List<IssueSnapshot> randomIssues(SplittableRandom random, int count) {
        List<IssueSnapshot> issues = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            issues.add(randomIssue(random, i));
        }
        return issues;
    }

    private static IssueSnapshot randomIssue(SplittableRandom random, int index) {
        ZoneOffset offset = OFFSETS[random.nextInt(OFFSETS.length)];
        int createdHour = random.nextInt(24 * 60);
        OffsetDateTime created = at(createdHour, random, offset);
        List<Change> changes = new ArrayList<>();
        Status status = STATUSES[random.nextInt(3)];
        int hour = createdHour;
        int moves = random.nextInt(8);
        Double points = random.nextInt(3) == 0 ? null : (double) (1 + random.nextInt(8));
        for (int m = 0; m < moves; m++) {
            // Mostly forward, sometimes at the same instant, sometimes before the creation.
            int roll = random.nextInt(10);
            hour = roll == 0 ? createdHour - 1 - random.nextInt(5) : roll == 1 ? hour : hour + 1 + random.nextInt(100);
            OffsetDateTime when = at(hour, random, offset);
            int field = random.nextInt(10);
            if (field < 6) {
                Status next = STATUSES[random.nextInt(STATUSES.length)];
                String from = random.nextInt(15) == 0 ? null : status.id();
                String fromText = random.nextInt(10) == 0 ? status.name().toLowerCase() : status.name();
                String toText = random.nextInt(12) == 0 ? null : random.nextInt(12) == 0 ? "Reopened" : next.name();
                String to = random.nextInt(15) == 0 ? null : next.id();
                changes.add(new Change(when, ChangeField.STATUS, from, fromText, to, toText));
                status = next;
            } else if (field < 8) {
                String text = POINT_TEXTS[random.nextInt(POINT_TEXTS.length)];
                changes.add(new Change(when, ChangeField.STORY_POINTS, null,
                        POINT_TEXTS[random.nextInt(POINT_TEXTS.length)], null, text));
            } else {
                String from = SPRINT_TEXTS[random.nextInt(SPRINT_TEXTS.length)];
                String to = SPRINT_TEXTS[random.nextInt(SPRINT_TEXTS.length)];
                changes.add(new Change(when, ChangeField.SPRINT, from, from, to, to));
            }
        }
        // A changelog is oldest first (the source's contract); equal instants keep their order.
        changes.sort(Comparator.comparing(change -> change.at().toInstant()));
        if (random.nextInt(8) == 0) {
            status = STATUSES[random.nextInt(STATUSES.length)];
        }
        OffsetDateTime resolved = random.nextInt(3) == 0 ? null
                : at(hour + random.nextInt(200) - (random.nextInt(10) == 0 ? 400 : 0), random, OFFSETS[random.nextInt(3)]);
        LocalDate due = random.nextInt(3) == 0 ? created.toLocalDate().plusDays(random.nextInt(30)) : null;
        List<FixVersion> versions = new ArrayList<>();
        for (int v = random.nextInt(3); v > 0; v--) {
            int id = random.nextInt(6);
            versions.add(new FixVersion(String.valueOf(id), "1." + id, id % 3 != 0,
                    id == 4 ? null : LocalDate.parse("2024-01-15").plusWeeks(id)));
        }
        IssueType type = TYPES[random.nextInt(TYPES.length)];
        List<Sprint> sprints = new ArrayList<>();
        for (int k = random.nextInt(3); k > 0; k--) {
            Sprint sprint = SPRINTS[random.nextInt(SPRINTS.length)];
            if (!sprints.contains(sprint)) {
                sprints.add(sprint);
            }
        }
        return new IssueSnapshot(String.valueOf(index), "T-" + index, "T", type, status, created, resolved, due, versions,
                points, sprints, null, null, changes);
    }

    private static Sprint sprint(long id, int index, Long board) {
        OffsetDateTime start = EPOCH.plusWeeks(2L * index).plusHours(9);
        return new Sprint(id, "Sprint " + id, Sprint.State.CLOSED, start, start.plusWeeks(2), start.plusWeeks(2).plusHours(1),
                board);
    }

    /** An hour after the epoch, sometimes with milliseconds and nanoseconds. */
    private static OffsetDateTime at(int hour, SplittableRandom random, ZoneOffset offset) {
        OffsetDateTime at = EPOCH.plusHours(hour);
        if (random.nextInt(4) == 0) {
            at = at.plusNanos(random.nextInt(1_000_000_000));
        }
        return at.withOffsetSameInstant(offset);
    }
}
