package io.lodestar.core.kpi;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Port: the issues of a KPI's {@link KpiDataSource} (a project, a board's filter, a JQL query) as
 * {@link IssueSnapshot}s with their changelogs. Implemented in the Jira app ({@code JiraIssueHistorySource},
 * with the permissions of the user the refresh runs as) and by the export reader in the sandbox.
 *
 * <p>Contract:
 * <ul>
 *   <li>{@link #read} hands every issue of the source to {@code sink}, in any order, one at a time,
 *       so an adapter can stream a large project without holding it; sub-tasks are included (the
 *       calculators decide what to leave out). Each changelog is complete and oldest first.</li>
 *   <li>It returns every workflow status the adapter knows (at least those of the issues read), for
 *       statuses that appear only in changelogs.</li>
 *   <li>An unknown project or board throws {@link NotFoundException}; a JQL query Jira refuses
 *       throws {@link InvalidInputException} on {@code kpi.dataSource.reference} with Jira's message.</li>
 * </ul>
 */
public interface IssueHistorySource {

    /** Streams the source's issues to {@code sink}; returns the known statuses. */
    StatusCatalog read(KpiDataSource source, Consumer<IssueSnapshot> sink);

    /**
     * Streams the source's issues that were updated at or after {@code changedSince} or whose status is not of the
     * Done category, and may stream others too (the default streams them all: an export file has no cheaper way).
     * What a measurement reads when only recent changes matter to its KPIs
     * ({@link KpiCalculator#onlyRecentChangesMatter}): its memory and time then follow the work of its periods, not
     * the age of the project. The statuses returned are all those the adapter knows, not only the issues' read, so
     * that the issues left out take no status category with them.
     */
    default StatusCatalog read(KpiDataSource source, java.time.Instant changedSince, Consumer<IssueSnapshot> sink) {
        return read(source, sink);
    }

    /** Every issue of the source in memory, for calculators that pass over the issues more than once. */
    default IssueHistory load(KpiDataSource source) {
        List<IssueSnapshot> issues = new ArrayList<>();
        StatusCatalog statuses = read(source, issues::add);
        return new IssueHistory(issues, statuses, lastColumnStatusIds(source));
    }

    /**
     * In memory, the issues of the source updated since {@code changedSince} or not done (and maybe others: see
     * {@link #read(KpiDataSource, java.time.Instant, Consumer)}), for what only recent changes matter to.
     */
    default IssueHistory load(KpiDataSource source, java.time.Instant changedSince) {
        List<IssueSnapshot> issues = new ArrayList<>();
        StatusCatalog statuses = read(source, changedSince, issues::add);
        return new IssueHistory(issues, statuses, lastColumnStatusIds(source));
    }

    /**
     * For a board source, the ids of the statuses mapped to the board's last column (Jira's velocity chart's "done");
     * empty for other sources, or when the adapter cannot read the board's columns (a calculator then says so rather
     * than falling back to the status category). Read with the same permissions as {@link #read}.
     */
    default java.util.Set<String> lastColumnStatusIds(KpiDataSource source) {
        return java.util.Set.of();
    }

    /**
     * Whether the host has sprints at all: false on a Jira without Jira Software (Jira Core / Work Management), where
     * per-sprint views must say that they need it instead of showing an empty list as if no sprint had closed.
     */
    default boolean hasSprints() {
        return true;
    }
}
