package io.lodestar.sandbox.host.platform;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;

/**
 * beehive's {@link ClusterLockService} on the shared database, as Jira Data Center's database lock: a held lock is a
 * row of {@value #TABLE} keyed by the lock's name, inserted by the node that takes it and deleted when it releases
 * it, so exactly one node (and on it one thread) holds a name at a time. A node starting again releases the locks of
 * its previous life (a killed node leaves its rows; Jira releases a dead node's locks the same way). Reentrant for
 * the holding thread, like the host's.
 */
public final class SandboxClusterLockService implements ClusterLockService {

    static final String TABLE = "SANDBOX_CLUSTER_LOCK";
    private static final long RETRY_MILLIS = 50;

    private final Connections connections;
    private final String nodeId;
    private final Clock clock;
    private final Map<String, SandboxClusterLock> locks = new ConcurrentHashMap<>();

    public SandboxClusterLockService(Connections connections, String nodeId, Clock clock) {
        this.connections = connections;
        this.nodeId = nodeId;
        this.clock = clock;
        try (Connection connection = connections.open(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (LOCK_NAME VARCHAR(255) PRIMARY KEY,"
                    + " NODE_ID VARCHAR(64) NOT NULL, LOCKED_AT BIGINT NOT NULL)");
            try (PreparedStatement release = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE NODE_ID = ?")) {
                release.setString(1, nodeId);
                release.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the cluster lock table: " + e.getMessage(), e);
        }
    }

    @Override
    public ClusterLock getLockForName(String lockName) {
        if (lockName == null || lockName.isBlank() || lockName.length() > 255) {
            throw new IllegalArgumentException("a lock name is 1 to 255 characters");
        }
        return locks.computeIfAbsent(lockName, SandboxClusterLock::new);
    }

    private final class SandboxClusterLock implements ClusterLock {
        private final String name;
        private Thread holder;
        private int holds;

        SandboxClusterLock(String name) {
            this.name = name;
        }

        @Override
        public synchronized boolean tryLock() {
            if (holder == Thread.currentThread()) {
                holds++;
                return true;
            }
            if (holder != null) {
                return false;
            }
            try (Connection connection = connections.open();
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO " + TABLE + " (LOCK_NAME, NODE_ID, LOCKED_AT) VALUES (?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, nodeId);
                insert.setLong(3, clock.millis());
                insert.executeUpdate();
                commit(connection);
            } catch (SQLException e) {
                if (Connections.isDuplicate(e)) {
                    return false;
                }
                throw new IllegalStateException("cannot take the cluster lock " + name + ": " + e.getMessage(), e);
            }
            holder = Thread.currentThread();
            holds = 1;
            return true;
        }

        @Override
        public synchronized void unlock() {
            if (holder != Thread.currentThread()) {
                throw new IllegalMonitorStateException("the lock " + name + " is not held by this thread");
            }
            if (--holds > 0) {
                return;
            }
            holder = null;
            try (Connection connection = connections.open();
                 PreparedStatement delete = connection.prepareStatement(
                         "DELETE FROM " + TABLE + " WHERE LOCK_NAME = ? AND NODE_ID = ?")) {
                delete.setString(1, name);
                delete.setString(2, nodeId);
                delete.executeUpdate();
                commit(connection);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot release the cluster lock " + name + ": " + e.getMessage(), e);
            }
        }

        @Override
        public synchronized boolean isHeldByCurrentThread() {
            return holder == Thread.currentThread();
        }

        @Override
        public void lock() {
            while (!tryLock()) {
                pause();
            }
        }

        @Override
        public void lockInterruptibly() throws InterruptedException {
            while (!tryLock()) {
                Thread.sleep(RETRY_MILLIS);
            }
        }

        @Override
        public boolean tryLock(long time, TimeUnit unit) throws InterruptedException {
            long deadline = System.nanoTime() + unit.toNanos(time);
            while (!tryLock()) {
                if (System.nanoTime() >= deadline) {
                    return false;
                }
                Thread.sleep(RETRY_MILLIS);
            }
            return true;
        }

        @Override
        public Condition newCondition() {
            throw new UnsupportedOperationException("cluster locks have no conditions");
        }

        private void pause() {
            try {
                Thread.sleep(RETRY_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    static void commit(Connection connection) throws SQLException {
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }
}
