package io.lodestar.core.kpi.delivery;

import static io.lodestar.core.common.InvalidInputException.requirePresent;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.kpi.DeadlineRule;
import io.lodestar.core.kpi.Distribution;
import io.lodestar.core.kpi.IssueColumns;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;

/**
 * On-time delivery: the share of resolved issues delivered by their deadline.
 *
 * <p>Formula: the deadline is the due date, else the earliest release date among the fix versions
 * ({@link Deadline#of}). A resolved issue is on time when the calendar date of its resolution, read
 * in the resolution timestamp's own offset, is on or before the deadline; its delay is
 * {@code max(0, resolution date - deadline)} in days. Rate = on time / resolved issues with a
 * deadline. Resolved issues without a deadline are excluded and counted, as are unresolved issues.
 * The date is read in the timestamp's own offset because that is the day the team saw on its
 * calendar; converting to UTC would make a fix at 23:30 in New York late.
 *
 * <p>Worked example: A due 2024-03-01, resolved 2024-03-01T23:30-05:00 (04:30 UTC the next day):
 * on time, delay 0. B, no due date, fix versions released 2024-03-10 and 2024-02-20, resolved
 * 2024-02-23T10:00Z: deadline 2024-02-20 (earliest), late by 3 days. C resolved without a deadline:
 * excluded. Rate = 1 / 2 = 0.5; late delays: n = 1, mean 3 days.
 *
 * <p>Another {@link DeadlineRule} reads the deadline from the due date only (B then has none and is
 * excluded: rate 1 / 1) or from the release date only ({@link Deadline#of(IssueSnapshot, DeadlineRule)}).
 */
public final class OnTimeDeliveryCalculator {

    private final DeadlineRule rule;

    /** Deadlines from the due date, else the release date. */
    public OnTimeDeliveryCalculator() {
        this(DeadlineRule.DUE_DATE_ELSE_RELEASE);
    }

    public OnTimeDeliveryCalculator(DeadlineRule rule) {
        this.rule = requirePresent(rule, "onTimeDelivery.deadline");
    }

    public OnTimeDeliveryReport measure(Iterable<IssueSnapshot> issues) {
        Measured measured = new Measured();
        for (IssueSnapshot issue : issues) {
            OffsetDateTime resolved = issue.resolved();
            if (resolved == null) {
                measured.unresolved++;
                continue;
            }
            LocalDate deadline = Deadline.dateOf(issue, rule);
            if (deadline == null) {
                measured.withoutDeadline++;
                continue;
            }
            long delay = Math.max(0, resolved.toLocalDate().toEpochDay() - deadline.toEpochDay());
            measured.add(issue.key(), deadline, Deadline.sourceOf(issue, rule) == DeadlineSource.DUE_DATE, resolved, delay);
        }
        return measured.report();
    }

    /**
     * {@link #measure(Iterable)} over issues in columns: the same report, without walking the snapshots. The
     * measured issues are kept as indexes (in primitive arrays sized to the issues, so never regrown), the
     * report reading their keys, deadlines and resolutions from the columns when asked.
     */
    public OnTimeDeliveryReport measure(IssueColumns issues) {
        int n = issues.size();
        int[] measured = new int[n];
        boolean[] byDueDates = new boolean[n];
        long[] delays = new long[n];
        double[] lateDelays = new double[n];
        int count = 0;
        int late = 0;
        int withoutDeadline = 0;
        int unresolved = 0;
        boolean dueFirst = rule != DeadlineRule.RELEASE_DATE;
        boolean releases = rule != DeadlineRule.DUE_DATE;
        for (int i = 0; i < n; i++) {
            long resolvedDay = issues.resolvedDay(i);
            if (resolvedDay == IssueColumns.NONE) {
                unresolved++;
                continue;
            }
            boolean byDueDate = dueFirst && issues.dueDay(i) != IssueColumns.NONE;
            long deadlineDay = byDueDate ? issues.dueDay(i) : releases ? issues.earliestReleaseDay(i) : IssueColumns.NONE;
            if (deadlineDay == IssueColumns.NONE) {
                withoutDeadline++;
                continue;
            }
            long delay = Math.max(0, resolvedDay - deadlineDay);
            // As Deadline.sourceOf: the due date's, whenever the rule reads due dates and the issue has one.
            measured[count] = i;
            byDueDates[count] = byDueDate;
            delays[count] = delay;
            count++;
            if (delay > 0) {
                lateDelays[late++] = delay;
            }
        }
        int onTime = count - late;
        return new OnTimeDeliveryReport(rate(onTime, count), onTime, late, withoutDeadline, unresolved,
                Distribution.of(lateDelays, late, KpiUnit.DAYS, "no issue was late"), issues,
                // Primitive copies, cheap: what the report keeps is then the measured issues only.
                Arrays.copyOf(measured, count), Arrays.copyOf(byDueDates, count), Arrays.copyOf(delays, count), count);
    }

    private static KpiValue rate(int onTime, int measured) {
        return measured == 0
                ? KpiValue.notApplicable("no resolved issue has a due date or a fix version with a release date")
                : KpiValue.of((double) onTime / measured, KpiUnit.RATIO, measured);
    }

    /** The issues measured so far, in growing arrays, and the counts of those left out; both paths build the report so. */
    private static final class Measured {
        private int capacity = 64;
        private String[] keys = new String[capacity];
        private LocalDate[] deadlines = new LocalDate[capacity];
        private boolean[] dueDates = new boolean[capacity];
        private OffsetDateTime[] resolvedAt = new OffsetDateTime[capacity];
        private long[] delays = new long[capacity];
        private double[] lateDelays = new double[capacity];
        private int measured;
        private int late;
        int withoutDeadline;
        int unresolved;

        void add(String key, LocalDate deadline, boolean dueDate, OffsetDateTime resolved, long delay) {
            if (measured == capacity) {
                capacity *= 2;
                keys = Arrays.copyOf(keys, capacity);
                deadlines = Arrays.copyOf(deadlines, capacity);
                dueDates = Arrays.copyOf(dueDates, capacity);
                resolvedAt = Arrays.copyOf(resolvedAt, capacity);
                delays = Arrays.copyOf(delays, capacity);
                lateDelays = Arrays.copyOf(lateDelays, capacity);
            }
            keys[measured] = key;
            deadlines[measured] = deadline;
            dueDates[measured] = dueDate;
            resolvedAt[measured] = resolved;
            delays[measured] = delay;
            measured++;
            if (delay > 0) {
                lateDelays[late++] = delay;
            }
        }

        OnTimeDeliveryReport report() {
            int onTime = measured - late;
            return new OnTimeDeliveryReport(rate(onTime, measured), onTime, late, withoutDeadline, unresolved,
                    Distribution.of(lateDelays, late, KpiUnit.DAYS, "no issue was late"),
                    Arrays.copyOf(keys, measured), Arrays.copyOf(deadlines, measured), Arrays.copyOf(dueDates, measured),
                    Arrays.copyOf(resolvedAt, measured), Arrays.copyOf(delays, measured));
        }
    }
}
