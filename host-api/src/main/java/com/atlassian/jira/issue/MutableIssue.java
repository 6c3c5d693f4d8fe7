package com.atlassian.jira.issue;

/** The issue type returned by {@link IssueManager} look-ups; only its read side is used. */
public interface MutableIssue extends Issue {
}
