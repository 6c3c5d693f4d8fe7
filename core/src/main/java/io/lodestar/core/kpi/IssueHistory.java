package io.lodestar.core.kpi;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusCatalog;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The issues of one data source with their changelogs, and the statuses the source knows (so that
 * statuses seen only in changelogs can be categorised). What every KPI calculator reads.
 *
 * <p>{@code lastColumnStatusIds}: for a board source, the ids of the statuses mapped to the board's last column
 * (what Jira's velocity chart counts as done, {@link DoneRule#BOARD_LAST_COLUMN}); empty when the source is not a
 * board or its columns could not be read.
 */
public record IssueHistory(List<IssueSnapshot> issues, StatusCatalog statuses, Set<String> lastColumnStatusIds) {

    public IssueHistory {
        issues = List.copyOf(issues);
        Objects.requireNonNull(statuses, "statuses");
        lastColumnStatusIds = lastColumnStatusIds == null ? Set.of()
                : Collections.unmodifiableSet(new LinkedHashSet<>(lastColumnStatusIds));
    }

    /** The issues of a source that has no board columns. */
    public IssueHistory(List<IssueSnapshot> issues, StatusCatalog statuses) {
        this(issues, statuses, Set.of());
    }
}
