package com.atlassian.jira.issue.link;

/** A directed link from a source issue to a destination issue, of one link type. */
public interface IssueLink {
    Long getSourceId();

    Long getDestinationId();

    IssueLinkType getIssueLinkType();
}
