package io.lodestar.sandbox.host;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import javax.servlet.http.HttpServletRequest;

/** SAL's {@link UserManager} over {@link SandboxUsers}: the remote user is the one signed in on this request. */
public final class SandboxUserManager implements UserManager {

    private final SandboxUsers users;

    public SandboxUserManager(SandboxUsers users) {
        this.users = users;
    }

    @Override
    public UserProfile getRemoteUser() {
        return users.current().orElse(null);
    }

    @Override
    public UserKey getRemoteUserKey() {
        return users.current().map(SandboxUser::getUserKey).orElse(null);
    }

    @Override
    public UserProfile getRemoteUser(HttpServletRequest request) {
        return getRemoteUser();
    }

    @Override
    public UserKey getRemoteUserKey(HttpServletRequest request) {
        return getRemoteUserKey();
    }

    @Override
    public UserProfile getUserProfile(String username) {
        return username == null ? null : users.byName(username).orElse(null);
    }

    @Override
    public UserProfile getUserProfile(UserKey userKey) {
        return userKey == null ? null : users.byName(userKey.getStringValue()).orElse(null);
    }

    @Override
    public boolean isUserInGroup(UserKey userKey, String group) {
        return userKey != null && users.byName(userKey.getStringValue()).isPresent() && "jira-software-users".equals(group);
    }

    @Override
    public boolean isSystemAdmin(UserKey userKey) {
        return false;
    }

    @Override
    public boolean isAdmin(UserKey userKey) {
        return userKey != null && users.isJiraAdmin(userKey.getStringValue());
    }

    @Override
    public boolean isLicensed(UserKey userKey) {
        return userKey != null && users.byName(userKey.getStringValue()).isPresent();
    }
}
