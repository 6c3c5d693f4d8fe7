package io.lodestar.jira.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertThrows;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.jdbc.NonTransactional;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * {@link EntityManagerActiveObjects#executeInTransaction} really commits and really rolls back,
 * seen from another thread (another connection). Non-transactional tests, so that commits are real.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(LodestarDatabase.class)
@Data(LodestarSchemaUpdater.class)
public class EntityManagerActiveObjectsTest {

    private EntityManager entityManager;
    private EntityManagerActiveObjects ao;
    private ExecutorService otherThread;

    @Before
    public void createAdapter() {
        ao = new EntityManagerActiveObjects(entityManager);
        otherThread = Executors.newSingleThreadExecutor();
    }

    @After
    public void stopOtherThread() throws InterruptedException {
        otherThread.shutdownNow();
        otherThread.awaitTermination(30, TimeUnit.SECONDS);
    }

    private void setting(String name) {
        Map<String, Object> row = new HashMap<>();
        row.put(SettingEntity.SCOPE, "global");
        row.put(SettingEntity.NAME, name);
        ao.create(SettingEntity.class, row);
    }

    private int settingsSeenFromAnotherConnection() throws Exception {
        return otherThread.submit(() -> ao.count(SettingEntity.class)).get(30, TimeUnit.SECONDS);
    }

    @Test
    @NonTransactional
    public void shouldCommitEveryWriteWhenCallbackReturns() throws Exception {
        String result = ao.executeInTransaction(() -> {
            setting("storyPointsField");
            setting("doneStatuses");
            return "done";
        });

        assertEquals("done", result);
        assertEquals(2, settingsSeenFromAnotherConnection());
    }

    @Test
    @NonTransactional
    public void shouldRollBackEveryWriteAndRethrowWhenCallbackThrows() throws Exception {
        IllegalStateException failure = new IllegalStateException("fails after two writes");

        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
            setting("storyPointsField");
            setting("doneStatuses");
            throw failure;
        }));

        assertSame(failure, thrown);
        assertEquals(0, settingsSeenFromAnotherConnection());
        assertEquals(0, ao.count(SettingEntity.class));
    }

    @Test
    @NonTransactional
    public void shouldRollBackOuterWritesWhenNestedCallThrows() throws Exception {
        assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
            setting("outer");
            return ao.executeInTransaction(() -> {
                setting("inner");
                throw new IllegalStateException("inner fails");
            });
        }));

        assertEquals(0, settingsSeenFromAnotherConnection());
    }

    @Test
    @NonTransactional
    public void shouldBeUsableAgainWhenPreviousTransactionFailed() throws Exception {
        assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
            setting("lost");
            throw new IllegalStateException("fails");
        }));

        ao.executeInTransaction(() -> {
            setting("kept");
            return null;
        });

        assertEquals(1, settingsSeenFromAnotherConnection());
    }

    @Test
    public void shouldUndoOnlyItsOwnWritesWhenFailingInsideAnOuterTransaction() {
        setting("before");

        assertThrows(IllegalStateException.class, () -> ao.executeInTransaction(() -> {
            setting("during");
            throw new IllegalStateException("fails");
        }));

        assertEquals(1, ao.count(SettingEntity.class));
    }
}
