package com.atlassian.scheduler.config;

import java.io.Serializable;

/** A key by its text; equal texts are equal keys. */
public final class JobRunnerKey implements Serializable, Comparable<JobRunnerKey> {
    private final String key;

    private JobRunnerKey(String key) {
        this.key = java.util.Objects.requireNonNull(key, "key");
    }

    public static JobRunnerKey of(String key) {
        return new JobRunnerKey(key);
    }

    @Override
    public int compareTo(JobRunnerKey other) {
        return key.compareTo(other.key);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof JobRunnerKey that && key.equals(that.key);
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
