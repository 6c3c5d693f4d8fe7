package io.lodestar.core.kpi.flow;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.kpi.Distribution;
import io.lodestar.core.kpi.IssueColumns;
import io.lodestar.core.kpi.StageEntry;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Cycle time: how long issues took from the moment work started to the moment they were done, in days.
 *
 * <p>Formula: for each issue that ends in the done stage of the {@link StageMapping} (or a later
 * stage), {@code (last entry into done - first entry into the commitment stage or a stage between it
 * and done)} in elapsed days; the KPI is the {@link Distribution} of these times. The start is the
 * first commitment because work done before a reopening is still work on the issue; the end is the
 * last entry into done because a reopened issue was not finished until it was done again
 * (jirametrics' rule). An issue created in the commitment stage started at its creation.
 *
 * <p>Left out, and counted apart: issues not in the done stage at the end of their changelog
 * ({@link FlowTimes#notMeasured()}), and finished issues that never entered the commitment stage
 * nor a stage after it before done ({@link FlowTimes#notStarted()}): one moved from To Do straight
 * to Done, or created done, has no recorded start, and counting it as 0 days would pull the median
 * to 0 in projects where most issues are resolved without passing through In Progress. When the
 * commitment stage is the done stage, work starts on entering done.
 *
 * <p>Worked example (default mapping): created Mon 09:00, In Progress Tue 09:00, Resolved Thu 09:00,
 * Reopened Fri 09:00, In Progress Fri 12:00, Closed the next Mon 09:00: cycle time = Mon 09:00 - Tue
 * 09:00 = 6.0 days. A second issue created Mon 09:00 and Resolved Wed 09:00 straight from Open is
 * left out ("1 issue never entered the In Progress stage"): the KPI is 6.0 days over 1 issue.
 *
 * <p>With {@link StageEntry#LAST} the start is instead the last move into the commitment stage (or a
 * stage between it and done) from outside those stages: the first issue above then starts at the
 * Fri 12:00 move to In Progress, and takes 2.875 days. Moves between working stages are no new start.
 */
public final class CycleTimeCalculator {

    private final StageMapping mapping;
    private final StatusCatalog catalog;
    private final StageEntry start;

    /**
     * @param catalog the categories of statuses seen in the data, used by the default mapping for
     *                statuses an issue is no longer in
     */
    public CycleTimeCalculator(StageMapping mapping, StatusCatalog catalog) {
        this(mapping, catalog, StageEntry.FIRST);
    }

    /** @param start whether the time starts at the first or the last entry into the commitment stage */
    public CycleTimeCalculator(StageMapping mapping, StatusCatalog catalog, StageEntry start) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.start = Objects.requireNonNull(start, "start");
    }

    public FlowTimes measure(Iterable<IssueSnapshot> issues) {
        FlowTimes.Builder times = new FlowTimes.Builder();
        for (IssueSnapshot issue : issues) {
            StageHistory history = StageHistory.replay(issue, mapping, catalog);
            if (!history.endsDone(mapping)) {
                times.skip();
            } else if (history.firstCommitted == null) {
                times.skipNotStarted();
            } else {
                OffsetDateTime started = start == StageEntry.LAST ? history.lastCommitted : history.firstCommitted;
                times.addIfOrdered(issue.key(), started, FlowTime.epochMillis(started),
                        history.lastDoneEntry, FlowTime.epochMillis(history.lastDoneEntry));
            }
        }
        return build(times);
    }

    /** {@link #measure(Iterable)} over issues in columns: the same result, without walking the snapshots. */
    public FlowTimes measure(IssueColumns issues) {
        FlowTimes.Builder times = new FlowTimes.Builder(issues.size());
        ColumnStageHistory history = new ColumnStageHistory(issues, mapping, catalog);
        boolean last = start == StageEntry.LAST;
        for (int i = 0, n = issues.size(); i < n; i++) {
            history.replay(i);
            if (!history.endsDone()) {
                times.skip();
            } else if (history.firstCommitted < 0) {
                times.skipNotStarted();
            } else {
                int started = last ? history.lastCommitted : history.firstCommitted;
                int ended = history.lastDoneEntry;
                times.addIfOrdered(issues.key(i), issues.statusAtTimestamp(started), issues.statusAt(started),
                        issues.statusAtTimestamp(ended), issues.statusAt(ended));
            }
        }
        return build(times);
    }

    private FlowTimes build(FlowTimes.Builder times) {
        String done = mapping.doneStageName();
        String commit = mapping.commitStageName();
        return times.build(times.hasOnlyNotStarted()
                        ? "no issue that ends in the " + done + " stage entered the " + commit + " stage"
                        : "no issue ends in the " + done + " stage",
                "not in the " + done + " stage", "never entered the " + commit + " stage");
    }
}
