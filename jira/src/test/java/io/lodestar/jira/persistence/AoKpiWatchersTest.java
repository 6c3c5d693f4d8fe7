package io.lodestar.jira.persistence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/** {@link AoKpiWatchers} and {@link AoCheckInReminders} on HSQLDB (or the database of {@code -Dlodestar.db.url}). */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(LodestarDatabase.class)
@Data(LodestarSchemaUpdater.class)
public class AoKpiWatchersTest {

    private EntityManager entityManager;
    private EntityManagerActiveObjects ao;
    private AoKpiWatchers watchers;
    private AoCheckInReminders reminders;

    @Before
    public void setUp() {
        ao = new EntityManagerActiveObjects(entityManager);
        ao.deleteWithSQL(KpiWatchEntity.class, "ID > ?", 0);
        ao.deleteWithSQL(CheckInReminderEntity.class, "ID > ?", 0);
        ao.deleteWithSQL(SettingEntity.class, "ID > ?", 0);
        watchers = new AoKpiWatchers(ao);
        reminders = new AoCheckInReminders(ao, Clock.fixed(Instant.parse("2026-03-18T10:00:00Z"), ZoneOffset.UTC));
    }

    @Test
    public void shouldKeepEachWatcherOncePerKpiAsAnotherNodeReadsThem() {
        assertTrue(watchers.watch(7, "carol"));
        assertTrue(watchers.watch(7, "alice"));
        assertFalse(watchers.watch(7, "carol"));
        assertTrue(watchers.watch(8, "bob"));

        assertEquals(List.of("alice", "carol"), new AoKpiWatchers(ao).watchers(7));
        assertEquals(List.of("bob"), watchers.watchers(8));
        assertEquals(2, ao.count(KpiWatchEntity.class, KpiWatchEntity.KPI_ID + " = ?", 7L));
    }

    @Test
    public void shouldListADuplicateRowOnceAndUnwatchEveryRowOfThePair() {
        // Two nodes inserting at once may both land.
        ao.create(KpiWatchEntity.class, Map.of(KpiWatchEntity.KPI_ID, 7L, KpiWatchEntity.USER_KEY, "carol"));
        ao.create(KpiWatchEntity.class, Map.of(KpiWatchEntity.KPI_ID, 7L, KpiWatchEntity.USER_KEY, "carol"));
        assertEquals(List.of("carol"), watchers.watchers(7));

        assertTrue(watchers.unwatch(7, "carol"));
        assertFalse(watchers.unwatch(7, "carol"));
        assertEquals(List.of(), watchers.watchers(7));
    }

    @Test
    public void shouldMarkAnOwnersWeekOnceOnly() {
        assertTrue(reminders.markSent("alice", "2026-W12"));
        assertFalse(new AoCheckInReminders(ao, Clock.systemUTC()).markSent("alice", "2026-W12"));
        assertTrue(reminders.markSent("alice", "2026-W13"));
        assertTrue(reminders.markSent("bob", "2026-W12"));
        assertEquals(3, ao.count(CheckInReminderEntity.class));
    }

    @Test
    public void shouldKeepEachUsersReminderSwitchOnByDefault() {
        assertTrue(reminders.enabledFor("alice"));
        assertFalse(reminders.setEnabledFor("alice", false));
        assertFalse(new AoCheckInReminders(ao, Clock.systemUTC()).enabledFor("alice"));
        assertTrue(reminders.enabledFor("bob"));
        reminders.setEnabledFor("alice", true);
        assertTrue(reminders.enabledFor("alice"));
        assertEquals(1, ao.count(SettingEntity.class));
    }
}
