package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import org.junit.Before;
import org.junit.Test;

public class KeyResultResourceTest extends RestTestBase {

    private Objective objective;
    private KeyResult signups;

    @Before
    public void seed() {
        Cycle q1 = quarter(2026, 1);
        objective = objective(q1, "Grow", "alice", ObjectiveLevel.TEAM, "TEAM");
        signups = numeric(objective, "Sign-ups", "carol", 0, 100);
        jira.issue(11, "TEAM-11", "Importer", "done", 3.0)
                .issue(12, "TEAM-12", "Exporter", "new", 5.0);
    }

    @Test
    public void shouldRecordACheckInByTheKeyResultOwnerAndListCheckInsNewestFirst() {
        jira.login("carol");

        JsonNode checkIn = ok(post("key-results/" + signups.id() + "/check-ins",
                json("{'value':40,'confidence':'AT_RISK','note':'slow month'}")), 201);
        ok(post("key-results/" + signups.id() + "/check-ins", json("{'value':45,'confidence':'ON_TRACK'}")), 201);
        JsonNode history = ok(get("key-results/" + signups.id() + "/check-ins"), 200);

        assertEquals("carol", checkIn.get("author").asText());
        assertEquals("Carol Clark", checkIn.get("authorName").asText());
        assertEquals("2026-02-15T10:00:00Z", checkIn.get("at").asText());
        assertEquals(2, history.size());
        assertEquals(45.0, history.get(0).get("value").asDouble(), 0.0);
    }

    @Test
    public void shouldAnswer403WhenSomeoneWhoMayNotEditChecksIn() {
        KeyResult unowned = numeric(objective, "Churn", null, 10, 5);
        jira.login("carol");

        error(post("key-results/" + unowned.id() + "/check-ins", json("{'value':8,'confidence':'ON_TRACK'}")), 403);

        assertTrue(store.checkInsOf(unowned.id()).isEmpty());
    }

    @Test
    public void shouldAnswer400WhenTheConfidenceIsMissingOrAValueIsNotANumber() {
        jira.login("alice");

        assertEquals("checkIn.confidence",
                error(post("key-results/" + signups.id() + "/check-ins", json("{'value':8}")), 400).get("field").asText());
        assertEquals("value",
                error(post("key-results/" + signups.id() + "/check-ins", json("{'value':'8','confidence':'ON_TRACK'}")), 400)
                        .get("field").asText());
    }

    @Test
    public void shouldAnswer404ForTheCheckInsOfAnUnknownKeyResult() {
        jira.login("alice");

        error(get("key-results/999/check-ins"), 404);
        error(post("key-results/999/check-ins", json("{'value':1,'confidence':'ON_TRACK'}")), 404);
    }

    @Test
    public void shouldEditAKeyResultAndAnswer409WhenTheVersionIsStale() {
        jira.login("alice");

        JsonNode edited = ok(put("key-results/" + signups.id(), json("{'version':1,'title':'Sign-ups per week','owner':'carol',"
                + "'kind':'NUMERIC','format':'NUMBER','start':0,'target':120}")), 200);
        error(put("key-results/" + signups.id(), json("{'version':1,'title':'Again','kind':'MILESTONE'}")), 409);

        assertEquals(2, edited.get("version").asLong());
        assertEquals(120.0, edited.get("target").asDouble(), 0.0);
        assertEquals("Sign-ups per week", store.findKeyResult(signups.id()).orElseThrow().title());
    }

    @Test
    public void shouldAnswer400NamingTheFieldWhenAnEditedNumberOrACheckInValueIsBeyondWhatTheDatabaseKeeps() {
        jira.login("alice");

        assertEquals("keyResult.target", error(put("key-results/" + signups.id(), json("{'version':1,'title':'Sign-ups',"
                + "'kind':'NUMERIC','start':0,'target':1e300}")), 400).get("field").asText());
        assertEquals("keyResult.weight", error(put("key-results/" + signups.id(), json("{'version':1,'title':'Sign-ups',"
                + "'kind':'NUMERIC','start':0,'target':100,'weight':1e308}")), 400).get("field").asText());
        assertEquals("checkIn.value", error(post("key-results/" + signups.id() + "/check-ins",
                json("{'value':1e300,'confidence':'ON_TRACK'}")), 400).get("field").asText());
        assertEquals(1, store.findKeyResult(signups.id()).orElseThrow().version());
    }

    @Test
    public void shouldAnswer400OnTheOwnerWhenJiraKnowsNoSuchUser() {
        jira.login("alice");

        JsonNode added = error(post("objectives/" + objective.id() + "/key-results",
                json("{'title':'Churn','owner':'nobody','kind':'NUMERIC','start':10,'target':5}")), 400);
        JsonNode edited = error(put("key-results/" + signups.id(), json("{'version':1,'title':'Sign-ups','owner':'nobody',"
                + "'kind':'NUMERIC','start':0,'target':100}")), 400);

        assertEquals("keyResult.owner", added.get("field").asText());
        assertEquals("no user nobody", added.get("message").asText());
        assertEquals("keyResult.owner", edited.get("field").asText());
        assertEquals(1, store.findKeyResult(signups.id()).orElseThrow().version());
    }

    @Test
    public void shouldAnswer400OnTheKpiIdWhenAnEditNamesNoStoredKpi() {
        jira.login("alice");

        JsonNode error = error(put("key-results/" + signups.id(), json("{'version':1,'title':'Sign-ups','kind':'KPI',"
                + "'kpiId':999,'start':0,'target':100}")), 400);

        assertEquals("keyResult.kpiId", error.get("field").asText());
        assertEquals(1, store.findKeyResult(signups.id()).orElseThrow().version());
    }

    @Test
    public void shouldKeepTheKindWhenAnEditSendsNone() {
        jira.login("alice");

        JsonNode kept = ok(put("key-results/" + signups.id(), json("{'version':1,'title':'Same kind','start':0,'target':90}")), 200);

        assertEquals("NUMERIC", kept.get("kind").asText());
        assertEquals(90.0, kept.get("target").asDouble(), 0.0);
    }

    @Test
    public void shouldDeleteAKeyResultWhenTheEditorSendsTheVersion() {
        jira.login("bob");

        assertEquals(204, delete("key-results/" + signups.id() + "?version=1").getStatus());

        assertTrue(store.findKeyResult(signups.id()).isEmpty());
    }

    @Test
    public void shouldLinkAnIssueByKeyAndCountItInTheKeyResultsProgress() {
        KeyResult work = linkedWork(objective, "Ship the tools");
        jira.login("alice");

        JsonNode linked = ok(post("key-results/" + work.id() + "/links", json("{'issueKey':'TEAM-11'}")), 201);
        ok(post("key-results/" + work.id() + "/links", json("{'issueKey':'TEAM-12'}")), 201);
        JsonNode node = ok(get("objectives/" + objective.id()), 200).get("keyResults").get(1);

        assertEquals("Importer", linked.get("summary").asText());
        assertEquals("Done", linked.get("status").asText());
        assertTrue(linked.get("done").asBoolean());
        assertEquals(2, node.get("links").size());
        assertEquals(1.0, node.get("linkTotals").get("done").asDouble(), 0.0);
        assertEquals(2.0, node.get("linkTotals").get("total").asDouble(), 0.0);
        assertEquals(0.5, node.get("score").asDouble(), 1e-9);
    }

    @Test
    public void shouldAnswer400WhenLinkingAnIssueTheUserMayNotBrowse() {
        KeyResult work = linkedWork(objective, "Ship the tools");
        jira.hide(12, "alice");
        jira.login("alice");

        JsonNode hidden = error(post("key-results/" + work.id() + "/links", json("{'issueKey':'TEAM-12'}")), 400);
        JsonNode missing = error(post("key-results/" + work.id() + "/links", json("{'issueKey':'NOPE-1'}")), 400);

        assertEquals("issueKey", hidden.get("field").asText());
        assertEquals("the answer for a hidden issue reads like the one for a missing issue",
                hidden.get("message").asText().replace("TEAM-12", "?"), missing.get("message").asText().replace("NOPE-1", "?"));
        assertTrue(store.linkedIssueIdsOf(work.id()).isEmpty());
    }

    @Test
    public void shouldUnlinkAnIssue() {
        KeyResult work = linkedWork(objective, "Ship the tools", 11, 12);
        jira.login("alice");

        assertEquals(204, delete("key-results/" + work.id() + "/links/11").getStatus());

        assertEquals(java.util.List.of(12L), store.linkedIssueIdsOf(work.id()));
    }

    @Test
    public void shouldAnswer400WhenLinkingToAKeyResultThatIsNotLinkedWork() {
        jira.login("alice");

        JsonNode error = error(post("key-results/" + signups.id() + "/links", json("{'issueKey':'TEAM-11'}")), 400);

        assertEquals("keyResult", error.get("field").asText());
    }
}
