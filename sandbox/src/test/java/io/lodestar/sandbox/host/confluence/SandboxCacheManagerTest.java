package io.lodestar.sandbox.host.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheSettingsBuilder;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.Test;

public class SandboxCacheManagerTest {
    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final SandboxCacheManager caches = new SandboxCacheManager(clock);
    private final Cache<String, String> cache = caches.getCache("answers", null,
            new CacheSettingsBuilder().remote().replicateViaCopy().expireAfterWrite(60, TimeUnit.SECONDS).build());

    @Test
    public void shouldKeepAnEntryUntilItsWriteExpiryWhenRead() {
        cache.put("alice /cycles", "[]");
        clock.advance(Duration.ofSeconds(59));

        assertEquals("[]", cache.get("alice /cycles"));
    }

    @Test
    public void shouldForgetAnEntryWhenItsWriteExpiryHasPassed() {
        cache.put("alice /cycles", "[]");
        clock.advance(Duration.ofSeconds(60));

        assertNull(cache.get("alice /cycles"));
    }

    @Test
    public void shouldGiveTheSameCacheWhenAskedForTheSameNameAgain() {
        cache.put("k", "v");

        assertEquals("v", caches.<String, String>getCache("answers", null, new CacheSettingsBuilder().build()).get("k"));
    }

    @Test
    public void shouldEmptyEveryCacheWhenFlushed() {
        cache.put("k", "v");
        caches.flush();

        assertNull(cache.get("k"));
    }
}
