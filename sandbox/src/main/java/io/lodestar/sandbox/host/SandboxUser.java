package io.lodestar.sandbox.host;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserProfile;

/** A sandbox user, seen both as Jira's {@link ApplicationUser} and as SAL's {@link UserProfile}. */
public record SandboxUser(long id, String name, String fullName, String email) implements ApplicationUser, UserProfile {

    @Override
    public String getKey() {
        return name;
    }

    @Override
    public UserKey getUserKey() {
        return new UserKey(name);
    }

    @Override
    public String getUsername() {
        return name;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String getDisplayName() {
        return fullName;
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public String getEmailAddress() {
        return email;
    }

    @Override
    public String getEmail() {
        return email;
    }

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public boolean isActive() {
        return true;
    }
}
