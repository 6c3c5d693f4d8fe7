package io.lodestar.jira.persistence;

import io.lodestar.core.kpi.KpiStore;
import io.lodestar.core.kpi.KpiStoreContract;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.runner.RunWith;

/**
 * Core's {@link KpiStoreContract} on Active Objects, on HSQLDB or on the database given by
 * {@code -Dlodestar.db.url}; the same suite runs on the in-memory fake in core.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(LodestarDatabase.class)
@Data(LodestarSchemaUpdater.class)
public class AoKpiStoreTest extends KpiStoreContract {

    private EntityManager entityManager;

    @Override
    protected KpiStore newStore() {
        return new AoKpiStore(new EntityManagerActiveObjects(entityManager));
    }
}
