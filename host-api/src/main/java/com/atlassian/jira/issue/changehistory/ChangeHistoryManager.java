package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;

/** Reads issues' changelogs. The bulk form (since Jira 5.1) reads the histories of many issues in one call. */
public interface ChangeHistoryManager {
    List<ChangeHistory> getChangeHistoriesForUser(Iterable<Issue> issues, ApplicationUser remoteUser);
}
