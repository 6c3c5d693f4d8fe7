package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

/**
 * Builds {@link CacheSettings} (a class in the real API). In the product its own body runs; this body runs only
 * in the sandbox and keeps just what {@link CacheSettings} declares.
 */
public class CacheSettingsBuilder {
    private Long expireAfterWrite;

    public CacheSettingsBuilder() {
    }

    public CacheSettings build() {
        Long written = expireAfterWrite;
        return () -> written;
    }

    public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
        this.expireAfterWrite = timeUnit.toMillis(expireAfter);
        return this;
    }

    /** A cluster-wide cache (in Data Center every node sees it). */
    public CacheSettingsBuilder remote() {
        return this;
    }

    /** Values are copied to other nodes, so keys and values must be Serializable. */
    public CacheSettingsBuilder replicateViaCopy() {
        return this;
    }

    public CacheSettingsBuilder maxEntries(int maxEntries) {
        if (maxEntries <= 0) {
            throw new IllegalArgumentException("maxEntries must be positive");
        }
        return this;
    }
}
