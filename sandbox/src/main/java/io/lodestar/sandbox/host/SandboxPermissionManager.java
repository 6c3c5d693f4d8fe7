package io.lodestar.sandbox.host;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.security.plugin.ProjectPermissionKey;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collection;
import java.util.List;

/**
 * The sandbox's permission scheme, so that the app's permission rules can be seen with two users. With the
 * projects sorted by key (ATLAS, NOVA in the demo):
 * <ul>
 *   <li>alice browses and edits the issues of every project and administers the first one (ATLAS);</li>
 *   <li>bob browses and edits the issues of every project except the last one (NOVA), and administers none;</li>
 *   <li>carol, the Jira administrator, browses and edits the issues of every project and administers none (her
 *       global permission is {@link SandboxUsers#isJiraAdmin}, not a project role).</li>
 * </ul>
 * Anonymous users and unknown permissions get nothing.
 */
public final class SandboxPermissionManager implements PermissionManager {

    private final ExportedIssues issues;

    public SandboxPermissionManager(ExportedIssues issues) {
        this.issues = issues;
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Issue issue, ApplicationUser user) {
        return issue != null && hasPermission(permissionKey, issue.getProjectObject(), user);
    }

    /** The projects, sorted by key, in which the user holds the permission. */
    @Override
    public Collection<Project> getProjects(ProjectPermissionKey permissionKey, ApplicationUser user) {
        return issues.projects().stream()
                .filter(project -> hasPermission(permissionKey, project, user))
                .map(Project.class::cast)
                .toList();
    }

    @Override
    public boolean hasPermission(ProjectPermissionKey permissionKey, Project project, ApplicationUser user) {
        if (user == null || project == null || permissionKey == null) {
            return false;
        }
        List<SandboxProject> projects = issues.projects();
        if (projects.isEmpty()) {
            return false;
        }
        String key = project.getKey();
        boolean first = projects.get(0).getKey().equals(key);
        boolean last = projects.size() > 1 && projects.get(projects.size() - 1).getKey().equals(key);
        boolean browse = permissionKey.equals(ProjectPermissions.BROWSE_PROJECTS)
                || permissionKey.equals(ProjectPermissions.EDIT_ISSUES);
        boolean administer = permissionKey.equals(ProjectPermissions.ADMINISTER_PROJECTS);
        if (SandboxUsers.ALICE.name().equals(user.getName())) {
            return browse || administer && first;
        }
        if (SandboxUsers.BOB.name().equals(user.getName())) {
            return browse && !last;
        }
        if (SandboxUsers.CAROL.name().equals(user.getName())) {
            return browse;
        }
        return false;
    }
}
