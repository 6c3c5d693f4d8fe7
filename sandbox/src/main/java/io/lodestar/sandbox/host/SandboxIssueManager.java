package io.lodestar.sandbox.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.MutableIssue;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Jira's {@link IssueManager} over the exported issues. Like Jira's, it does not check permissions. */
public final class SandboxIssueManager implements IssueManager {

    private final ExportedIssues issues;

    public SandboxIssueManager(ExportedIssues issues) {
        this.issues = issues;
    }

    @Override
    public MutableIssue getIssueObject(Long id) {
        return issues.byId(id).orElse(null);
    }

    @Override
    public MutableIssue getIssueObject(String key) {
        return issues.byKey(key).orElse(null);
    }

    @Override
    public MutableIssue getIssueByCurrentKey(String key) {
        return getIssueObject(key);
    }

    @Override
    public List<Issue> getIssueObjects(Collection<Long> ids) {
        List<Issue> found = new ArrayList<>();
        for (Long id : ids) {
            issues.byId(id).ifPresent(found::add);
        }
        return found;
    }
}
