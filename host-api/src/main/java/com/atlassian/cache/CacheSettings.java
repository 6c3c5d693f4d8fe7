package com.atlassian.cache;

/** Settings a cache is created with (built by {@link CacheSettingsBuilder}). Only the getter a host reads is declared. */
public interface CacheSettings {
    /** Milliseconds an entry lives after it was written; null when not set. */
    Long getExpireAfterWrite();
}
