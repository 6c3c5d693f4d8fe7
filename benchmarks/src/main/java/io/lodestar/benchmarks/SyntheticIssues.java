package io.lodestar.benchmarks;

import io.lodestar.core.issue.Change;
import io.lodestar.core.issue.ChangeField;
import io.lodestar.core.issue.FixVersion;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.IssueType;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.issue.Status;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.issue.StatusCategory;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A deterministic generator of issues shaped like a real Jira project, for benchmarks: a workflow
 * Open, In Progress, In Review, Resolved, Closed with reopenings; story points set by a changelog
 * item; two-week sprints joined before their start; due dates and fix versions with release dates;
 * bugs and sub-tasks; unresolved issues. The same seed always gives the same issues.
 *
 * <p>Timestamps fall on whole hours and are shared from a pool (one per hour and offset), and
 * statuses, types, sprints and versions are shared too: a million issues then fit in about half a
 * gigabyte, so the benchmark measures the calculators rather than the garbage collector.
 */
public final class SyntheticIssues {

    static final Status OPEN = new Status("1", "Open", StatusCategory.TO_DO);
    static final Status IN_PROGRESS = new Status("3", "In Progress", StatusCategory.IN_PROGRESS);
    static final Status REOPENED = new Status("4", "Reopened", StatusCategory.TO_DO);
    static final Status RESOLVED = new Status("5", "Resolved", StatusCategory.DONE);
    static final Status CLOSED = new Status("6", "Closed", StatusCategory.DONE);
    static final Status IN_REVIEW = new Status("10000", "In Review", StatusCategory.IN_PROGRESS);
    static final StatusCatalog CATALOG = StatusCatalog.of(List.of(OPEN, IN_PROGRESS, REOPENED, RESOLVED, CLOSED, IN_REVIEW));

    private static final IssueType STORY = new IssueType("10001", "Story", false);
    private static final IssueType BUG = new IssueType("1", "Bug", false);
    private static final IssueType SUBTASK = new IssueType("5", "Sub-task", true);
    private static final String[] PROJECTS = {"ALPHA", "BRAVO", "CHARLIE", "DELTA"};
    private static final String[] POINTS = {"1", "2", "3", "5", "8"};
    private static final ZoneOffset[] OFFSETS = {ZoneOffset.UTC, ZoneOffset.ofHours(-5), ZoneOffset.ofHours(1)};
    /** Four years of hours. */
    private static final int HOURS = 4 * 365 * 24;
    private static final int SPRINT_HOURS = 14 * 24;
    private static final OffsetDateTime EPOCH = OffsetDateTime.parse("2020-01-06T09:00:00Z");

    private final OffsetDateTime[][] hours = new OffsetDateTime[OFFSETS.length][];
    private final Sprint[] sprints;
    private final FixVersion[] versions;

    private SyntheticIssues() {
        for (int o = 0; o < OFFSETS.length; o++) {
            hours[o] = new OffsetDateTime[HOURS + 2000];
        }
        sprints = new Sprint[HOURS / SPRINT_HOURS];
        for (int i = 0; i < sprints.length; i++) {
            OffsetDateTime start = EPOCH.plusHours((long) i * SPRINT_HOURS);
            OffsetDateTime end = start.plusHours(SPRINT_HOURS - 1);
            sprints[i] = new Sprint(i + 1, "Sprint " + (i + 1), Sprint.State.CLOSED, start, end, end, 7L);
        }
        versions = new FixVersion[60];
        for (int i = 0; i < versions.length; i++) {
            versions[i] = new FixVersion(String.valueOf(1000 + i), "1." + i, true,
                    LocalDate.of(2020, 2, 1).plusWeeks(4L * i));
        }
    }

    /** {@code count} issues generated from {@code seed}. */
    public static List<IssueSnapshot> generate(int count, long seed) {
        SyntheticIssues generator = new SyntheticIssues();
        SplittableRandom random = new SplittableRandom(seed);
        List<IssueSnapshot> issues = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            issues.add(generator.issue(i, random));
        }
        return issues;
    }

    private OffsetDateTime at(int offset, int hour) {
        int clamped = Math.min(hour, hours[offset].length - 1);
        OffsetDateTime at = hours[offset][clamped];
        if (at == null) {
            at = EPOCH.plusHours(clamped).withOffsetSameInstant(OFFSETS[offset]);
            hours[offset][clamped] = at;
        }
        return at;
    }

    private IssueSnapshot issue(int index, SplittableRandom random) {
        int offset = random.nextInt(OFFSETS.length);
        int created = random.nextInt(HOURS - 1500);
        int roll = random.nextInt(100);
        IssueType type = roll < 20 ? BUG : roll < 25 ? SUBTASK : STORY;
        List<Change> changes = new ArrayList<>(8);
        Double points = null;
        if (random.nextInt(100) < 60) {
            String estimate = POINTS[random.nextInt(POINTS.length)];
            points = Double.valueOf(estimate);
            changes.add(new Change(at(offset, created + 1), ChangeField.STORY_POINTS, null, null, null, estimate));
        }
        List<Sprint> issueSprints = List.of();
        int now = created + 2;
        if (random.nextInt(100) < 40) {
            int sprint = Math.min(sprints.length - 1, created / SPRINT_HOURS + 1);
            issueSprints = List.of(sprints[sprint]);
            int start = sprint * SPRINT_HOURS;
            now = Math.max(now, start - 1 - random.nextInt(48));
            String id = String.valueOf(sprints[sprint].id());
            changes.add(new Change(at(offset, Math.max(created + 1, now)), ChangeField.SPRINT, null, null, id,
                    sprints[sprint].name()));
            now = Math.max(now, start + 1);
        }
        Status status = OPEN;
        OffsetDateTime resolved = null;
        int stage = random.nextInt(100);
        if (stage >= 15) {
            now += 1 + random.nextInt(200);
            changes.add(move(offset, now, status, IN_PROGRESS));
            status = IN_PROGRESS;
            if (random.nextBoolean()) {
                now += 1 + random.nextInt(48);
                changes.add(move(offset, now, status, IN_REVIEW));
                status = IN_REVIEW;
            }
            if (stage >= 25) {
                now += 1 + random.nextInt(150);
                changes.add(move(offset, now, status, RESOLVED));
                status = RESOLVED;
                if (random.nextInt(100) < 10) {
                    now += 1 + random.nextInt(100);
                    changes.add(move(offset, now, status, REOPENED));
                    now += 1 + random.nextInt(24);
                    changes.add(move(offset, now, REOPENED, IN_PROGRESS));
                    now += 1 + random.nextInt(100);
                    changes.add(move(offset, now, IN_PROGRESS, RESOLVED));
                }
                resolved = at(offset, now);
                if (random.nextBoolean()) {
                    now += 1 + random.nextInt(300);
                    changes.add(move(offset, now, RESOLVED, CLOSED));
                    status = CLOSED;
                }
            }
        }
        LocalDate due = random.nextInt(100) < 20 ? at(offset, created).toLocalDate().plusDays(5 + random.nextInt(55)) : null;
        List<FixVersion> fixVersions = random.nextBoolean()
                ? List.of(versions[Math.min(versions.length - 1, created / (28 * 24) + random.nextInt(2))]) : List.of();
        String project = PROJECTS[index % PROJECTS.length];
        return new IssueSnapshot(String.valueOf(index), project + "-" + index, project, type, status, at(offset, created),
                resolved, due, fixVersions, points, issueSprints, null, null, changes);
    }

    private Change move(int offset, int hour, Status from, Status to) {
        return new Change(at(offset, hour), ChangeField.STATUS, from.id(), from.name(), to.id(), to.name());
    }
}
