package com.atlassian.jira.issue.status.category;

/**
 * The to-do / in-progress / done group a status belongs to. The key constants are compile-time constants,
 * inlined into our classes, so they carry Jira's real values.
 */
public interface StatusCategory {
    String UNDEFINED = "undefined";
    String TO_DO = "new";
    String IN_PROGRESS = "indeterminate";
    String COMPLETE = "done";

    Long getId();

    String getKey();

    String getName();

    String getColorName();

    Long getSequence();
}
