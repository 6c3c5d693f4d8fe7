package io.lodestar.jira.host;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.kpi.run.Readers;
import java.util.function.Supplier;

/**
 * {@link Readers} in Jira: the background thread takes the user's identity in the authentication context
 * ({@code setLoggedInUser}), so every search and permission check of the work is the user's own, and gets its
 * previous identity back afterwards (a scheduler thread has none).
 */
public final class JiraReaders implements Readers {

    private final JiraAuthenticationContext authentication;
    private final UserManager users;

    public JiraReaders(JiraAuthenticationContext authentication, UserManager users) {
        this.authentication = authentication;
        this.users = users;
    }

    @Override
    public <T> T as(String userKey, Supplier<T> work) {
        ApplicationUser user = userKey == null ? null : users.getUserByKey(userKey);
        if (user == null || !user.isActive()) {
            throw new InvalidInputException("user", "no active Jira user " + userKey + " to read the issues as");
        }
        ApplicationUser previous = authentication.getLoggedInUser();
        authentication.setLoggedInUser(user);
        try {
            return work.get();
        } finally {
            authentication.setLoggedInUser(previous);
        }
    }
}
