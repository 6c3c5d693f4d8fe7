package io.lodestar.confluence.applinks;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Caches that never expire (tests assert no timing), keeping each value serialized as a cluster cache copying
 * values between nodes would, so a value that cannot be serialized fails the test. Remembers each cache's settings.
 */
public final class FakeCacheManager implements CacheManager {
    private final Map<String, Map<String, byte[]>> caches = new HashMap<>();
    private final Map<String, CacheSettings> settings = new HashMap<>();

    public CacheSettings settingsOf(String name) {
        return settings.get(name);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required) {
        settings.putIfAbsent(name, required);
        Map<String, byte[]> entries = caches.computeIfAbsent(name, ignored -> new HashMap<>());
        return new Cache<>() {
            @Override
            public V get(K key) {
                byte[] value = entries.get(String.valueOf(key));
                return value == null ? null : (V) read(value);
            }

            @Override
            public void put(K key, V value) {
                entries.put(String.valueOf(key), write(value));
            }
        };
    }

    private static byte[] write(Object value) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        } catch (IOException e) {
            throw new UncheckedIOException("a cluster cache value must be Serializable", e);
        }
        return bytes.toByteArray();
    }

    private static Object read(byte[] value) {
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(value))) {
            return in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
