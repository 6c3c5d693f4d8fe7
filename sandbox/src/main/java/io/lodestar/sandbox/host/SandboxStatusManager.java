package io.lodestar.sandbox.host;

import com.atlassian.jira.config.StatusManager;
import com.atlassian.jira.issue.status.Status;
import io.lodestar.core.issue.IssueSnapshot;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Jira's {@link StatusManager} over the export: every status an issue of the export is in, sorted by name (a Jira
 * instance lists every status of its workflows; the export knows only those it shows).
 */
public final class SandboxStatusManager implements StatusManager {

    private final ExportedIssues issues;

    public SandboxStatusManager(ExportedIssues issues) {
        this.issues = issues;
    }

    @Override
    public Collection<Status> getStatuses() {
        Map<String, Status> statuses = new LinkedHashMap<>();
        for (IssueSnapshot snapshot : issues.snapshots()) {
            io.lodestar.core.issue.Status status = snapshot.status();
            statuses.putIfAbsent(status.id(), host(status));
        }
        return statuses.values().stream().sorted(Comparator.comparing(Status::getName)).toList();
    }

    private static Status host(io.lodestar.core.issue.Status status) {
        return new SandboxIssue.HostStatus(status.id(), status.name(),
                new SandboxIssue.HostStatusCategory(status.category()));
    }
}
