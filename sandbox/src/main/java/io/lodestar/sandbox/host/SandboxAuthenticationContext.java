package io.lodestar.sandbox.host;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;

/** Jira's {@link JiraAuthenticationContext}: the user signed in on this request (or set by a background job), or null. */
public final class SandboxAuthenticationContext implements JiraAuthenticationContext {

    private final SandboxUsers users;

    public SandboxAuthenticationContext(SandboxUsers users) {
        this.users = users;
    }

    @Override
    public ApplicationUser getLoggedInUser() {
        return users.current().orElse(null);
    }

    /** Binds the user to this thread, as Jira's context does; only sandbox users exist here. */
    @Override
    public void setLoggedInUser(ApplicationUser user) {
        users.bind(user == null ? null : users.byName(user.getKey())
                .orElseThrow(() -> new IllegalArgumentException("no sandbox user " + user.getKey())));
    }
}
