package com.atlassian.sal.api.user;

import javax.servlet.http.HttpServletRequest;

/**
 * SAL's cross-product user lookup. Only the {@link UserKey} overloads are declared: the String ones are
 * deprecated. In Jira the OSGi service is referenced as {@code salUserManager} because Jira has its own
 * {@code com.atlassian.jira.user.util.UserManager}.
 */
public interface UserManager {
    UserProfile getRemoteUser();

    UserKey getRemoteUserKey();

    UserProfile getRemoteUser(HttpServletRequest request);

    UserKey getRemoteUserKey(HttpServletRequest request);

    UserProfile getUserProfile(String username);

    UserProfile getUserProfile(UserKey userKey);

    boolean isUserInGroup(UserKey userKey, String group);

    boolean isSystemAdmin(UserKey userKey);

    boolean isAdmin(UserKey userKey);

    boolean isLicensed(UserKey userKey);
}
