package io.lodestar.jira.persistence;

import io.lodestar.core.kpi.run.MeasurementRunStore;
import io.lodestar.core.kpi.run.MeasurementRunStoreContract;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.runner.RunWith;

/**
 * Core's {@link MeasurementRunStoreContract} on Active Objects, on HSQLDB or on the database given by
 * {@code -Dlodestar.db.url}; the same suite runs on the in-memory store in core.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(LodestarDatabase.class)
@Data(LodestarSchemaUpdater.class)
public class AoMeasurementRunStoreTest extends MeasurementRunStoreContract {

    private EntityManager entityManager;
    private MeasurementRunStore store;

    @Before
    public void openStore() {
        store = new AoMeasurementRunStore(new EntityManagerActiveObjects(entityManager));
    }

    @Override
    protected MeasurementRunStore store() {
        return store;
    }
}
