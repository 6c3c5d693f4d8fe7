package io.lodestar.core.kpi.flow;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.kpi.Distribution;
import io.lodestar.core.kpi.IssueColumns;
import java.time.OffsetDateTime;

/**
 * Resolution time: how long issues took from creation to resolution, in days.
 *
 * <p>Formula: for each resolved issue, {@code (resolved - created)} in elapsed milliseconds divided by
 * 86,400,000; the KPI is the {@link Distribution} (mean, median, 85th and 95th percentiles) of these
 * times. Unresolved issues are not measured and are counted. An issue resolved before it was created
 * (clock trouble in imported data) is counted as not measured rather than given a negative time.
 *
 * <p>Worked example: A created 2024-01-01T09:00Z, resolved 2024-01-03T21:00Z = 2.5 days; B created
 * 2024-01-02T00:00-05:00, resolved 2024-01-03T00:00Z = 19 hours = 0.7917 days; C unresolved. Result:
 * n = 2, mean 1.6458, median 1.6458 (h = 0.5 between the two), 1 issue not measured.
 */
public final class ResolutionTimeCalculator {

    public FlowTimes measure(Iterable<IssueSnapshot> issues) {
        FlowTimes.Builder times = new FlowTimes.Builder();
        for (IssueSnapshot issue : issues) {
            OffsetDateTime resolved = issue.resolved();
            if (resolved == null) {
                times.skip();
            } else {
                OffsetDateTime created = issue.created();
                times.addIfOrdered(issue.key(), created, FlowTime.epochMillis(created), resolved, FlowTime.epochMillis(resolved));
            }
        }
        return times.build("no resolved issue to measure", "unresolved, or resolved before created");
    }

    /** {@link #measure(Iterable)} over issues in columns: the same result, without walking the snapshots. */
    public FlowTimes measure(IssueColumns issues) {
        FlowTimes.Builder times = new FlowTimes.Builder(issues.size());
        for (int i = 0, n = issues.size(); i < n; i++) {
            long resolved = issues.resolved(i);
            if (resolved == IssueColumns.NONE) {
                times.skip();
            } else {
                times.addIfOrdered(issues.key(i), issues.createdAt(i), issues.created(i), issues.resolvedAt(i), resolved);
            }
        }
        return times.build("no resolved issue to measure", "unresolved, or resolved before created");
    }
}
