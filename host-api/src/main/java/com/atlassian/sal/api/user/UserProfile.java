package com.atlassian.sal.api.user;

/** A user as SAL sees it. */
public interface UserProfile {
    UserKey getUserKey();

    String getUsername();

    String getFullName();

    String getEmail();
}
