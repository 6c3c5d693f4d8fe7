package io.lodestar.jira.persistence;

import io.lodestar.core.okr.OkrStore;
import io.lodestar.core.okr.OkrStoreContract;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * Core's {@link OkrStoreContract} on Active Objects, on HSQLDB or on the database given by
 * {@code -Dlodestar.db.url} (see {@link LodestarDatabase}); the same suite runs on the in-memory fake
 * in core. Each test runs in a transaction that the runner rolls back at the end; the store's own
 * transactions run under savepoints inside it, so a failed one is still undone on its own.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(LodestarDatabase.class)
@Data(LodestarSchemaUpdater.class)
public class AoOkrStoreTest extends OkrStoreContract {

    private EntityManager entityManager;

    @Override
    protected OkrStore newStore() {
        return new AoOkrStore(new EntityManagerActiveObjects(entityManager));
    }

    /**
     * Writers on other threads use their own connections and cannot see rows that the runner's
     * per-test transaction has not committed, so this case runs with real commits.
     */
    @Override
    @Test
    @NonTransactional
    public void shouldKeepEveryCheckInWhenAppendedConcurrently() throws Exception {
        super.shouldKeepEveryCheckInWhenAppendedConcurrently();
    }
}
