package com.atlassian.sal.api.user;

import java.io.Serializable;

/** Stable identifier of a user across renames (a final class in the real API). */
public final class UserKey implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String userKey;

    public UserKey(String userKey) {
        this.userKey = userKey;
    }

    public static UserKey fromLong(long userKey) {
        return new UserKey(Long.toString(userKey));
    }

    public String getStringValue() {
        return userKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UserKey && ((UserKey) other).userKey.equals(userKey);
    }

    @Override
    public int hashCode() {
        return userKey.hashCode();
    }

    @Override
    public String toString() {
        return userKey;
    }
}
