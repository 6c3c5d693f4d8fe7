package io.lodestar.jira.settings;

/**
 * Each user's own switch for the weekly check-in reminder e-mail (on unless they switched it off). Implementations
 * keep nothing in memory: a change on one node is what the next read sees on every node.
 */
public interface ReminderPreferences {

    /** Whether the user wants check-in reminders: true unless they switched them off. */
    boolean enabledFor(String userKey);

    /** Switches the user's check-in reminders on or off; returns the stored choice. */
    boolean setEnabledFor(String userKey, boolean enabled);
}
