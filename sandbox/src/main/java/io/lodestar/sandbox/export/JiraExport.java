package io.lodestar.sandbox.export;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Status;
import io.lodestar.core.issue.StatusCatalog;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What one read of a Jira export found besides the issues themselves.
 *
 * @param issueCount          issues read
 * @param statuses            every status object seen (issues', parents', linked issues', sub-tasks'),
 *                            with its category
 * @param changelogOnly       statuses seen only in changelogs, hence of unknown category; stage-based
 *                            KPIs leave them unmapped unless a workflow mapping names them
 * @param fields              the custom fields (story points, sprints, epic link) and how each was decided
 * @param truncatedChangelogs issues whose changelog holds fewer histories than its total (Jira pages
 *                            long changelogs); their flow KPIs may miss late changes
 * @param withoutChangelog    issues whose object has no {@code changelog} (a search without
 *                            {@code expand=changelog}, or issues collected one by one): their status
 *                            history is unknown, which is not the same as "never changed"
 * @param categoryConflicts   statuses the export gives two categories (e.g. "Done (6) as done, also as
 *                            indeterminate"): every issue was read with the first category seen
 * @param lastUpdate          the latest timestamp in the export (creations, updates, resolutions,
 *                            changelog entries): the moment the export describes, as far as the file
 *                            tells; null when it holds no issue
 */
public record JiraExport(int issueCount, StatusCatalog statuses, List<Status> changelogOnly, ExportFields fields,
                         int truncatedChangelogs, int withoutChangelog,
                         List<String> categoryConflicts, OffsetDateTime lastUpdate) {

    public JiraExport {
        Objects.requireNonNull(statuses, "statuses");
        changelogOnly = List.copyOf(changelogOnly);
        categoryConflicts = List.copyOf(categoryConflicts);
        Objects.requireNonNull(fields, "fields");
    }

    /** A read that kept its issues in memory, in file order. */
    public record WithIssues(JiraExport export, List<IssueSnapshot> issues) {
        public WithIssues {
            Objects.requireNonNull(export, "export");
            issues = List.copyOf(issues);
        }
    }
}
