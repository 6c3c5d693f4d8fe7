package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.project.version.Version;
import java.sql.Timestamp;
import java.util.Collection;

/** A read-only view of a Jira issue. Dates are {@link Timestamp}s, as in Jira. */
public interface Issue {
    Long getId();

    String getKey();

    String getSummary();

    Timestamp getCreated();

    Timestamp getUpdated();

    Timestamp getDueDate();

    Timestamp getResolutionDate();

    Status getStatus();

    IssueType getIssueType();

    String getIssueTypeId();

    Project getProjectObject();

    Long getProjectId();

    ApplicationUser getAssignee();

    ApplicationUser getReporter();

    Long getEstimate();

    Long getOriginalEstimate();

    Object getCustomFieldValue(CustomField customField);

    Collection<Version> getFixVersions();
}
