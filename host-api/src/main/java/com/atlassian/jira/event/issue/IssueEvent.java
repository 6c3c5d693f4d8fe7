package com.atlassian.jira.event.issue;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Map;

/**
 * Published by Jira when an issue is created, updated, transitioned, moved or deleted. Only what the app reads is
 * declared (its superclass {@code AbstractEvent} and interface {@code IssueRelatedEvent} are not); the constructor is
 * there for the sandbox and tests, which publish such events.
 */
public final class IssueEvent {
    private final Issue issue;

    public IssueEvent(Issue issue, Map params, ApplicationUser user, Long eventTypeId) {
        this.issue = issue;
    }

    public Issue getIssue() {
        return issue;
    }
}
