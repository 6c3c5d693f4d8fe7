package io.lodestar.sandbox.host.confluence;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The sandbox Confluence's cache service: named caches whose entries expire after the write expiry the app asked
 * for ({@link CacheSettings#getExpireAfterWrite()}). The sandbox is one node, so a map stands for the cluster cache;
 * {@link #flush} empties every cache, as Confluence's cache administration page does.
 */
public final class SandboxCacheManager implements CacheManager {
    private final Clock clock;
    private final Map<String, ExpiringCache<?, ?>> caches = new ConcurrentHashMap<>();

    public SandboxCacheManager(Clock clock) {
        this.clock = clock;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required) {
        Long expiry = required == null ? null : required.getExpireAfterWrite();
        return (Cache<K, V>) caches.computeIfAbsent(name, ignored -> new ExpiringCache<>(clock, loader, expiry));
    }

    public void flush() {
        caches.values().forEach(ExpiringCache::clear);
    }

    private static final class ExpiringCache<K, V> implements Cache<K, V> {
        private record Entry<V>(V value, Instant expires) {
        }

        private final Clock clock;
        private final CacheLoader<K, V> loader;
        private final Long expiryMillis;
        private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

        ExpiringCache(Clock clock, CacheLoader<K, V> loader, Long expiryMillis) {
            this.clock = clock;
            this.loader = loader;
            this.expiryMillis = expiryMillis;
        }

        @Override
        public V get(K key) {
            Entry<V> entry = entries.get(key);
            if (entry != null && (entry.expires() == null || clock.instant().isBefore(entry.expires()))) {
                return entry.value();
            }
            entries.remove(key);
            if (loader == null) {
                return null;
            }
            V value = loader.load(key);
            put(key, value);
            return value;
        }

        @Override
        public void put(K key, V value) {
            entries.put(key, new Entry<>(value, expiryMillis == null ? null : clock.instant().plusMillis(expiryMillis)));
        }

        void clear() {
            entries.clear();
        }
    }
}
