package com.atlassian.jira.security;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;

/** Answers whether a user holds a project permission. */
public interface PermissionManager {
    boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user);

    boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user);

    /** The projects in which the user holds the permission (e.g. the projects they may browse). */
    Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user);
}
