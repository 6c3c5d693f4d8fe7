package com.atlassian.jira.security;

import com.atlassian.jira.user.ApplicationUser;

/** The user of the current request, or {@code null} when anonymous. */
public interface JiraAuthenticationContext {
    ApplicationUser getLoggedInUser();

    /** Switches the identity of the current thread (background jobs run as a user this way); null for anonymous. */
    void setLoggedInUser(ApplicationUser user);
}
