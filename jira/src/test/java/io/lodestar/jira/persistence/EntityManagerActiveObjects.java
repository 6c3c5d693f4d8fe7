package io.lodestar.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import com.atlassian.sal.api.transaction.TransactionCallback;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Map;
import java.util.Objects;
import net.java.ao.ActiveObjectsException;
import net.java.ao.DBParam;
import net.java.ao.DatabaseProvider;
import net.java.ao.DelegateConnection;
import net.java.ao.EntityManager;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Jira's {@link ActiveObjects} service played by a plain AO {@link EntityManager}, so the stores run
 * unchanged outside Jira: in the persistence tests (on HSQLDB or PostgreSQL) and in the sandbox (on
 * H2).
 *
 * <p>{@link #executeInTransaction} is really transactional, like the host's: the outermost call
 * commits when the callback returns and rolls back when it throws. A call inside another joins it.
 * When the thread is already inside a transaction that this class did not open (AO's JUnit runner
 * wraps each test in one and rolls it back at the end), the call runs under a savepoint instead, so
 * that a failing use case is still undone on its own and a test can observe it.
 *
 * <p>Transactions run at READ COMMITTED, Jira's level on every database it supports, rather than
 * AO's own default of SERIALIZABLE: concurrent writers then behave as in production (on PostgreSQL,
 * SERIALIZABLE would turn a lost race into a serialization error instead of a stale version).
 *
 * <p>{@code SQLException}s, which the host wraps in an unchecked exception, are wrapped in AO's
 * unchecked {@link ActiveObjectsException}.
 */
public final class EntityManagerActiveObjects implements ActiveObjects {

    private final EntityManager entityManager;
    /** How deep the current thread is in transactions opened by this object (0: none). */
    private final ThreadLocal<Integer> depth = ThreadLocal.withInitial(() -> 0);

    public EntityManagerActiveObjects(EntityManager entityManager) {
        this.entityManager = Objects.requireNonNull(entityManager, "entityManager");
    }

    @Override
    public <T> T executeInTransaction(TransactionCallback<T> callback) {
        if (depth.get() > 0) {
            return nested(callback);
        }
        DatabaseProvider provider = entityManager.getProvider();
        Connection current = sql(provider::getConnection);
        if (inTransaction(current)) {
            return underSavepoint(current, callback);
        }
        closeQuietly(current);
        Connection connection = sql(provider::startTransaction);
        sql(() -> {
            connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            return null;
        });
        boolean committed = false;
        try {
            T result = nested(callback);
            sql(() -> provider.commitTransaction(connection));
            committed = true;
            return result;
        } finally {
            if (!committed) {
                rollbackQuietly(provider, connection);
                entityManager.flushAll();
            }
            closeTransactionConnection(connection);
        }
    }

    private <T> T nested(TransactionCallback<T> callback) {
        depth.set(depth.get() + 1);
        try {
            return callback.doInTransaction();
        } finally {
            depth.set(depth.get() - 1);
        }
    }

    private <T> T underSavepoint(Connection connection, TransactionCallback<T> callback) {
        Savepoint savepoint = sql(connection::setSavepoint);
        boolean done = false;
        try {
            T result = nested(callback);
            done = true;
            return result;
        } finally {
            if (!done) {
                sql(() -> {
                    connection.rollback(savepoint);
                    return null;
                });
                entityManager.flushAll();
            }
        }
    }

    private static boolean inTransaction(Connection connection) {
        return !sql(connection::getAutoCommit);
    }

    private static void rollbackQuietly(DatabaseProvider provider, Connection connection) {
        try {
            provider.rollbackTransaction(connection);
        } catch (SQLException | RuntimeException e) {
            // The failure that caused the rollback is the one worth reporting; it is propagating.
        }
    }

    /**
     * AO's provider binds the transaction's connection to the thread and ignores {@code close()}
     * until the connection is marked closeable; once it is closed, the provider drops the binding on
     * its next use.
     */
    private static void closeTransactionConnection(Connection connection) {
        try {
            if (connection instanceof DelegateConnection) {
                ((DelegateConnection) connection).setCloseable(true);
            }
            connection.setAutoCommit(true);
            connection.close();
        } catch (SQLException e) {
            // Closing a connection that failed is best effort; the pool discards broken ones.
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            // A connection we only looked at; nothing to undo.
        }
    }

    @Override
    @SafeVarargs
    public final void migrate(Class<? extends RawEntity<?>>... entities) {
        sql(() -> {
            entityManager.migrate(entities);
            return null;
        });
    }

    @Override
    public void flushAll() {
        entityManager.flushAll();
    }

    @Override
    public void flush(RawEntity<?>... entities) {
        entityManager.flush(entities);
    }

    @Override
    @SafeVarargs
    public final <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys) {
        return sql(() -> entityManager.get(type, keys));
    }

    @Override
    public <T extends RawEntity<K>, K> T get(Class<T> type, K key) {
        return sql(() -> entityManager.get(type, key));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params) {
        return sql(() -> entityManager.create(type, params));
    }

    @Override
    public void delete(RawEntity<?>... entities) {
        sql(() -> {
            entityManager.delete(entities);
            return null;
        });
    }

    @Override
    public <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.deleteWithSQL(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type) {
        return sql(() -> entityManager.find(type));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.find(type, criteria, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query) {
        return sql(() -> entityManager.find(type, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query) {
        return sql(() -> entityManager.find(type, field, query));
    }

    @Override
    public <T extends RawEntity<K>, K> T[] findWithSQL(Class<T> type, String keyField, String sql,
                                                        Object... parameters) {
        return sql(() -> entityManager.findWithSQL(type, keyField, sql, parameters));
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> callback) {
        sql(() -> {
            entityManager.stream(type, callback);
            return null;
        });
    }

    @Override
    public <T extends RawEntity<K>, K> void stream(Class<T> type, Query query, EntityStreamCallback<T, K> callback) {
        sql(() -> {
            entityManager.stream(type, query, callback);
            return null;
        });
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type) {
        return sql(() -> entityManager.count(type));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters) {
        return sql(() -> entityManager.count(type, criteria, parameters));
    }

    @Override
    public <K> int count(Class<? extends RawEntity<K>> type, Query query) {
        return sql(() -> entityManager.count(type, query));
    }

    /** The entity manager underneath, for tests that listen to its SQL. */
    public EntityManager entityManager() {
        return entityManager;
    }

    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private static <T> T sql(SqlWork<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new ActiveObjectsException(e);
        }
    }
}
