package io.lodestar.jira.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.lodestar.core.common.DamagedRecordException;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiStoreContract;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * Reading never fails because of what is stored: a KPI row that today's rules refuse (here an unknown goal kind,
 * written straight into the table) is left out of lists without hiding the others, is reported by id with what is
 * wrong and its version, and can still be replaced or deleted with that version.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(LodestarDatabase.class)
@Data(LodestarSchemaUpdater.class)
public class AoKpiStoreStoredRowsTest {

    private EntityManager entityManager;
    private AoKpiStore store;
    private KpiDefinition good;
    private KpiDefinition bad;

    @Before
    public void storeOneGoodAndOneDamagedKpi() throws Exception {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        store = new AoKpiStore(ao);
        good = store.save(KpiStoreContract.averageVelocityOfBoard42());
        bad = store.save(KpiStoreContract.wipBandOfProjectCore());
        KpiDefinitionEntity row = entityManager.get(KpiDefinitionEntity.class, (int) bad.id());
        row.setGoalKind("WOBBLY");
        row.save();
    }

    @Test
    public void shouldLeaveTheDamagedKpiOutOfListsAndKeepTheOthers() {
        assertEquals(java.util.List.of(good.id()), store.definitions().stream().map(KpiDefinition::id).toList());
        assertEquals(java.util.List.of(), store.definitionsOf("CORE"));
        assertEquals(good, store.find(good.id()).orElseThrow());
    }

    @Test
    public void shouldReportTheDamagedKpiByIdWithItsProblemAndVersionWhenAskedForIt() {
        try {
            store.find(bad.id());
            fail("a damaged row is not a KPI");
        } catch (DamagedRecordException e) {
            assertEquals("kpi", e.kind());
            assertEquals(bad.id(), e.id());
            assertEquals(bad.version(), e.version());
            assertTrue(e.problem(), e.problem().contains("WOBBLY"));
        }
    }

    @Test
    public void shouldReplaceTheDamagedKpiWithItsVersionSoItIsReadAgain() {
        KpiDefinition replacement = KpiStoreContract.wipBandOfProjectCore().stored(bad.id(), bad.version());

        KpiDefinition stored = store.save(replacement);

        assertEquals(bad.version() + 1, stored.version());
        assertEquals(stored, store.find(bad.id()).orElseThrow());
        assertEquals(2, store.definitions().size());
    }

    @Test
    public void shouldDeleteTheDamagedKpiWithItsVersion() {
        store.delete(bad.id(), bad.version());

        assertTrue(store.find(bad.id()).isEmpty());
        assertEquals(1, store.definitions().size());
    }
}
