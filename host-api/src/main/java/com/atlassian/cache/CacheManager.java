package com.atlassian.cache;

/** The product's cache service (a host component); in Data Center its remote caches span the cluster. */
public interface CacheManager extends CacheFactory {
}
