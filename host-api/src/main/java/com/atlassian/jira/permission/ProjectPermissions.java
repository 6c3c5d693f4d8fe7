package com.atlassian.jira.permission;

import com.atlassian.jira.security.plugin.ProjectPermissionKey;

/**
 * Jira's system project permissions. The fields are objects, not compile-time constants: our bytecode reads
 * them from the host class at run time, so the stand-in values below never reach Jira.
 */
public final class ProjectPermissions {
    public static final ProjectPermissionKey BROWSE_PROJECTS = new ProjectPermissionKey("BROWSE_PROJECTS");
    public static final ProjectPermissionKey EDIT_ISSUES = new ProjectPermissionKey("EDIT_ISSUES");
    public static final ProjectPermissionKey ADMINISTER_PROJECTS = new ProjectPermissionKey("ADMINISTER_PROJECTS");

    private ProjectPermissions() {
    }
}
