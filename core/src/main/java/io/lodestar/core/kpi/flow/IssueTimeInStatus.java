package io.lodestar.core.kpi.flow;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One issue's time in each status it visited, replayed from its creation to {@code until} (its
 * resolution, or the instant asked for). Statuses are listed in the order first entered.
 */
public record IssueTimeInStatus(String issueKey, OffsetDateTime until, List<StatusTime> statuses) {

    public IssueTimeInStatus {
        Objects.requireNonNull(issueKey, "issueKey");
        Objects.requireNonNull(until, "until");
        statuses = List.copyOf(statuses);
    }
}
