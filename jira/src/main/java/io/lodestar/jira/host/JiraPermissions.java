package io.lodestar.jira.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.Optional;

/**
 * Jira's answers about the user of the current request: who they are, whether they may browse an
 * issue, administer a project, or administer Jira. Only translates; the rules of who may change
 * which OKR live in {@code io.lodestar.jira.app.OkrAccess}.
 *
 * <p>"Jira administrator" is SAL's {@code isAdmin}, which in Jira means the global Administer Jira
 * permission (system administrators included), so no Jira global-permission API is needed.
 */
public final class JiraPermissions {

    private final JiraAuthenticationContext authentication;
    private final UserManager users;
    private final PermissionManager permissions;
    private final ProjectManager projects;

    public JiraPermissions(JiraAuthenticationContext authentication, UserManager users, PermissionManager permissions,
                           ProjectManager projects) {
        this.authentication = authentication;
        this.users = users;
        this.permissions = permissions;
        this.projects = projects;
    }

    /** The logged-in user, or empty for an anonymous request. */
    public Optional<ApplicationUser> currentUser() {
        return Optional.ofNullable(authentication.getLoggedInUser());
    }

    /** Whether the current user administers Jira; false when anonymous. */
    public boolean isJiraAdmin() {
        return currentUser().map(user -> users.isAdmin(new UserKey(user.getKey()))).orElse(false);
    }

    /** Whether the current user may see the issue; false when anonymous. */
    public boolean mayBrowse(Issue issue) {
        return currentUser().map(user -> permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, issue, user))
                .orElse(false);
    }

    /** Whether the current user administers the project with this key; false for an unknown project. */
    public boolean mayAdministerProject(String projectKey) {
        if (projectKey == null || projectKey.isBlank()) {
            return false;
        }
        Optional<ApplicationUser> user = currentUser();
        Project project = projects.getProjectObjByKey(projectKey.strip().toUpperCase(java.util.Locale.ROOT));
        return user.isPresent() && project != null
                && permissions.hasPermission(ProjectPermissions.ADMINISTER_PROJECTS, project, user.get());
    }

    /** Whether the current user may browse the project with this key (any case); false for an unknown project. */
    public boolean mayBrowseProject(String projectKey) {
        return browsableProject(projectKey).isPresent();
    }

    /** The project with this key (any case), when the current user may browse it. */
    public Optional<Project> browsableProject(String projectKey) {
        return browsableProject(currentUser(), projectKey);
    }

    /**
     * Whether this user (not the current one: a background job's recipient) may browse the project with this key;
     * false for an unknown project or an inactive user.
     */
    public boolean mayBrowseProject(ApplicationUser user, String projectKey) {
        return user != null && user.isActive() && browsableProject(Optional.of(user), projectKey).isPresent();
    }

    /** Whether this user may browse every project of this Jira (true when there is none); false when inactive. */
    public boolean mayBrowseEveryProject(ApplicationUser user) {
        return user != null && user.isActive() && mayBrowseEveryProject(Optional.of(user));
    }

    private Optional<Project> browsableProject(Optional<ApplicationUser> user, String projectKey) {
        if (projectKey == null || projectKey.isBlank() || user.isEmpty()) {
            return Optional.empty();
        }
        Project project = projects.getProjectObjByKey(projectKey.strip().toUpperCase(java.util.Locale.ROOT));
        return project != null && permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user.get())
                ? Optional.of(project) : Optional.empty();
    }

    /** Whether the current user may browse every project of this Jira (true when there is none); false when anonymous. */
    public boolean mayBrowseEveryProject() {
        return mayBrowseEveryProject(currentUser());
    }

    private boolean mayBrowseEveryProject(Optional<ApplicationUser> user) {
        return user.isPresent() && projects.getProjectObjects().stream()
                .allMatch(project -> permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user.get()));
    }

    /** The full name of the user with this key, or the key itself when Jira does not know it (a deleted user). */
    public String displayName(String userKey) {
        if (userKey == null) {
            return null;
        }
        UserProfile profile = users.getUserProfile(new UserKey(userKey));
        return profile == null || profile.getFullName() == null ? userKey : profile.getFullName();
    }
}
