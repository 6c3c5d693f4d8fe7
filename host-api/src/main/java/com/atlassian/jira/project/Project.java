package com.atlassian.jira.project;

/** A Jira project. */
public interface Project {
    Long getId();

    String getKey();

    String getName();
}
