package io.lodestar.core.kpi.flow;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.kpi.Distribution;
import java.util.Objects;

/**
 * Cycle time: how long issues took from the moment work started to the moment they were done, in days.
 *
 * <p>Formula: for each issue that ends in the done stage of the {@link StageMapping} (or a later
 * stage), {@code (last entry into done - first entry into the commitment stage or any later stage)}
 * in elapsed days; the KPI is the {@link Distribution} of these times. The start is the first
 * commitment because work done before a reopening is still work on the issue; the end is the last
 * entry into done because a reopened issue was not finished until it was done again (jirametrics'
 * rule). An issue that jumps from To Do straight to Done started and finished at once (0 days); an
 * issue created in the commitment stage started at its creation. Issues not in the done stage at the
 * end of their changelog are counted as not measured.
 *
 * <p>Worked example (default mapping): created Mon 09:00, In Progress Tue 09:00, Resolved Thu 09:00,
 * Reopened Fri 09:00, In Progress Fri 12:00, Closed the next Mon 09:00: cycle time = Mon 09:00 - Tue
 * 09:00 = 6.0 days.
 */
public final class CycleTimeCalculator {

    private final StageMapping mapping;
    private final StatusCatalog catalog;

    /**
     * @param catalog the categories of statuses seen in the data, used by the default mapping for
     *                statuses an issue is no longer in
     */
    public CycleTimeCalculator(StageMapping mapping, StatusCatalog catalog) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public FlowTimes measure(Iterable<IssueSnapshot> issues) {
        FlowTimes.Builder times = new FlowTimes.Builder();
        for (IssueSnapshot issue : issues) {
            StageHistory history = StageHistory.replay(issue, mapping, catalog);
            if (!history.endsDone(mapping)) {
                times.skip();
            } else {
                times.addIfOrdered(issue.key(), history.firstCommitted, FlowTime.epochMillis(history.firstCommitted),
                        history.lastDoneEntry, FlowTime.epochMillis(history.lastDoneEntry));
            }
        }
        return times.build("no issue ends in the " + mapping.doneStageName() + " stage",
                "not in the " + mapping.doneStageName() + " stage");
    }
}
