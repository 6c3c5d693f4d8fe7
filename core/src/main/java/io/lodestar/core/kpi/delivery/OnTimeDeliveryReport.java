package io.lodestar.core.kpi.delivery;

import io.lodestar.core.kpi.Distribution;
import io.lodestar.core.kpi.IssueColumns;
import io.lodestar.core.kpi.KpiValue;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;

/**
 * On-time delivery over a set of issues: the rate, the counts behind it and what was excluded, the
 * delays of late issues, and one outcome per measured issue. The outcomes are kept as parallel
 * arrays of references to the issues' own values and presented as a list by {@link #outcomes()},
 * so that a million issues do not cost a million objects. Over {@link IssueColumns} they are indexes
 * into the columns instead (which the report then holds): writing a million references into arrays
 * that large cost the garbage collector's full write barrier on each. Immutable.
 */
public final class OnTimeDeliveryReport {

    private final KpiValue rate;
    private final int onTime;
    private final int late;
    private final int withoutDeadline;
    private final int unresolved;
    private final Distribution lateDelays;
    private final String[] keys;
    private final LocalDate[] deadlines;
    private final boolean[] dueDates;
    private final OffsetDateTime[] resolved;
    private final long[] delays;
    /** With {@link #issues}, where the keys, deadlines and resolutions are read when {@link #keys} is null. */
    private final IssueColumns columns;
    private final int[] issues;
    private final int count;

    OnTimeDeliveryReport(KpiValue rate, int onTime, int late, int withoutDeadline, int unresolved, Distribution lateDelays,
                         String[] keys, LocalDate[] deadlines, boolean[] dueDates, OffsetDateTime[] resolved, long[] delays) {
        this(rate, onTime, late, withoutDeadline, unresolved, lateDelays, keys, deadlines, dueDates, resolved, delays,
                null, null, keys.length);
    }

    /** Outcomes read from {@code columns}: issue {@code issues[i]}, with {@code dueDates[i]} and {@code delays[i]}. */
    OnTimeDeliveryReport(KpiValue rate, int onTime, int late, int withoutDeadline, int unresolved, Distribution lateDelays,
                         IssueColumns columns, int[] issues, boolean[] dueDates, long[] delays, int count) {
        this(rate, onTime, late, withoutDeadline, unresolved, lateDelays, null, null, dueDates, null, delays,
                Objects.requireNonNull(columns, "columns"), issues, count);
    }

    private OnTimeDeliveryReport(KpiValue rate, int onTime, int late, int withoutDeadline, int unresolved,
                                 Distribution lateDelays, String[] keys, LocalDate[] deadlines, boolean[] dueDates,
                                 OffsetDateTime[] resolved, long[] delays, IssueColumns columns, int[] issues, int count) {
        this.rate = Objects.requireNonNull(rate, "rate");
        this.onTime = onTime;
        this.late = late;
        this.withoutDeadline = withoutDeadline;
        this.unresolved = unresolved;
        this.lateDelays = Objects.requireNonNull(lateDelays, "lateDelays");
        this.keys = keys;
        this.deadlines = deadlines;
        this.dueDates = dueDates;
        this.resolved = resolved;
        this.delays = delays;
        this.columns = columns;
        this.issues = issues;
        this.count = count;
    }

    /**
     * On-time issues / resolved issues with a deadline, a ratio (0.75, not 75); not applicable when
     * no resolved issue has a deadline.
     */
    public KpiValue rate() {
        return rate;
    }

    /** Resolved issues with a deadline resolved on or before it. */
    public int onTime() {
        return onTime;
    }

    /** Resolved issues with a deadline resolved after it. */
    public int late() {
        return late;
    }

    /** Resolved issues excluded: neither a due date nor a fix version with a release date. */
    public int withoutDeadline() {
        return withoutDeadline;
    }

    /** Issues excluded because they are not resolved. */
    public int unresolved() {
        return unresolved;
    }

    /** The delays in days of the late issues; empty (not applicable) when none was late. */
    public Distribution lateDelays() {
        return lateDelays;
    }

    /** One outcome per resolved issue with a deadline, in input order. */
    public List<DeliveryOutcome> outcomes() {
        return new AbstractList<>() {
            @Override
            public DeliveryOutcome get(int index) {
                Objects.checkIndex(index, count);
                DeadlineSource source = dueDates[index] ? DeadlineSource.DUE_DATE : DeadlineSource.FIX_VERSION;
                if (keys != null) {
                    return new DeliveryOutcome(keys[index], new Deadline(deadlines[index], source), resolved[index],
                            delays[index]);
                }
                int issue = issues[index];
                LocalDate deadline = dueDates[index] ? columns.dueDate(issue) : columns.earliestRelease(issue);
                return new DeliveryOutcome(columns.key(issue), new Deadline(deadline, source), columns.resolvedAt(issue),
                        delays[index]);
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    @Override
    public String toString() {
        return "on-time delivery " + rate + ": " + onTime + " on time, " + late + " late, " + withoutDeadline
                + " without deadline, " + unresolved + " unresolved";
    }
}
