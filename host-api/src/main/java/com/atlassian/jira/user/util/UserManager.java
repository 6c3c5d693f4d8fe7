package com.atlassian.jira.user.util;

import com.atlassian.jira.user.ApplicationUser;

/** Jira's own user manager (not SAL's): only the lookup by key is declared. */
public interface UserManager {
    ApplicationUser getUserByKey(String userKey);
}
