package io.lodestar.core.kpi.flow;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.kpi.Distribution;
import io.lodestar.core.kpi.IssueColumns;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Lead time: how long issues took from creation to their first arrival in the done stage, in days.
 *
 * <p>Formula: for each issue that ever reached the done stage of the {@link StageMapping} (or a later
 * stage), {@code (first entry into done - created)} in elapsed days; the KPI is the
 * {@link Distribution} of these times. The first arrival counts, even if the issue was reopened
 * afterwards, because lead time measures how long the customer waited for a first delivery.
 * Issues that never reached done are counted as not measured.
 *
 * <p>Worked example (default mapping): created Mon 09:00, In Progress Tue 09:00, Resolved (Done
 * category) Thu 09:00, Reopened Fri 09:00, Closed the next Mon 09:00: lead time = Thu 09:00 - Mon
 * 09:00 = 3.0 days (the reopening does not move it).
 */
public final class LeadTimeCalculator {

    private final StageMapping mapping;
    private final StatusCatalog catalog;

    /**
     * @param catalog the categories of statuses seen in the data, used by the default mapping for
     *                statuses an issue is no longer in
     */
    public LeadTimeCalculator(StageMapping mapping, StatusCatalog catalog) {
        this.mapping = Objects.requireNonNull(mapping, "mapping");
        this.catalog = Objects.requireNonNull(catalog, "catalog");
    }

    public FlowTimes measure(Iterable<IssueSnapshot> issues) {
        FlowTimes.Builder times = new FlowTimes.Builder();
        for (IssueSnapshot issue : issues) {
            StageHistory history = StageHistory.replay(issue, mapping, catalog);
            if (history.firstDone == null) {
                times.skip();
            } else {
                OffsetDateTime created = issue.created();
                times.addIfOrdered(issue.key(), created, FlowTime.epochMillis(created), history.firstDone,
                        FlowTime.epochMillis(history.firstDone));
            }
        }
        return build(times);
    }

    /** {@link #measure(Iterable)} over issues in columns: the same result, without walking the snapshots. */
    public FlowTimes measure(IssueColumns issues) {
        FlowTimes.Builder times = new FlowTimes.Builder(issues.size());
        ColumnStageHistory history = new ColumnStageHistory(issues, mapping, catalog);
        for (int i = 0, n = issues.size(); i < n; i++) {
            history.replay(i);
            if (history.firstDone < 0) {
                times.skip();
            } else {
                times.addIfOrdered(issues.key(i), issues.createdAt(i), issues.created(i),
                        issues.statusAtTimestamp(history.firstDone), issues.statusAt(history.firstDone));
            }
        }
        return build(times);
    }

    private FlowTimes build(FlowTimes.Builder times) {
        return times.build("no issue reached the " + mapping.doneStageName() + " stage",
                "never reached the " + mapping.doneStageName() + " stage");
    }
}
