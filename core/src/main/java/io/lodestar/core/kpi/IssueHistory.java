package io.lodestar.core.kpi;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusCatalog;
import java.util.List;
import java.util.Objects;

/**
 * The issues of one data source with their changelogs, and the statuses the source knows (so that
 * statuses seen only in changelogs can be categorised). What every KPI calculator reads.
 */
public record IssueHistory(List<IssueSnapshot> issues, StatusCatalog statuses) {

    public IssueHistory {
        issues = List.copyOf(issues);
        Objects.requireNonNull(statuses, "statuses");
    }
}
