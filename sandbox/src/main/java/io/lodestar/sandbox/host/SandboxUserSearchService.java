package io.lodestar.sandbox.host;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Jira's {@link UserSearchService} over {@link SandboxUsers}, as Jira's user picker matches: a user whose
 * username, email, full name or any word of the full name starts with the query (case-insensitive), sorted by
 * full name. A blank query finds nobody (the app never asks for an empty query). The sandbox's users are all
 * active, and there are too few for a result limit to matter, so the params change nothing here.
 */
public final class SandboxUserSearchService implements UserSearchService {

    private final SandboxUsers users;

    public SandboxUserSearchService(SandboxUsers users) {
        this.users = users;
    }

    @Override
    public List<ApplicationUser> findUsers(String query, UserSearchParams userSearchParams) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        String prefix = query.strip().toLowerCase(Locale.ROOT);
        return users.all().stream()
                .filter(user -> matches(user, prefix))
                .sorted(Comparator.comparing(SandboxUser::fullName))
                .map(ApplicationUser.class::cast)
                .toList();
    }

    private static boolean matches(SandboxUser user, String prefix) {
        if (user.name().toLowerCase(Locale.ROOT).startsWith(prefix)
                || user.email().toLowerCase(Locale.ROOT).startsWith(prefix)
                || user.fullName().toLowerCase(Locale.ROOT).startsWith(prefix)) {
            return true;
        }
        for (String word : user.fullName().toLowerCase(Locale.ROOT).split("\\s+")) {
            if (word.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }
}
