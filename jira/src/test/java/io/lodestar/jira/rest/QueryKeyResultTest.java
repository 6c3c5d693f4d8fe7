package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import org.junit.Before;
import org.junit.Test;

/** A key result from a JQL query over REST: counted as the reader may browse, with the hidden ones told (issue 11). */
public class QueryKeyResultTest extends RestTestBase {

    private Cycle q1;
    private Objective objective;

    @Before
    public void seed() {
        q1 = quarter(2026, 1);
        objective = objective(q1, "Quality", "alice", ObjectiveLevel.TEAM, "TEAM");
        jira.project("TEAM", "Team")
                .issue(1, "TEAM-1", "One", "done", 3.0)
                .issue(2, "TEAM-2", "Two", "done", 5.0)
                .issue(3, "TEAM-3", "Three", "new", 8.0)
                .issue(4, "TEAM-4", "Four", "indeterminate", 13.0);
    }

    private JsonNode add(String body) {
        jira.login("alice");
        return ok(post("objectives/" + objective.id() + "/key-results", json(body)), 201);
    }

    @Test
    public void shouldScoreTheShareOfDoneIssuesTheReaderMayBrowseAndTellHowManyAreHidden() {
        JsonNode kr = add("{'title':'Half the work done','kind':'JQL','jql':'project = TEAM','aggregate':'SHARE_DONE'}");
        assertEquals("JQL", kr.get("kind").asText());
        assertEquals(0.5, kr.get("score").asDouble(), 1e-12);
        assertEquals(4, kr.get("query").get("matching").asInt());
        assertEquals(2, kr.get("query").get("done").asInt());

        jira.hide(1, "carol").hide(2, "carol").login("carol");
        JsonNode seen = ok(get("objectives/" + objective.id()), 200).get("keyResults").get(0);

        assertEquals(0.0, seen.get("score").asDouble(), 0);
        assertEquals(2, seen.get("query").get("matching").asInt());
        assertEquals(2, seen.get("query").get("hidden").asInt());
        assertEquals(2, seen.get("hiddenIssues").asInt());
    }

    @Test
    public void shouldSumANumberFieldFromStartToTargetWhenSumming() {
        JsonNode kr = add("{'title':'Points','kind':'JQL','jql':'project = TEAM','aggregate':'SUM',"
                + "'field':'Story Points','unit':'points','start':0,'target':58}");

        assertEquals(29.0, kr.get("current").asDouble(), 1e-12);
        assertEquals(0.5, kr.get("score").asDouble(), 1e-12);
        assertEquals("Story Points", kr.get("query").get("field").asText());
    }

    @Test
    public void shouldRefuseAQueryJiraDoesNotParseAndFieldsTheKindDoesNotUse() {
        jira.login("alice");
        assertEquals("keyResult.jql", error(post("objectives/" + objective.id() + "/key-results",
                json("{'title':'Bad','kind':'JQL','jql':'assignee in (','aggregate':'SHARE_DONE'}")), 400)
                .get("field").asText());
        assertEquals("keyResult.jql", error(post("objectives/" + objective.id() + "/key-results",
                json("{'title':'Bad','kind':'JQL','aggregate':'SHARE_DONE'}")), 400).get("field").asText());
        assertEquals("keyResult.field", error(post("objectives/" + objective.id() + "/key-results",
                json("{'title':'Bad','kind':'JQL','jql':'project = TEAM','aggregate':'SUM','start':0,'target':5}")), 400)
                .get("field").asText());
        assertEquals("keyResult.jql", error(post("objectives/" + objective.id() + "/key-results",
                json("{'title':'Bad','kind':'NUMERIC','jql':'project = TEAM'}")), 400).get("field").asText());
        assertTrue(store.keyResultsOf(objective.id()).isEmpty());
    }
}
