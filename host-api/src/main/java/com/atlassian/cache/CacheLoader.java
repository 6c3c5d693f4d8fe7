package com.atlassian.cache;

/** Computes the value of a key a cache does not hold; must not return null. */
public interface CacheLoader<K, V> {
    V load(K key);
}
