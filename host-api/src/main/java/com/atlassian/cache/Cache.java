package com.atlassian.cache;

/** A named cache from {@link CacheFactory}. Only the methods Lodestar calls are declared. */
public interface Cache<K, V> {
    /** The cached value, or (without a loader) null when none is cached. */
    V get(K key);

    void put(K key, V value);
}
