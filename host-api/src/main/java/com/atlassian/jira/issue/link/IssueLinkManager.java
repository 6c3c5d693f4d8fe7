package com.atlassian.jira.issue.link;

import java.util.List;

/**
 * Reads the links between issues. Jira Software keeps an epic's issues as outward "Epic-Story Link" links of the
 * epic, and Jira a sub-task's parent as an inward "jira_subtask_link" link of the sub-task.
 */
public interface IssueLinkManager {
    List<IssueLink> getOutwardLinks(Long sourceIssueId);

    List<IssueLink> getInwardLinks(Long destinationIssueId);
}
