package com.atlassian.jira.issue.link;

import java.util.List;

/** Reads the links between issues; Jira Software keeps an epic's issues as outward "Epic-Story Link" links. */
public interface IssueLinkManager {
    List<IssueLink> getOutwardLinks(Long sourceIssueId);
}
