package com.atlassian.jira.issue.issuetype;

/** An issue type (Epic, Story, Bug...). */
public interface IssueType {
    String getId();

    String getName();

    boolean isSubTask();
}
