package io.lodestar.sandbox.host.platform;

import java.sql.DriverManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** An in-memory H2 database two "nodes" of a test share, and a clock the test moves by hand. */
final class SharedDatabase {

    private SharedDatabase() {
    }

    static Connections fresh() {
        String url = "jdbc:h2:mem:nodes" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        return () -> DriverManager.getConnection(url, "sa", "");
    }

    /** A clock standing still until {@link #advance}. */
    static final class HandClock extends Clock {
        private volatile Instant now;

        HandClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
