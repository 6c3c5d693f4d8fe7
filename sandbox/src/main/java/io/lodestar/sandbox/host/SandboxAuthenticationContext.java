package io.lodestar.sandbox.host;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;

/** Jira's {@link JiraAuthenticationContext}: the user signed in on this request, or null. */
public final class SandboxAuthenticationContext implements JiraAuthenticationContext {

    private final SandboxUsers users;

    public SandboxAuthenticationContext(SandboxUsers users) {
        this.users = users;
    }

    @Override
    public ApplicationUser getLoggedInUser() {
        return users.current().orElse(null);
    }
}
