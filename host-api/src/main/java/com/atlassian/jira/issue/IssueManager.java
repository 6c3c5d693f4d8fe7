package com.atlassian.jira.issue;

import java.util.Collection;
import java.util.List;

/**
 * Looks up issues; the single look-ups return {@link MutableIssue}, which is part of their descriptors.
 * {@code getIssueObjects} loads many issues in one call and leaves out ids that do not exist (the element
 * type differs between Jira versions, but only the erased {@code List} is in the descriptor).
 */
public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);

    MutableIssue getIssueByCurrentKey(String key);

    List<Issue> getIssueObjects(Collection<Long> ids);
}
