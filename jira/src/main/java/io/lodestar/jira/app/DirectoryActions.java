package io.lodestar.jira.app;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.jira.host.JiraDirectory;
import io.lodestar.jira.host.ProjectCard;
import io.lodestar.jira.host.UserCard;
import java.util.List;

/**
 * The people and teams an objective or key result may name: for the pickers (logged-in users only), and
 * to refuse an owner Jira does not know or a team that is not a project the user may browse, with the
 * field and the reason. A project the user may not browse reads like an unknown one, so the answer does
 * not reveal that it exists.
 */
public final class DirectoryActions {

    /** The most users one picker query returns. */
    public static final int MAX_USERS = 20;

    private final JiraDirectory directory;
    private final OkrAccess access;

    public DirectoryActions(JiraDirectory directory, OkrAccess access) {
        this.directory = directory;
        this.access = access;
    }

    public List<UserCard> users(String query) {
        access.requireUser();
        return directory.findUsers(query, MAX_USERS);
    }

    public List<ProjectCard> teams() {
        access.requireUser();
        return directory.browsableProjects();
    }

    /** The key of a user Jira knows, or null for a blank key (no owner). */
    public String requireKnownUser(String userKey, String field) {
        if (userKey == null || userKey.isBlank()) {
            return null;
        }
        return directory.user(userKey).map(UserCard::key)
                .orElseThrow(() -> new InvalidInputException(field, "no user " + userKey.strip()));
    }

    /** The key, as Jira spells it, of a project the user may browse, or null for a blank team (no team). */
    public String requireKnownTeam(String projectKey, String field) {
        if (projectKey == null || projectKey.isBlank()) {
            return null;
        }
        return directory.browsableProject(projectKey).map(ProjectCard::key)
                .orElseThrow(() -> new InvalidInputException(field, "no project " + projectKey.strip()));
    }
}
