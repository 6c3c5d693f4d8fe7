package com.atlassian.applinks.api;

/** Identifier of an application link (a final class in the real API). */
public final class ApplicationId {
    private final String id;

    public ApplicationId(String id) {
        this.id = id;
    }

    public String get() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ApplicationId && ((ApplicationId) other).id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return id;
    }
}
