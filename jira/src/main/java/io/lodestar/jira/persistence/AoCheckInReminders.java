package io.lodestar.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.core.okr.CheckInReminders;
import io.lodestar.jira.settings.ReminderPreferences;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;
import net.java.ao.Query;

/**
 * The weekly check-in reminders' records: which owner was reminded in which ISO week ({@link CheckInReminders.Log},
 * {@link CheckInReminderEntity} rows) and each user's own switch (a {@link SettingEntity} row of scope
 * {@code user:<key>}, name {@value #CHECK_IN_REMINDERS}, value {@code true}/{@code false}; no row means on).
 *
 * <p>{@link #markSent} is one transaction (a count, then the insert). The job that calls it runs once per cluster
 * and under a cluster lock ({@code JiraCheckInReminderJobs}), so two nodes never mark the same week at once.
 */
public final class AoCheckInReminders implements CheckInReminders.Log, ReminderPreferences {

    static final String USER_SCOPE = "user:";
    static final String CHECK_IN_REMINDERS = "checkInReminders";

    private final ActiveObjects ao;
    private final Clock clock;

    public AoCheckInReminders(ActiveObjects ao, Clock clock) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean markSent(String owner, String week) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(week, "week");
        return ao.executeInTransaction(() -> {
            if (ao.count(CheckInReminderEntity.class, Query.select().where(CheckInReminderEntity.USER_KEY + " = ? AND "
                    + CheckInReminderEntity.WEEK + " = ?", owner, week)) > 0) {
                return false;
            }
            ao.create(CheckInReminderEntity.class, Map.of(CheckInReminderEntity.USER_KEY, owner,
                    CheckInReminderEntity.WEEK, week, CheckInReminderEntity.SENT_AT, clock.millis()));
            return true;
        });
    }

    @Override
    public boolean enabledFor(String userKey) {
        if (userKey == null) {
            return false;
        }
        boolean enabled = true;
        for (SettingEntity row : ao.find(SettingEntity.class, Query.select()
                .where(SettingEntity.SCOPE + " = ? AND " + SettingEntity.NAME + " = ?", scope(userKey), CHECK_IN_REMINDERS)
                .order("ID"))) {
            enabled = !"false".equals(row.getTextValue());
        }
        return enabled;
    }

    /** One transaction: the user's row is replaced. */
    @Override
    public boolean setEnabledFor(String userKey, boolean enabled) {
        String scope = TextLimits.requireShort(scope(Objects.requireNonNull(userKey, "userKey")), "reminders.user");
        return ao.executeInTransaction(() -> {
            ao.deleteWithSQL(SettingEntity.class, SettingEntity.SCOPE + " = ? AND " + SettingEntity.NAME + " = ?",
                    scope, CHECK_IN_REMINDERS);
            ao.create(SettingEntity.class, Map.of(SettingEntity.SCOPE, scope, SettingEntity.NAME, CHECK_IN_REMINDERS,
                    SettingEntity.TEXT_VALUE, Boolean.toString(enabled)));
            return enabled;
        });
    }

    private static String scope(String userKey) {
        return USER_SCOPE + userKey;
    }
}
