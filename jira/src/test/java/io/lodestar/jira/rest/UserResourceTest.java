package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.Test;

/** {@code /users?query=}: the owner picker's suggestions. */
public class UserResourceTest extends RestTestBase {

    @Test
    public void shouldSuggestUsersByNameWithTheKeyToStore() {
        jira.login("carol");

        JsonNode users = ok(get("users?query=Ali"), 200);

        assertEquals(1, users.size());
        assertEquals("alice", users.get(0).get("key").asText());
        assertEquals("alice", users.get(0).get("username").asText());
        assertEquals("Alice Adams", users.get(0).get("displayName").asText());
    }

    @Test
    public void shouldSuggestNobodyWhenTheQueryIsBlankOrMatchesNoOne() {
        jira.login("carol");

        assertEquals(0, ok(get("users?query="), 200).size());
        assertEquals(0, ok(get("users"), 200).size());
        assertEquals(0, ok(get("users?query=zed"), 200).size());
    }

    @Test
    public void shouldAnswer401WhenNotLoggedIn() {
        error(get("users?query=a"), 401);
    }
}
