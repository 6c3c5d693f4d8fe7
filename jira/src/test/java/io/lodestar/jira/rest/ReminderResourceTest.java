package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;

/**
 * {@code /users/me/reminders}: each user's weekly check-in reminder switch; {@code remindersEnabled} in
 * {@code /settings}: the administrators' switch for everyone.
 */
public class ReminderResourceTest extends RestTestBase {

    @Test
    public void shouldKeepMyReminderSwitchOnByDefaultAndSwitchItOffForMeOnly() {
        jira.login("alice");
        JsonNode mine = ok(get("users/me/reminders"), 200);
        assertTrue(mine.get("checkInReminders").asBoolean());
        assertTrue(mine.get("remindersEnabled").asBoolean());

        assertFalse(ok(put("users/me/reminders", json("{'checkInReminders':false}")), 200)
                .get("checkInReminders").asBoolean());

        assertFalse(ok(get("users/me/reminders"), 200).get("checkInReminders").asBoolean());
        assertFalse(jira.reminderPreferences.enabledFor("alice"));
        jira.login("carol");
        assertTrue(ok(get("users/me/reminders"), 200).get("checkInReminders").asBoolean());
    }

    @Test
    public void shouldAnswer400NamingTheFieldWhenTheSwitchIsMissingOrNotABoolean() {
        jira.login("alice");
        assertEquals("checkInReminders", error(put("users/me/reminders", "{}"), 400).get("field").asText());
        assertEquals(400, put("users/me/reminders", json("{'checkInReminders':'maybe'}")).getStatus());
        assertTrue(jira.reminderPreferences.enabledFor("alice"));
    }

    @Test
    public void shouldAnswer401WhenAnonymous() {
        jira.logout();
        error(get("users/me/reminders"), 401);
        error(put("users/me/reminders", json("{'checkInReminders':false}")), 401);
    }

    @Test
    public void shouldLetAJiraAdministratorSwitchRemindersOffForEveryone() {
        jira.login("root");
        JsonNode saved = ok(put("settings", json("{'storyPointsFieldId':null,'doneStatusIds':{},'remindersEnabled':false}")), 200);
        assertFalse(saved.get("remindersEnabled").asBoolean());

        jira.login("alice");
        assertFalse(ok(get("settings"), 200).get("remindersEnabled").asBoolean());
        assertFalse(ok(get("users/me/reminders"), 200).get("remindersEnabled").asBoolean());
        // A PUT without the field switches them back on (its default).
        jira.login("root");
        assertTrue(ok(put("settings", json("{'doneStatusIds':{}}")), 200).get("remindersEnabled").asBoolean());
    }
}
