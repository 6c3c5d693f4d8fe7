package com.atlassian.scheduler.config;

import java.io.Serializable;

/** A key by its text; equal texts are equal keys. */
public final class JobId implements Serializable, Comparable<JobId> {
    private final String key;

    private JobId(String key) {
        this.key = java.util.Objects.requireNonNull(key, "key");
    }

    public static JobId of(String key) {
        return new JobId(key);
    }

    @Override
    public int compareTo(JobId other) {
        return key.compareTo(other.key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobId that && key.equals(that.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
