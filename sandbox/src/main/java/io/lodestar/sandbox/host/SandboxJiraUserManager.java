package io.lodestar.sandbox.host;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;

/** Jira's own {@link UserManager} (not SAL's): the sandbox users by key (a sandbox user's key is its name). */
public final class SandboxJiraUserManager implements UserManager {

    private final SandboxUsers users;

    public SandboxJiraUserManager(SandboxUsers users) {
        this.users = users;
    }

    @Override
    public ApplicationUser getUserByKey(String userKey) {
        return userKey == null ? null : users.byName(userKey).orElse(null);
    }
}
