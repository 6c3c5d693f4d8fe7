package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

/** GET /objectives/{id}/activity and /history, and the log every change writes (issue 11). */
public class ObjectiveActivityResourceTest extends RestTestBase {

    private Cycle q1;
    private Objective objective;

    @Before
    public void seed() {
        q1 = quarter(2026, 1);
        objective = objective(q1, "Delight customers", "alice", ObjectiveLevel.TEAM, "TEAM");
        jira.issue(11, "TEAM-11", "Checkout", "done", 3.0).issue(12, "NOVA-12", "Secret", "new", 5.0);
    }

    private List<String> kinds(JsonNode activity) {
        List<String> kinds = new ArrayList<>();
        activity.get("entries").forEach(e -> kinds.add(e.get("kind").asText()));
        return kinds;
    }

    @Test
    public void shouldRecordWhoDidWhatWhenObjectiveKeyResultsCheckInsAndLinksChange() {
        jira.login("alice");
        ok(put("objectives/" + objective.id(), json("{'version':1,'title':'Delight every customer','level':'TEAM',"
                + "'team':'TEAM','owner':'alice','state':'ACTIVE'}")), 200);
        JsonNode kr = ok(post("objectives/" + objective.id() + "/key-results",
                json("{'title':'NPS to 40','kind':'NUMERIC','format':'NUMBER','start':20,'target':40}")), 201);
        ok(post("key-results/" + kr.get("id").asLong() + "/check-ins", json("{'value':30,'confidence':'AT_RISK'}")), 201);
        JsonNode work = ok(post("objectives/" + objective.id() + "/key-results",
                json("{'title':'Epics done','kind':'LINKED_WORK','basis':'ISSUE_COUNT'}")), 201);
        ok(post("key-results/" + work.get("id").asLong() + "/links", json("{'issueKey':'TEAM-11'}")), 201);

        JsonNode activity = ok(get("objectives/" + objective.id() + "/activity"), 200);

        assertEquals(List.of("OBJECTIVE_EDITED", "STATE_CHANGED", "KEY_RESULT_ADDED", "CHECKED_IN", "KEY_RESULT_ADDED",
                "ISSUE_LINKED"), kinds(activity));
        JsonNode edited = activity.get("entries").get(0);
        assertEquals("alice", edited.get("actor").asText());
        assertEquals("Alice Adams", edited.get("actorName").asText());
        assertEquals("2026-02-15T10:00:00Z", edited.get("at").asText());
        assertEquals("[\"title\"]", edited.get("details").toString());
        assertEquals("[\"DRAFT\",\"ACTIVE\"]", activity.get("entries").get(1).get("details").toString());
        assertEquals("[\"AT_RISK\",\"30\"]", activity.get("entries").get(3).get("details").toString());
        assertEquals("NPS to 40", activity.get("entries").get(3).get("subject").asText());
        assertEquals("TEAM-11", activity.get("entries").get(5).get("issueKey").asText());
        assertEquals(0, activity.get("hiddenIssues").asInt());
    }

    @Test
    public void shouldRecordNothingWhenTheChangeIsRefused() {
        jira.login("alice");
        error(put("objectives/" + objective.id(), json("{'version':7,'title':'Stale','level':'TEAM','team':'TEAM'}")), 409);
        jira.login("carol");
        error(put("objectives/" + objective.id(), json("{'version':1,'title':'Not mine','level':'TEAM','team':'TEAM'}")), 403);

        assertTrue(store.activityOf(objective.id()).isEmpty());
    }

    @Test
    public void shouldHideTheIssueOfALinkEntryWhenTheViewerMayNotBrowseIt() {
        KeyResult work = linkedWork(objective, "Epics done");
        jira.login("alice");
        ok(post("key-results/" + work.id() + "/links", json("{'issueKey':'NOVA-12'}")), 201);
        ok(delete("key-results/" + work.id() + "/links/12"), 204);
        jira.hide(12, "carol").login("carol");

        JsonNode activity = ok(get("objectives/" + objective.id() + "/activity"), 200);

        assertEquals(List.of("ISSUE_LINKED", "ISSUE_UNLINKED"), kinds(activity));
        for (JsonNode entry : activity.get("entries")) {
            assertTrue(entry.get("issueKey").isNull());
            assertTrue(entry.get("issueHidden").asBoolean());
            assertEquals(0, entry.get("details").size());
        }
        assertEquals(2, activity.get("hiddenIssues").asInt());
        assertFalse(activity.toString().contains("NOVA-12"));
    }

    @Test
    public void shouldRecordRollUpWhenItIsChosen() {
        jira.login("alice");
        JsonNode edited = ok(put("objectives/" + objective.id(), json("{'version':1,'title':'Delight customers',"
                + "'level':'TEAM','team':'TEAM','owner':'alice','rollUp':true}")), 200);

        assertTrue(edited.get("rollUp").asBoolean());
        assertEquals(List.of("ROLL_UP_CHANGED"), kinds(ok(get("objectives/" + objective.id() + "/activity"), 200)));
    }

    @Test
    public void shouldAnswer401And404WhenReadingActivityOrHistory() {
        error(get("objectives/" + objective.id() + "/activity"), 401);
        jira.login("carol");
        error(get("objectives/999/activity"), 404);
        error(get("objectives/999/history"), 404);
    }

    @Test
    public void shouldGiveAWeeklyScoreHistoryWhenCheckInsWereMade() {
        KeyResult kr = numeric(objective, "NPS", "alice", 0, 10);
        store.appendCheckIn(io.lodestar.core.okr.CheckIn.of(kr.id(), 5.0, io.lodestar.core.okr.Confidence.ON_TRACK, "",
                "alice", java.time.Instant.parse("2026-01-20T10:00:00Z")));
        jira.login("carol");

        JsonNode history = ok(get("objectives/" + objective.id() + "/history"), 200);

        JsonNode points = history.get("points");
        // 1 January to 15 February: seven weekly points and one now
        assertEquals(8, points.size());
        assertEquals("2026-01-01T00:00:00Z", points.get(0).get("at").asText());
        assertEquals(0.0, points.get(0).get("score").asDouble(), 0);
        assertEquals(0.5, points.get(7).get("score").asDouble(), 1e-12);
        assertEquals("2026-02-15T10:00:00Z", points.get(7).get("at").asText());
        assertEquals("YELLOW", points.get(7).get("band").asText());
    }

    @Test
    public void shouldRecordTheClosingOfEachObjectiveAndTheCarriedKeyResultWhenTheCycleIsClosed() {
        KeyResult nps = numeric(objective, "NPS", "alice", 0, 10);
        Cycle q2 = quarter(2026, 2);
        Objective next = objective(q2, "Keep delighting", "alice", ObjectiveLevel.TEAM, "TEAM");
        jira.login("root");

        ok(post("cycles/" + q1.id() + "/close", json("{'version':1,'carryOver':[{'keyResultId':" + nps.id()
                + ",'objectiveId':" + next.id() + "}]}")), 200);

        JsonNode closed = ok(get("objectives/" + objective.id() + "/activity"), 200).get("entries");
        assertEquals(1, closed.size());
        assertEquals("STATE_CHANGED", closed.get(0).get("kind").asText());
        assertEquals("[\"DRAFT\",\"CLOSED\"]", closed.get(0).get("details").toString());
        assertEquals("root", closed.get(0).get("actor").asText());
        assertEquals(List.of("KEY_RESULT_ADDED"), kinds(ok(get("objectives/" + next.id() + "/activity"), 200)));
    }
}
