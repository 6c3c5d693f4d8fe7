package io.lodestar.jira.host;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.Project;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Jira's people and projects, for the owner and team pickers and for checking that an owner or a team
 * exists: users from Jira's own user search ({@link UserSearchService}, the service behind Jira's user
 * picker, with its permission rules), user keys from SAL's {@link UserManager}, and the projects the
 * current user may browse from {@link PermissionManager#getProjects}. Only translates.
 */
public final class JiraDirectory {

    private final UserSearchService userSearch;
    private final UserManager users;
    private final PermissionManager permissions;
    private final JiraPermissions current;

    public JiraDirectory(UserSearchService userSearch, UserManager users, PermissionManager permissions,
                         JiraPermissions current) {
        this.userSearch = userSearch;
        this.users = users;
        this.permissions = permissions;
        this.current = current;
    }

    /** Active users whose name, username or email starts with the query, at most {@code max}; none for a blank query. */
    public List<UserCard> findUsers(String query, int max) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        UserSearchParams params = UserSearchParams.builder().allowEmptyQuery(false).includeActive(true)
                .includeInactive(false).maxResults(max).build();
        List<ApplicationUser> found = userSearch.findUsers(query.strip(), params);
        return found == null ? List.of() : found.stream().limit(max)
                .map(user -> new UserCard(user.getKey(), user.getUsername(), user.getDisplayName())).toList();
    }

    /** The user with this key, if Jira knows them. */
    public Optional<UserCard> user(String userKey) {
        if (userKey == null || userKey.isBlank()) {
            return Optional.empty();
        }
        UserProfile profile = users.getUserProfile(new UserKey(userKey.strip()));
        return profile == null ? Optional.empty() : Optional.of(new UserCard(userKey.strip(), profile.getUsername(),
                profile.getFullName() == null ? userKey.strip() : profile.getFullName()));
    }

    /** The projects the current user may browse, by key; none when anonymous. */
    public List<ProjectCard> browsableProjects() {
        Optional<ApplicationUser> user = current.currentUser();
        if (user.isEmpty()) {
            return List.of();
        }
        Collection<Project> projects = permissions.getProjects(ProjectPermissions.BROWSE_PROJECTS, user.get());
        return projects == null ? List.of() : projects.stream()
                .map(project -> new ProjectCard(project.getKey(), project.getName()))
                .sorted(Comparator.comparing(ProjectCard::key)).toList();
    }

    /** The project with this key (any case), when the current user may browse it. */
    public Optional<ProjectCard> browsableProject(String projectKey) {
        return current.browsableProject(projectKey).map(project -> new ProjectCard(project.getKey(), project.getName()));
    }
}
