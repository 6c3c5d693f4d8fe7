package com.atlassian.jira.issue;

/** Looks up issues; both look-ups return {@link MutableIssue}, which is part of their descriptors. */
public interface IssueManager {
    MutableIssue getIssueObject(Long id);

    MutableIssue getIssueObject(String key);

    MutableIssue getIssueByCurrentKey(String key);
}
