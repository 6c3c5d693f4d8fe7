package com.atlassian.jira.issue.link;

/** A kind of issue link, such as "Blocks" or Jira Software's "Epic-Story Link". */
public interface IssueLinkType {
    String getName();
}
