package io.lodestar.jira.app;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.okr.CheckInReminders;
import io.lodestar.jira.settings.AppSettingsStore;
import io.lodestar.jira.settings.ReminderPreferences;

/**
 * The weekly check-in reminder's switches: each user's own ({@code /users/me/reminders}, only ever the signed-in
 * user's) and, read from the app settings, the administrators' switch for everyone. As core's
 * {@link CheckInReminders.Switches} it tells the weekly job whom to remind: nobody when an administrator switched
 * reminders off, else every owner who did not switch them off.
 */
public final class ReminderActions implements CheckInReminders.Switches {

    public static final String FIELD = "checkInReminders";

    private final ReminderPreferences preferences;
    private final AppSettingsStore settings;
    private final OkrAccess access;

    public ReminderActions(ReminderPreferences preferences, AppSettingsStore settings, OkrAccess access) {
        this.preferences = preferences;
        this.settings = settings;
        this.access = access;
    }

    /** The signed-in user's switch, and whether reminders go out at all (the administrators' switch). */
    public record Choice(boolean checkInReminders, boolean remindersEnabled) {
    }

    /** The signed-in user's choice (401 when anonymous). */
    public Choice mine() {
        String user = access.requireUser();
        return new Choice(preferences.enabledFor(user), settings.read().remindersEnabled());
    }

    /** Switches the signed-in user's reminders on or off (401; 400 on {@value #FIELD} when it is not given). */
    public Choice setMine(Boolean checkInReminders) {
        String user = access.requireUser();
        InvalidInputException.require(checkInReminders != null, FIELD, "must be true or false");
        preferences.setEnabledFor(user, checkInReminders);
        return new Choice(preferences.enabledFor(user), settings.read().remindersEnabled());
    }

    @Override
    public boolean remindersEnabled() {
        return settings.read().remindersEnabled();
    }

    @Override
    public boolean remindersEnabledFor(String owner) {
        return preferences.enabledFor(owner);
    }
}
