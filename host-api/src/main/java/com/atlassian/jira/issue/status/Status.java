package com.atlassian.jira.issue.status;

import com.atlassian.jira.issue.status.category.StatusCategory;

/** A workflow status. */
public interface Status {
    String getId();

    String getName();

    StatusCategory getStatusCategory();
}
