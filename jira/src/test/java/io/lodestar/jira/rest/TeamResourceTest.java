package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;

/** {@code /teams}: the team picker's choices, the projects the user may browse. */
public class TeamResourceTest extends RestTestBase {

    @Test
    public void shouldListTheProjectsTheUserMayBrowseByKey() {
        jira.hideProject("NOVA", "carol");
        jira.login("alice");
        JsonNode all = ok(get("teams"), 200);
        jira.login("carol");
        JsonNode some = ok(get("teams"), 200);

        assertEquals(2, all.size());
        assertEquals("NOVA", all.get(0).get("key").asText());
        assertEquals("Nova", all.get(0).get("name").asText());
        assertEquals("TEAM", all.get(1).get("key").asText());
        assertEquals(1, some.size());
        assertEquals("TEAM", some.get(0).get("key").asText());
    }

    @Test
    public void shouldAnswer401WhenNotLoggedIn() {
        error(get("teams"), 401);
    }
}
