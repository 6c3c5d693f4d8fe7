package io.lodestar.jira.persistence.upgrade;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import io.lodestar.core.common.StaleVersionException;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import io.lodestar.core.okr.ObjectiveState;
import io.lodestar.jira.persistence.AoOkrStore;
import io.lodestar.jira.persistence.CycleEntity;
import io.lodestar.jira.persistence.EditTokenEntity;
import io.lodestar.jira.persistence.EntityManagerActiveObjects;
import io.lodestar.jira.persistence.LodestarDatabase;
import io.lodestar.jira.persistence.LodestarSchema;
import io.lodestar.jira.persistence.upgrade.v1.ObjectiveEntityV1;
import java.util.HashMap;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.DatabaseUpdater;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * A real upgrade: tables created from the frozen model-1 entity and filled the way model 1 wrote
 * them, then {@link EditTokensUpgradeTask} run on them, then the current store at work on the
 * upgraded rows. Non-transactional because schema changes commit on some databases.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(LodestarDatabase.class)
@Data(EditTokensUpgradeTaskTest.ModelOne.class)
public class EditTokensUpgradeTaskTest {

    private EntityManager entityManager;
    private EntityManagerActiveObjects ao;
    private long cycleId;

    /** The tables as model 1 created them. */
    public static final class ModelOne implements DatabaseUpdater {
        @Override
        @SuppressWarnings("unchecked")
        public void update(EntityManager entityManager) throws Exception {
            entityManager.migrate(CycleEntity.class, ObjectiveEntityV1.class);
        }
    }

    @Before
    public void createModelOneRows() {
        ao = new EntityManagerActiveObjects(entityManager);
        Map<String, Object> cycle = new HashMap<>();
        cycle.put(CycleEntity.NAME, "2026 Q1");
        cycle.put(CycleEntity.KIND, "QUARTER");
        cycle.put(CycleEntity.START_DAY, "2026-01-01");
        cycle.put(CycleEntity.END_DAY, "2026-04-01");
        cycle.put(CycleEntity.CLOSED, false);
        cycle.put(CycleEntity.VERSION, 1L);
        cycleId = ao.create(CycleEntity.class, cycle).getID();
    }

    private long modelOneObjective(String title) {
        Map<String, Object> row = new HashMap<>();
        row.put(ObjectiveEntityV1.CYCLE_ID, cycleId);
        row.put(ObjectiveEntityV1.TITLE, title);
        row.put(ObjectiveEntityV1.DESCRIPTION, "Written by model 1");
        row.put(ObjectiveEntityV1.OBJ_LEVEL, "TEAM");
        row.put(ObjectiveEntityV1.STATE, "ACTIVE");
        return ao.create(ObjectiveEntityV1.class, row).getID();
    }

    @Test
    @NonTransactional
    public void shouldGiveOldObjectivesVersionOneAndAcceptTheirFirstEditWhenUpgradedFromModelOne() {
        long checkout = modelOneObjective("Faster checkout");
        long sales = modelOneObjective("More sales");

        new EditTokensUpgradeTask().upgrade(ao);

        AoOkrStore store = new AoOkrStore(ao);
        Objective upgraded = store.findObjective(checkout).orElseThrow();
        assertEquals(1, upgraded.version());
        assertEquals("Written by model 1", upgraded.description());
        assertEquals(ObjectiveState.ACTIVE, upgraded.state());
        Objective edited = store.saveObjective(upgraded.edit("Much faster checkout", "", null, ObjectiveLevel.TEAM, null));
        assertEquals(2, edited.version());
        assertThrows(StaleVersionException.class, () -> store.saveObjective(upgraded));
        assertEquals(1, store.findObjective(sales).orElseThrow().version());
    }

    @Test
    @NonTransactional
    public void shouldIssueOneTokenPerObjectiveWhenRunTwice() {
        modelOneObjective("Faster checkout");
        modelOneObjective("More sales");
        EditTokensUpgradeTask task = new EditTokensUpgradeTask();

        task.upgrade(ao);
        task.upgrade(ao);

        assertEquals(2, ao.count(EditTokenEntity.class));
    }

    @Test
    public void shouldTargetTheCurrentModelVersionWhenItIsTheLatestTask() {
        assertEquals(LodestarSchema.MODEL_VERSION, EditTokensUpgradeTask.MODEL_VERSION);
    }
}
