package io.lodestar.core.kpi.throughput;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;

import io.lodestar.core.issue.EstimateHistory;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusHistory;
import io.lodestar.core.kpi.IssueColumns;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.sprint.SprintOutcome;
import io.lodestar.core.kpi.sprint.SprintReport;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Throughput (issues done per period) and velocity per week (story points done per period) for
 * teams with or without sprints.
 *
 * <h2>Formula</h2>
 * An issue is done at the moment it last entered a done status, provided it is still done now
 * (jirametrics' rule: a reopened issue moves its completion to its last re-completion; one that
 * is open again does not count). An issue whose changelog has no status change but that is done
 * counts at its resolution date, or failing that at its creation (created directly in a done
 * status, as imports do). Throughput of a period {@code [start, end)} = number of issues done in
 * it; velocity = sum of their estimates at the moment they were done (unestimated = 0). Sub-tasks
 * are left out unless asked for, so that a story split in five sub-tasks counts once.
 * Weeks start on Monday at midnight in the given zone (jira-agile-metrics' convention).
 *
 * <h2>Worked example</h2>
 * Weeks of 2026-03-02 and 2026-03-09 (UTC). A (3 points) done Tuesday 3rd; B (5) done Sunday 8th
 * 23:30 UTC; C (2) done Monday 9th 00:00 UTC; D done on the 4th then reopened. Week 10: A, B
 * = 2 issues, 8 points; week 11: C = 1 issue, 2 points. D counts nowhere.
 *
 * <h2>Cost</h2>
 * One pass over the issues; each done instant is placed by binary search over the period
 * boundaries (a primitive array).
 */
public final class ThroughputCalculator {

    private final Predicate<String> done;
    private final boolean includeSubtasks;

    public ThroughputCalculator(Predicate<String> done, boolean includeSubtasks) {
        this.done = requirePresent(done, "throughput.done");
        this.includeSubtasks = includeSubtasks;
    }

    /** Sub-tasks left out. */
    public ThroughputCalculator(Predicate<String> done) {
        this(done, false);
    }

    /** Monday-to-Sunday weeks from the week of {@code firstDay} to the week of {@code lastDay}, both included. */
    public List<PeriodThroughput> weekly(Collection<IssueSnapshot> issues, LocalDate firstDay, LocalDate lastDay,
                                         ZoneId zone) {
        return over(issues, weeks(firstDay, lastDay, zone));
    }

    private static List<KpiPeriod> weeks(LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        require(!lastDay.isBefore(firstDay), "throughput.lastDay", "must not be before " + firstDay);
        List<KpiPeriod> weeks = new ArrayList<>();
        KpiPeriod week = KpiPeriod.week(firstDay, zone);
        KpiPeriod last = KpiPeriod.week(lastDay, zone);
        while (!week.start().isAfter(last.start())) {
            weeks.add(week);
            week = KpiPeriod.week(LocalDate.ofInstant(week.end(), zone), zone);
        }
        return weeks;
    }

    /**
     * When the first of {@code issues} was done (by the rule above; sub-tasks as configured), or null
     * when none is done now. A throughput series starts in its week: weeks before any completion say
     * nothing about the team's pace, only about when the data begins.
     * Example: A done 2026-03-03, B done 2026-03-09, C open: 2026-03-03.
     */
    public Instant firstDone(Collection<IssueSnapshot> issues) {
        long first = Long.MAX_VALUE;
        for (IssueSnapshot issue : issues) {
            if (issue.isSubtask() && !includeSubtasks) {
                continue;
            }
            long doneAt = doneAt(issue);
            if (doneAt != Long.MIN_VALUE && doneAt < first) {
                first = doneAt;
            }
        }
        return first == Long.MAX_VALUE ? null : Instant.ofEpochMilli(first);
    }

    /**
     * The latest instant an issue (a sub-task only when included) was done, by the same rule as
     * {@link #firstDone}, or null when none is done now. A throughput series ends in its week: the
     * latest resolution date would cut it short where the Done status sets none (common in Jira Cloud).
     * Example: A done 2026-03-03, B done 2026-03-09, C open: 2026-03-09.
     */
    public Instant lastDone(Collection<IssueSnapshot> issues) {
        long last = Long.MIN_VALUE;
        for (IssueSnapshot issue : issues) {
            if (issue.isSubtask() && !includeSubtasks) {
                continue;
            }
            last = Math.max(last, doneAt(issue));
        }
        return last == Long.MIN_VALUE ? null : Instant.ofEpochMilli(last);
    }

    /** The throughput of one period. */
    public PeriodThroughput in(Collection<IssueSnapshot> issues, KpiPeriod period) {
        return over(issues, List.of(period)).get(0);
    }

    /**
     * The throughput of each of {@code periods}, which must be in time order and not overlap
     * (gaps are allowed: what falls in a gap is not counted).
     */
    public List<PeriodThroughput> over(Collection<IssueSnapshot> issues, List<KpiPeriod> periods) {
        int n = periods.size();
        long[] starts = new long[n];
        long[] ends = new long[n];
        for (int i = 0; i < n; i++) {
            starts[i] = periods.get(i).start().toEpochMilli();
            ends[i] = periods.get(i).end().toEpochMilli();
            require(i == 0 || starts[i] >= ends[i - 1], "throughput.periods", "must be in order and not overlap");
        }
        List<List<String>> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            keys.add(new ArrayList<>());
        }
        double[] points = new double[n];
        if (n > 0) {
            for (IssueSnapshot issue : issues) {
                if (issue.isSubtask() && !includeSubtasks) {
                    continue;
                }
                long doneAt = doneAt(issue);
                if (doneAt < starts[0] || doneAt >= ends[n - 1]) {
                    continue;
                }
                int found = Arrays.binarySearch(starts, doneAt);
                int index = found >= 0 ? found : -found - 2;
                if (index >= 0 && doneAt < ends[index]) {
                    keys.get(index).add(issue.key());
                    points[index] += EstimateHistory.of(issue).pointsAt(doneAt);
                }
            }
        }
        List<PeriodThroughput> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            result.add(new PeriodThroughput(periods.get(i), keys.get(i), points[i]));
        }
        return result;
    }

    /** {@link #weekly(Collection, LocalDate, LocalDate, ZoneId)} over issues in columns: the same series. */
    public List<PeriodThroughput> weekly(IssueColumns issues, LocalDate firstDay, LocalDate lastDay, ZoneId zone) {
        return over(issues, weeks(firstDay, lastDay, zone));
    }

    /** {@link #firstDone(Collection)} over issues in columns. */
    public Instant firstDone(IssueColumns issues) {
        boolean[] selected = issues.select(done);
        long first = Long.MAX_VALUE;
        for (int i = 0, n = issues.size(); i < n; i++) {
            if (issues.isSubtask(i) && !includeSubtasks) {
                continue;
            }
            long doneAt = doneAt(issues, i, selected);
            if (doneAt != Long.MIN_VALUE && doneAt < first) {
                first = doneAt;
            }
        }
        return first == Long.MAX_VALUE ? null : Instant.ofEpochMilli(first);
    }

    /** {@link #lastDone(Collection)} over issues in columns. */
    public Instant lastDone(IssueColumns issues) {
        boolean[] selected = issues.select(done);
        long last = Long.MIN_VALUE;
        for (int i = 0, n = issues.size(); i < n; i++) {
            if (issues.isSubtask(i) && !includeSubtasks) {
                continue;
            }
            last = Math.max(last, doneAt(issues, i, selected));
        }
        return last == Long.MIN_VALUE ? null : Instant.ofEpochMilli(last);
    }

    /** {@link #in(Collection, KpiPeriod)} over issues in columns. */
    public PeriodThroughput in(IssueColumns issues, KpiPeriod period) {
        return over(issues, List.of(period)).get(0);
    }

    /** {@link #over(Collection, List)} over issues in columns: the same series, without walking the snapshots. */
    public List<PeriodThroughput> over(IssueColumns issues, List<KpiPeriod> periods) {
        int n = periods.size();
        long[] starts = new long[n];
        long[] ends = new long[n];
        for (int i = 0; i < n; i++) {
            starts[i] = periods.get(i).start().toEpochMilli();
            ends[i] = periods.get(i).end().toEpochMilli();
            require(i == 0 || starts[i] >= ends[i - 1], "throughput.periods", "must be in order and not overlap");
        }
        List<List<String>> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            keys.add(new ArrayList<>());
        }
        double[] points = new double[n];
        if (n > 0) {
            boolean[] selected = issues.select(done);
            // The periods' starts are strictly ascending (each period ends after it starts, before the next).
            InstantIndex periodStarts = new InstantIndex(starts);
            for (int i = 0, count = issues.size(); i < count; i++) {
                if (issues.isSubtask(i) && !includeSubtasks) {
                    continue;
                }
                long doneAt = doneAt(issues, i, selected);
                if (doneAt < starts[0] || doneAt >= ends[n - 1]) {
                    continue;
                }
                int at = periodStarts.firstAtOrAfter(doneAt);
                int index = at < n && starts[at] == doneAt ? at : at - 1;
                if (index >= 0 && doneAt < ends[index]) {
                    keys.get(index).add(issues.key(i));
                    points[index] += issues.pointsAt(i, doneAt);
                }
            }
        }
        List<PeriodThroughput> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            result.add(new PeriodThroughput(periods.get(i), keys.get(i), points[i]));
        }
        return result;
    }

    /**
     * {@link #doneAt(IssueSnapshot)} over columns, with {@code selected} the done statuses by id code:
     * replayed as {@code StatusHistory.lastEntry} does, where the last status change leads to the
     * current status whatever the change wrote.
     */
    static long doneAt(IssueColumns issues, int issue, boolean[] selected) {
        int currentId = issues.statusIdOf(issues.currentStatus(issue));
        if (!selected[currentId]) {
            return Long.MIN_VALUE;
        }
        int first = issues.statusStart(issue);
        int end = issues.statusEnd(issue);
        long created = issues.created(issue);
        if (end - first == 1) {
            long resolved = issues.resolved(issue);
            return resolved != IssueColumns.NONE ? resolved : created;
        }
        int initial = issues.statusIdOf(issues.statusTo(first));
        boolean inside = initial >= 0 && selected[initial];
        long entry = created;
        for (int t = first + 1; t < end; t++) {
            int id = t == end - 1 ? currentId : issues.statusIdOf(issues.statusTo(t));
            boolean in = id >= 0 && selected[id];
            if (in && !inside) {
                entry = Math.max(created, issues.statusAt(t));
            }
            inside = in;
        }
        // As doneAt(IssueSnapshot), which reads a negative entry as "not done".
        return inside && entry >= 0 ? entry : Long.MIN_VALUE;
    }

    /** When the issue was done, in epoch milliseconds, or {@link Long#MIN_VALUE} when it is not done now. */
    long doneAt(IssueSnapshot issue) {
        if (!done.test(issue.status().id())) {
            return Long.MIN_VALUE;
        }
        if (!StatusHistory.hasStatusChanges(issue)) {
            return (issue.resolved() != null ? issue.resolved() : issue.created()).toInstant().toEpochMilli();
        }
        // Straight from the changelog: only the changes into done have their timestamp converted.
        long entry = StatusHistory.lastEntry(issue, done);
        return entry < 0 ? Long.MIN_VALUE : entry;
    }

    /**
     * Throughput per sprint: the issues the sprint report counts as completed (see
     * {@link io.lodestar.core.kpi.sprint.VelocityCalculator}), so that it agrees with velocity.
     * Example: a sprint with outcomes completed, completed, not completed has a throughput of 2.
     */
    public static List<PeriodThroughput> perSprint(List<SprintReport> reports) {
        List<PeriodThroughput> result = new ArrayList<>(reports.size());
        for (SprintReport report : reports) {
            List<String> keys = report.issues().stream()
                    .filter(issue -> issue.outcome() == SprintOutcome.COMPLETED).map(issue -> issue.key()).toList();
            result.add(new PeriodThroughput(KpiPeriod.sprint(report.sprint()), keys, report.completed()));
        }
        return result;
    }
}
