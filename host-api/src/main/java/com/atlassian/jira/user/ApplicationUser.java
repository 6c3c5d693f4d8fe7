package com.atlassian.jira.user;

/** A Jira user. {@code getKey()} is stable across renames; {@code getUsername()} is not. */
public interface ApplicationUser {
    String getKey();

    String getUsername();

    String getName();

    String getDisplayName();

    String getEmailAddress();

    Long getId();

    boolean isActive();
}
