package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import org.junit.Before;
import org.junit.Test;

public class IssueResourceTest extends RestTestBase {

    private Objective objective;
    private KeyResult work;

    @Before
    public void seed() {
        Cycle q1 = quarter(2026, 1);
        objective = objective(q1, "Ship the tools", "alice", ObjectiveLevel.TEAM, "TEAM");
        jira.issue(11, "TEAM-11", "Importer", "done", 3.0).issue(12, "TEAM-12", "Exporter", "new", 5.0);
        work = linkedWork(objective, "Tools delivered", 11, 12);
    }

    @Test
    public void shouldListTheKeyResultsAnIssueIsLinkedToWithTheirObjective() {
        jira.login("carol");

        JsonNode entries = ok(get("issues/TEAM-11/key-results"), 200);

        assertEquals(1, entries.size());
        assertEquals(work.id(), entries.get(0).get("keyResult").get("id").asLong());
        assertEquals("Ship the tools", entries.get(0).get("objective").get("title").asText());
        assertEquals("TEAM", entries.get(0).get("objective").get("team").asText());
        assertEquals(false, entries.get(0).get("keyResult").get("canEdit").asBoolean());
    }

    @Test
    public void shouldAnswer404WhenTheIssueIsHiddenFromTheUserOrUnknown() {
        jira.hide(11, "carol");
        jira.login("carol");

        JsonNode hidden = error(get("issues/TEAM-11/key-results"), 404);
        JsonNode unknown = error(get("issues/NOPE-9/key-results"), 404);

        assertEquals(hidden.get("message").asText().replace("TEAM-11", "?"), unknown.get("message").asText().replace("NOPE-9", "?"));
    }

    @Test
    public void shouldLeaveHiddenSiblingsOutOfTheKeyResultsLinks() {
        jira.hide(12, "carol");
        jira.login("carol");

        JsonNode kr = ok(get("issues/TEAM-11/key-results"), 200).get(0).get("keyResult");

        assertEquals(1, kr.get("links").size());
        assertEquals(1.0, kr.get("score").asDouble(), 1e-9);
    }

    @Test
    public void shouldAnswer401WhenNotLoggedIn() {
        error(get("issues/TEAM-11/key-results"), 401);
    }
}
