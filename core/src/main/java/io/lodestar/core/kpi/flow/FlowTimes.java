package io.lodestar.core.kpi.flow;

import io.lodestar.core.kpi.Distribution;
import io.lodestar.core.kpi.KpiUnit;
import java.time.OffsetDateTime;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The result of a flow-time KPI (resolution, lead or cycle time) over a set of issues: the
 * {@link Distribution} of the times in days, each measured issue, and how many issues were left
 * out and why, so that a user can tell "3 days over 12 issues" from "3 days over 12 of 500".
 *
 * <p>The measured issues are kept as three parallel arrays of references to the issues' own keys and
 * timestamps, not as one object per issue: over a million issues that is the difference between a
 * few arrays and a million short-lived objects. {@link #perIssue()} presents them as a list.
 * Immutable.
 */
public final class FlowTimes {

    private final Distribution times;
    /** The first {@code count} elements of the three arrays are the measured issues; the rest is unused. */
    private final String[] keys;
    private final OffsetDateTime[] starts;
    private final OffsetDateTime[] ends;
    private final int notMeasured;
    private final String whyNotMeasured;
    private final int notStarted;
    private final String whyNotStarted;

    private final int count;

    private FlowTimes(Distribution times, String[] keys, OffsetDateTime[] starts, OffsetDateTime[] ends, int count,
                      int notMeasured, String whyNotMeasured, int notStarted, String whyNotStarted) {
        this.times = times;
        this.keys = keys;
        this.count = count;
        this.starts = starts;
        this.ends = ends;
        this.notMeasured = notMeasured;
        this.whyNotMeasured = whyNotMeasured;
        this.notStarted = notStarted;
        this.whyNotStarted = whyNotStarted;
    }

    /** The distribution in days; empty (not applicable, with the reason) when no issue was measured. */
    public Distribution times() {
        return times;
    }

    /** The measured issues, in input order. */
    public List<FlowTime> perIssue() {
        return new AbstractList<>() {
            @Override
            public FlowTime get(int index) {
                Objects.checkIndex(index, count);
                return new FlowTime(keys[index], starts[index], ends[index]);
            }

            @Override
            public int size() {
                return count;
            }
        };
    }

    /** Issues that could not be measured (not finished, or inconsistent data). */
    public int notMeasured() {
        return notMeasured;
    }

    /** What {@link #notMeasured()} counts, in words. */
    public String whyNotMeasured() {
        return whyNotMeasured;
    }

    /**
     * Finished issues left out because they have no start (cycle time: never entered the commitment
     * stage); not part of {@link #notMeasured()}. Always 0 for resolution and lead time, which start
     * at creation.
     */
    public int notStarted() {
        return notStarted;
    }

    /** What {@link #notStarted()} counts, in words; empty when nothing can lack a start. */
    public String whyNotStarted() {
        return whyNotStarted;
    }

    @Override
    public String toString() {
        return times + ", " + notMeasured + " not measured (" + whyNotMeasured + ")"
                + (notStarted == 0 ? "" : ", " + notStarted + " not started (" + whyNotStarted + ")");
    }

    /** Collects measured intervals in input order; package-private for the calculators. */
    static final class Builder {
        private String[] keys;
        private OffsetDateTime[] starts;
        private OffsetDateTime[] ends;
        private double[] days;
        private int count;
        private int notMeasured;
        private int notStarted;

        Builder() {
            this(64);
        }

        /** A builder for at most about {@code expected} intervals, so that a known issue count costs no regrowth. */
        Builder(int expected) {
            int capacity = Math.max(1, expected);
            keys = new String[capacity];
            starts = new OffsetDateTime[capacity];
            ends = new OffsetDateTime[capacity];
            days = new double[capacity];
        }

        /**
         * Adds an interval when it is not negative, else counts the issue as not measured; the
         * caller passes the epoch milliseconds it read so that each timestamp is read once (over a
         * million issues, reading a timestamp is a few cache misses).
         */
        void addIfOrdered(String key, OffsetDateTime start, long startMillis, OffsetDateTime end, long endMillis) {
            if (endMillis < startMillis) {
                notMeasured++;
                return;
            }
            if (count == keys.length) {
                int capacity = count * 2;
                keys = Arrays.copyOf(keys, capacity);
                starts = Arrays.copyOf(starts, capacity);
                ends = Arrays.copyOf(ends, capacity);
                days = Arrays.copyOf(days, capacity);
            }
            keys[count] = key;
            starts[count] = start;
            ends[count] = end;
            days[count] = (endMillis - startMillis) / FlowTime.MILLIS_PER_DAY;
            count++;
        }

        void skip() {
            notMeasured++;
        }

        void skipNotStarted() {
            notStarted++;
        }

        /** Whether every finished issue was left out for lack of a start. */
        boolean hasOnlyNotStarted() {
            return count == 0 && notStarted > 0;
        }

        FlowTimes build(String emptyReason, String whyNotMeasured) {
            return build(emptyReason, whyNotMeasured, "");
        }

        FlowTimes build(String emptyReason, String whyNotMeasured, String whyNotStarted) {
            return new FlowTimes(Distribution.of(days, count, KpiUnit.DAYS, emptyReason),
                    // Not trimmed: over a million issues the copies were more garbage than the result.
                    keys, starts, ends, count,
                    notMeasured, Objects.requireNonNull(whyNotMeasured, "whyNotMeasured"),
                    notStarted, Objects.requireNonNull(whyNotStarted, "whyNotStarted"));
        }
    }
}
