package io.lodestar.jira.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.lodestar.jira.settings.AppSettings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/** {@link AoAppSettingsStore} on HSQLDB (or the database given by {@code -Dlodestar.db.url}). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(LodestarDatabase.class)
@Data(LodestarSchemaUpdater.class)
public class AoAppSettingsStoreTest {

    private EntityManager entityManager;
    private EntityManagerActiveObjects ao;
    private AoAppSettingsStore store;

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        ao.deleteWithSQL(SettingEntity.class, "ID > ?", 0);
        store = new AoAppSettingsStore(ao);
    }

    private static AppSettings settings() {
        return AppSettings.of("customfield_10002", Map.of("TEAM", List.of("10001", "10100"), "OPS", List.of("6")));
    }

    @Test
    public void shouldReadTheDefaultsWhenNothingWasSaved() {
        assertEquals(AppSettings.defaults(), store.read());
    }

    @Test
    public void shouldReadWhatWasSavedWhenReadAgainLikeAnotherNodeWould() {
        store.replace(settings());

        AppSettings read = new AoAppSettingsStore(ao).read();

        assertEquals(settings(), read);
        assertEquals(Set.of("10001", "10100"), read.doneStatusIds("team").orElseThrow());
    }

    @Test
    public void shouldReplaceEverySettingWhenSavedAgain() {
        store.replace(settings());

        store.replace(AppSettings.of(null, Map.of("OPS", List.of("7"))));

        assertEquals(AppSettings.of(null, Map.of("OPS", List.of("7"))), store.read());
        // The OPS statuses and the reminders switch.
        assertEquals(2, ao.count(SettingEntity.class));
    }

    @Test
    public void shouldKeepTheRemindersSwitchOnByDefaultAndOffOnceSwitchedOffForEveryNode() {
        assertTrue(store.read().remindersEnabled());

        store.replace(settings().withRemindersEnabled(false));

        assertEquals(settings().withRemindersEnabled(false), new AoAppSettingsStore(ao).read());
        store.replace(settings());
        assertTrue(store.read().remindersEnabled());
    }

    @Test
    public void shouldReadInOneStatementWhateverTheNumberOfProjects() {
        store.replace(settings());

        List<String> statements = StatementCounter.statementsOf(entityManager, store::read);

        assertEquals(statements.toString(), 1, statements.size());
    }

    @Test
    public void shouldSkipAStoredValueThatIsNotValidWhenRead() {
        store.replace(settings());
        ao.create(SettingEntity.class, Map.of(SettingEntity.SCOPE, "project:DEV", SettingEntity.NAME, "doneStatusIds",
                SettingEntity.TEXT_VALUE, "Done,Closed"));
        ao.create(SettingEntity.class, Map.of(SettingEntity.SCOPE, "global", SettingEntity.NAME, "storyPointsFieldId",
                SettingEntity.TEXT_VALUE, "Story Points"));

        AppSettings read = store.read();

        assertEquals("customfield_10002", read.storyPointsFieldId());
        assertTrue(read.doneStatusIds("DEV").isEmpty());
    }

    @Test
    public void shouldKeepTheLastRowWhenTwoNodesSavedAtOnce() {
        store.replace(settings());
        ao.create(SettingEntity.class, Map.of(SettingEntity.SCOPE, "project:TEAM", SettingEntity.NAME, "doneStatusIds",
                SettingEntity.TEXT_VALUE, "42"));

        assertEquals(Set.of("42"), store.read().doneStatusIds("TEAM").orElseThrow());
    }

    @Test
    public void shouldKeepTheOldSettingsWhenAReplaceFailsHalfway() {
        store.replace(settings());
        String longKey = "A".repeat(250);

        try {
            store.replace(AppSettings.of("customfield_10500", Map.of(longKey, List.of("1"))));
            org.junit.Assert.fail("a scope longer than its column was accepted");
        } catch (io.lodestar.core.common.InvalidInputException expected) {
            assertEquals("settings.doneStatusIds", expected.field());
        }

        assertEquals(settings(), store.read());
    }
}
