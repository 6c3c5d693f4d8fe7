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
 * it, so exactly one node (and on it one thread) holds a name at a time. Reentrant for the holding thread, like the
 * host's.
 *
 * <p>A node that dies leaves its rows. As beehive's {@code DatabaseClusterLockService} does with its
 * {@code ClusterNodeHeartBeatDao}, every node writes a heartbeat in {@value #NODES} ({@link #heartbeat}, every
 * {@link #HEARTBEAT_MILLIS} once {@link #startHeartbeat} ran), and a lock whose node's heartbeat is older than
 * {@link #NODE_TIMEOUT_MILLIS} is free: the next {@code tryLock} on any node takes it over. A node starting again
 * releases the locks of its previous life at once (beehive's {@code cleanUpOrphanLocks}).
 */
public final class SandboxClusterLockService implements ClusterLockService, AutoCloseable {

    static final String TABLE = "SANDBOX_CLUSTER_LOCK";
    static final String NODES = "SANDBOX_CLUSTER_NODE";
    /** How often a live node writes its heartbeat. */
    public static final long HEARTBEAT_MILLIS = 5_000;
    /** A node whose heartbeat is this old is dead and its locks are free: six missed heartbeats. */
    public static final long NODE_TIMEOUT_MILLIS = 30_000;
    private static final long RETRY_MILLIS = 50;
    private static final System.Logger LOG = System.getLogger(SandboxClusterLockService.class.getName());

    private final Connections connections;
    private final String nodeId;
    private final Clock clock;
    private final Map<String, SandboxClusterLock> locks = new ConcurrentHashMap<>();
    private java.util.concurrent.ScheduledExecutorService heartbeats;

    public SandboxClusterLockService(Connections connections, String nodeId, Clock clock) {
        this.connections = connections;
        this.nodeId = nodeId;
        this.clock = clock;
        try (Connection connection = connections.open(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (LOCK_NAME VARCHAR(255) PRIMARY KEY,"
                    + " NODE_ID VARCHAR(64) NOT NULL, LOCKED_AT BIGINT NOT NULL)");
            statement.execute("CREATE TABLE IF NOT EXISTS " + NODES + " (NODE_ID VARCHAR(64) PRIMARY KEY,"
                    + " HEARTBEAT BIGINT NOT NULL)");
            try (PreparedStatement release = connection.prepareStatement("DELETE FROM " + TABLE + " WHERE NODE_ID = ?")) {
                release.setString(1, nodeId);
                release.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the cluster lock table: " + e.getMessage(), e);
        }
        heartbeat();
    }

    /** Writes this node's heartbeat now. */
    public void heartbeat() {
        long now = clock.millis();
        try (Connection connection = connections.open()) {
            int updated;
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + NODES + " SET HEARTBEAT = ? WHERE NODE_ID = ?")) {
                update.setLong(1, now);
                update.setString(2, nodeId);
                updated = update.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO " + NODES + " (NODE_ID, HEARTBEAT) VALUES (?, ?)")) {
                    insert.setString(1, nodeId);
                    insert.setLong(2, now);
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (!Connections.isDuplicate(e)) {
                        throw e;
                    }
                }
            }
            commit(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot write the heartbeat of " + nodeId + ": " + e.getMessage(), e);
        }
    }

    /** Writes the heartbeat every {@code millis} on a daemon thread until {@link #close}. */
    public synchronized void startHeartbeat(long millis) {
        if (heartbeats != null) {
            return;
        }
        heartbeats = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sandbox-node-heartbeat-" + nodeId);
            thread.setDaemon(true);
            return thread;
        });
        heartbeats.scheduleWithFixedDelay(() -> {
            try {
                heartbeat();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "heartbeat failed", e);
            }
        }, millis, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (heartbeats != null) {
            heartbeats.shutdownNow();
            heartbeats = null;
        }
    }

    /**
     * Deletes the row of {@code lockName} when the node holding it has no heartbeat since {@link #NODE_TIMEOUT_MILLIS}
     * (or none at all); true when it did, so the lock can be taken.
     */
    private boolean releaseIfHolderDead(Connection connection, String lockName) throws SQLException {
        String holder;
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT L.NODE_ID, N.HEARTBEAT FROM " + TABLE + " L LEFT JOIN " + NODES + " N ON N.NODE_ID = L.NODE_ID"
                        + " WHERE L.LOCK_NAME = ?")) {
            select.setString(1, lockName);
            try (java.sql.ResultSet row = select.executeQuery()) {
                if (!row.next()) {
                    return true;
                }
                holder = row.getString(1);
                long beat = row.getLong(2);
                boolean none = row.wasNull();
                if (holder.equals(nodeId) || (!none && beat + NODE_TIMEOUT_MILLIS >= clock.millis())) {
                    return false;
                }
            }
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM " + TABLE + " WHERE LOCK_NAME = ? AND NODE_ID = ?")) {
            delete.setString(1, lockName);
            delete.setString(2, holder);
            delete.executeUpdate();
        }
        commit(connection);
        LOG.log(System.Logger.Level.INFO, "lock " + lockName + " of dead node " + holder + " released by " + nodeId);
        return true;
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
            try (Connection connection = connections.open()) {
                if (!insert(connection) && !(releaseIfHolderDead(connection, name) && insert(connection))) {
                    return false;
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot take the cluster lock " + name + ": " + e.getMessage(), e);
            }
            holder = Thread.currentThread();
            holds = 1;
            return true;
        }

        /** Inserts the lock's row; false when another node holds it. */
        private boolean insert(Connection connection) throws SQLException {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO " + TABLE + " (LOCK_NAME, NODE_ID, LOCKED_AT) VALUES (?, ?, ?)")) {
                insert.setString(1, name);
                insert.setString(2, nodeId);
                insert.setLong(3, clock.millis());
                insert.executeUpdate();
                commit(connection);
                return true;
            } catch (SQLException e) {
                if (Connections.isDuplicate(e)) {
                    if (!connection.getAutoCommit()) {
                        connection.rollback();
                    }
                    return false;
                }
                throw e;
            }
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
