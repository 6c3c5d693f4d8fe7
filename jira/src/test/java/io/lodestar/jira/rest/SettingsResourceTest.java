package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import javax.ws.rs.client.Entity;
import org.junit.Test;

public class SettingsResourceTest extends RestTestBase {

    private static final String SETTINGS = "{'storyPointsFieldId':'customfield_10500',"
            + "'doneStatusIds':{'team':['10001','10100']}}";

    @Test
    public void shouldShowTheDefaultsToAnyLoggedInUserWhenNothingWasSaved() {
        jira.login("carol");

        JsonNode settings = ok(get("settings"), 200);

        assertTrue(settings.get("storyPointsFieldId").isNull());
        assertEquals(0, settings.get("doneStatusIds").size());
    }

    @Test
    public void shouldSaveAndShowTheSettingsWhenAJiraAdministratorReplacesThem() {
        jira.login("root");

        JsonNode saved = ok(put("settings", json(SETTINGS)), 200);

        assertEquals("customfield_10500", saved.get("storyPointsFieldId").asText());
        assertEquals("[\"10001\",\"10100\"]", saved.get("doneStatusIds").get("TEAM").toString());
        jira.login("alice");
        assertEquals(saved, ok(get("settings"), 200));
    }

    @Test
    public void shouldGoBackToTheDefaultsWhenTheSettingsAreEmpty() {
        jira.login("root");
        ok(put("settings", json(SETTINGS)), 200);

        JsonNode saved = ok(put("settings", "{}"), 200);

        assertTrue(saved.get("storyPointsFieldId").isNull());
        assertEquals(0, saved.get("doneStatusIds").size());
    }

    @Test
    public void shouldAnswer403WhenANonAdministratorReplacesTheSettings() {
        jira.login("bob");

        error(put("settings", json(SETTINGS)), 403);

        assertTrue(ok(get("settings"), 200).get("storyPointsFieldId").isNull());
    }

    @Test
    public void shouldAnswer401WhenNobodyIsLoggedIn() {
        error(get("settings"), 401);
        error(put("settings", json(SETTINGS)), 401);
    }

    @Test
    public void shouldAnswer400NamingTheFieldWhenTheSettingsAreInvalid() {
        jira.login("root");

        assertEquals("settings.storyPointsFieldId", error(put("settings",
                json("{'storyPointsFieldId':'Story Points'}")), 400).get("field").asText());
        assertEquals("settings.doneStatusIds.TEAM", error(put("settings",
                json("{'doneStatusIds':{'TEAM':['Done']}}")), 400).get("field").asText());
        assertEquals("settings.doneStatusIds.TEAM", error(put("settings",
                json("{'doneStatusIds':{'TEAM':[]}}")), 400).get("field").asText());
        assertEquals("settings.doneStatusIds", error(put("settings",
                json("{'doneStatusIds':{'not a key':['1']}}")), 400).get("field").asText());
        assertEquals("colour", error(put("settings", json("{'colour':'red'}")), 400).get("field").asText());
        assertTrue(ok(get("settings"), 200).get("storyPointsFieldId").isNull());
    }

    @Test
    public void shouldAnswer403WhenTheXsrfCheckFails() {
        jira.login("root");

        error(target("settings").request().put(Entity.text(json(SETTINGS))), 403);
    }

    @Test
    public void shouldListJirasNumberFieldsOnlyByNameWhenAJiraAdministratorAsks() {
        jira.login("root");

        JsonNode fields = ok(get("settings/fields"), 200);

        // Jira also has the text field "Sprint name" (FakeJira): not a number, so not offered.
        assertEquals(2, fields.size());
        assertEquals("Estimate", fields.get(0).get("name").asText());
        assertEquals("customfield_10500", fields.get(0).get("id").asText());
        assertEquals("Story Points", fields.get(1).get("name").asText());
    }

    @Test
    public void shouldListJirasStatusesWithTheirCategoryWhenAJiraAdministratorAsks() {
        jira.login("root");

        JsonNode statuses = ok(get("settings/statuses"), 200);

        assertEquals(3, statuses.size());
        assertEquals("Done", statuses.get(0).get("name").asText());
        assertEquals("10001", statuses.get(0).get("id").asText());
        assertEquals("done", statuses.get(0).get("categoryKey").asText());
        assertEquals("To Do", statuses.get(2).get("name").asText());
    }

    @Test
    public void shouldRefuseTheFieldsAndStatusesWhenTheUserIsNoJiraAdministrator() {
        error(get("settings/fields"), 401);
        error(get("settings/statuses"), 401);
        jira.login("bob");

        error(get("settings/fields"), 403);
        error(get("settings/statuses"), 403);
    }
}
