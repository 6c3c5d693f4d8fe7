package io.lodestar.jira.persistence;

import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.DatabaseUpdater;

/** Creates the app's current tables, for {@code @Data(LodestarSchemaUpdater.class)}. */
public final class LodestarSchemaUpdater implements DatabaseUpdater {

    @Override
    public void update(EntityManager entityManager) throws Exception {
        entityManager.migrate(LodestarSchema.entities());
    }
}
