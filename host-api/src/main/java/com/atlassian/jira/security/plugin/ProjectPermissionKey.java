package com.atlassian.jira.security.plugin;

/** Key of a permission that applies to projects (a final class in the real API). */
public final class ProjectPermissionKey {
    private final String permissionKey;

    public ProjectPermissionKey(String permissionKey) {
        this.permissionKey = permissionKey;
    }

    public String permissionKey() {
        return permissionKey;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ProjectPermissionKey && ((ProjectPermissionKey) other).permissionKey.equals(permissionKey);
    }

    @Override
    public int hashCode() {
        return permissionKey.hashCode();
    }

    @Override
    public String toString() {
        return permissionKey;
    }
}
