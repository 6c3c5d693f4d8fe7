package io.lodestar.core.kpi.flow;

import java.util.List;

/**
 * Time in status over a set of issues: each issue's times, and the totals per status (ordered by
 * status id as first met). {@code notMeasured} counts issues with no time to replay (the cut-off
 * instant is before their creation).
 */
public record TimeInStatusReport(List<IssueTimeInStatus> perIssue, List<StatusTotal> totals, int notMeasured) {

    public TimeInStatusReport {
        // A report's own per-issue list over columns is unmodifiable already and made to be read lazily.
        perIssue = perIssue instanceof PerIssueTimes ? perIssue : List.copyOf(perIssue);
        totals = List.copyOf(totals);
    }
}
