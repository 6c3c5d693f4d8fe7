package com.atlassian.cache;

/**
 * Creates or finds named caches (atlassian-cache 2). {@link CacheManager} extends it; the {@code getCache}
 * overloads are declared here, as in the real API. Only the overload Lodestar calls is declared.
 */
public interface CacheFactory {
    /**
     * The cache of that name, created with {@code required} settings the first time. {@code loader} may be null:
     * then {@link Cache#get} returns null for a key that is not cached.
     */
    <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required);
}
