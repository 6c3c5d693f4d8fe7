package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import java.util.List;
import org.junit.Test;

public class CycleResourceTest extends RestTestBase {

    @Test
    public void shouldListCyclesNewestFirstWhenLoggedIn() {
        quarter(2026, 1);
        quarter(2026, 2);
        jira.login("carol");

        JsonNode cycles = ok(get("cycles"), 200);

        assertEquals("2026 Q2", cycles.get(0).get("name").asText());
        assertEquals("2026 Q1", cycles.get(1).get("name").asText());
        assertEquals("2026-01-01", cycles.get(1).get("start").asText());
        double elapsed = cycles.get(1).get("elapsed").asDouble();
        assertTrue("mid-February is about half of Q1: " + elapsed, elapsed > 0.49 && elapsed < 0.52);
        assertEquals(0.0, cycles.get(0).get("elapsed").asDouble(), 0.0);
    }

    @Test
    public void shouldAnswer401WhenNotLoggedIn() {
        JsonNode error = error(get("cycles"), 401);

        assertTrue(error.get("field").isNull());
    }

    @Test
    public void shouldCreateACycleWhenJiraAdministrator() {
        jira.login("root");

        JsonNode created = ok(post("cycles", json("{'name':'2026 H2','kind':'HALF','start':'2026-07-01','end':'2027-01-01'}")), 201);

        assertEquals("2026 H2", created.get("name").asText());
        assertEquals(1, created.get("version").asLong());
        assertTrue(created.get("id").asLong() > 0);
        assertEquals(1, store.cycles().size());
    }

    @Test
    public void shouldAnswer403WhenSomeoneElseCreatesACycle() {
        jira.login("bob");

        error(post("cycles", json("{'name':'2026 H2','kind':'HALF','start':'2026-07-01','end':'2027-01-01'}")), 403);

        assertTrue(store.cycles().isEmpty());
    }

    @Test
    public void shouldAnswer400NamingTheFieldWhenADateIsMalformed() {
        jira.login("root");

        JsonNode error = error(post("cycles", json("{'name':'X','kind':'CUSTOM','start':'1st of July','end':'2027-01-01'}")), 400);

        assertEquals("cycle.start", error.get("field").asText());
    }

    @Test
    public void shouldAnswer400NamingTheFieldWhenTheKindIsUnknown() {
        jira.login("root");

        JsonNode error = error(post("cycles", json("{'name':'X','kind':'DECADE','start':'2026-07-01','end':'2027-01-01'}")), 400);

        assertEquals("cycle.kind", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("QUARTER"));
    }

    @Test
    public void shouldAnswer400WhenTheEndIsNotAfterTheStart() {
        jira.login("root");

        JsonNode error = error(post("cycles", json("{'name':'X','kind':'CUSTOM','start':'2026-07-01','end':'2026-07-01'}")), 400);

        assertEquals("cycle.end", error.get("field").asText());
    }

    @Test
    public void shouldGradeTheCycleAndCarryAnUnfinishedKeyResultOverWhenClosed() {
        Cycle q1 = quarter(2026, 1);
        Cycle q2 = quarter(2026, 2);
        Objective grow = objective(q1, "Grow", "alice", ObjectiveLevel.COMPANY, null);
        KeyResult signups = numeric(grow, "Sign-ups", "alice", 0, 100);
        store.appendCheckIn(io.lodestar.core.okr.CheckIn.of(signups.id(), 50.0,
                io.lodestar.core.okr.Confidence.ON_TRACK, "", "alice", CLOCK.instant()));
        Objective growMore = objective(q2, "Grow more", "alice", ObjectiveLevel.COMPANY, null);
        jira.login("root");

        JsonNode closed = ok(post("cycles/" + q1.id() + "/close", json("{'version':1,'carryOver':[{'keyResultId':"
                + signups.id() + ",'objectiveId':" + growMore.id() + "}]}")), 200);

        assertTrue(closed.get("cycle").get("closed").asBoolean());
        assertEquals(0.5, closed.get("objectives").get(0).get("finalScore").asDouble(), 1e-9);
        assertEquals(growMore.id(), closed.get("carried").get(0).get("objectiveId").asLong());
        assertEquals(signups.id(), closed.get("carried").get(0).get("carriedFromId").asLong());
        assertTrue(store.findCycle(q1.id()).orElseThrow().closed());
    }

    @Test
    public void shouldAnswer409AndChangeNothingWhenClosingWithAStaleVersion() {
        Cycle q1 = quarter(2026, 1);
        jira.login("root");

        JsonNode error = error(post("cycles/" + q1.id() + "/close", json("{'version':7}")), 409);

        assertEquals("version", error.get("field").asText());
        assertTrue(!store.findCycle(q1.id()).orElseThrow().closed());
    }

    @Test
    public void shouldLeaveTheCycleOpenWhenACarryOverIsRefused() {
        Cycle q1 = quarter(2026, 1);
        Objective grow = objective(q1, "Grow", "alice", ObjectiveLevel.COMPANY, null);
        KeyResult signups = numeric(grow, "Sign-ups", "alice", 0, 100);
        jira.login("root");

        JsonNode error = error(post("cycles/" + q1.id() + "/close", json("{'version':1,'carryOver':[{'keyResultId':"
                + signups.id() + ",'objectiveId':" + grow.id() + "}]}")), 400);

        assertTrue(error.get("message").asText(), !store.findCycle(q1.id()).orElseThrow().closed());
    }

    @Test
    public void shouldEditTheNameKindAndDatesWhenAJiraAdministratorEditsAnOpenCycle() {
        Cycle q1 = quarter(2026, 1);
        jira.login("root");

        JsonNode edited = ok(put("cycles/" + q1.id(), json("{'version':1,'name':'Winter','kind':'CUSTOM',"
                + "'start':'2026-01-05','end':'2026-03-28'}")), 200);

        assertEquals("Winter", edited.get("name").asText());
        assertEquals("CUSTOM", edited.get("kind").asText());
        assertEquals("2026-03-28", edited.get("end").asText());
        assertEquals(2, edited.get("version").asLong());
        assertEquals(java.time.LocalDate.of(2026, 1, 5), store.findCycle(q1.id()).orElseThrow().start());
    }

    @Test
    public void shouldAnswer403WhenSomeoneElseEditsACycle() {
        Cycle q1 = quarter(2026, 1);
        jira.login("alice");

        error(put("cycles/" + q1.id(), json("{'version':1,'name':'Winter','kind':'CUSTOM','start':'2026-01-05',"
                + "'end':'2026-03-28'}")), 403);

        assertEquals(q1, store.findCycle(q1.id()).orElseThrow());
    }

    @Test
    public void shouldAnswer404BeforeReadingTheBodyWhenTheCycleIsUnknown() {
        jira.login("root");

        error(put("cycles/999", json("{'version':1,'name':''}")), 404);
    }

    @Test
    public void shouldAnswer400NamingTheFieldAnd409WhenAnEditIsRefused() {
        Cycle q1 = quarter(2026, 1);
        jira.login("root");

        assertEquals("cycle.end", error(put("cycles/" + q1.id(), json("{'version':1,'name':'Winter','kind':'CUSTOM',"
                + "'start':'2026-03-28','end':'2026-01-05'}")), 400).get("field").asText());
        assertEquals("cycle.start", error(put("cycles/" + q1.id(), json("{'version':1,'name':'Winter','kind':'CUSTOM',"
                + "'start':'','end':'2026-01-05'}")), 400).get("field").asText());
        assertEquals("cycle.kind", error(put("cycles/" + q1.id(), json("{'version':1,'name':'Winter',"
                + "'start':'2026-01-01','end':'2026-03-28'}")), 400).get("field").asText());
        assertEquals("version", error(put("cycles/" + q1.id(), json("{'name':'Winter','kind':'CUSTOM',"
                + "'start':'2026-01-01','end':'2026-03-28'}")), 400).get("field").asText());
        assertEquals("version", error(put("cycles/" + q1.id(), json("{'version':4,'name':'Winter','kind':'CUSTOM',"
                + "'start':'2026-01-01','end':'2026-03-28'}")), 409).get("field").asText());
        assertEquals(q1, store.findCycle(q1.id()).orElseThrow());
    }

    @Test
    public void shouldRefuseEveryWriteWhenTheCycleIsClosed() {
        Cycle q1 = quarter(2026, 1);
        Objective grow = objective(q1, "Grow", "alice", ObjectiveLevel.TEAM, "TEAM");
        KeyResult signups = numeric(grow, "Sign-ups", "alice", 0, 100);
        jira.issue(11, "TEAM-11", "Importer", "done", 3.0).issue(12, "TEAM-12", "Exporter", "new", 5.0);
        KeyResult tools = linkedWork(grow, "Tools", 11);
        jira.login("root");
        ok(post("cycles/" + q1.id() + "/close", json("{'version':1}")), 200);
        long version = store.findCycle(q1.id()).orElseThrow().version();
        jira.login("alice");

        assertEquals("cycle", error(post("key-results/" + signups.id() + "/check-ins",
                json("{'value':50,'confidence':'ON_TRACK'}")), 400).get("field").asText());
        assertEquals("cycle", error(put("key-results/" + signups.id(), json("{'version':2,'title':'More',"
                + "'kind':'NUMERIC','start':0,'target':200}")), 400).get("field").asText());
        assertEquals("cycle", error(post("objectives/" + grow.id() + "/key-results",
                json("{'title':'New','kind':'MILESTONE'}")), 400).get("field").asText());
        assertEquals("cycle", error(post("key-results/" + tools.id() + "/links", json("{'issueKey':'TEAM-12'}")), 400)
                .get("field").asText());
        assertEquals("cycle", error(delete("key-results/" + tools.id() + "/links/11"), 400).get("field").asText());
        assertEquals("cycle", error(delete("key-results/" + signups.id() + "?version=2"), 400).get("field").asText());
        jira.login("root");
        assertEquals("cycle", error(put("cycles/" + q1.id(), json("{'version':" + version + ",'name':'Winter',"
                + "'kind':'CUSTOM','start':'2026-01-01','end':'2026-03-28'}")), 400).get("field").asText());
        assertEquals("cycle", error(post("cycles/" + q1.id() + "/close", json("{'version':" + version + "}")), 400)
                .get("field").asText());

        assertTrue(store.checkInsOf(signups.id()).isEmpty());
        assertEquals(List.of(11L), store.linkedIssueIdsOf(tools.id()));
        assertEquals("2026 Q1", store.findCycle(q1.id()).orElseThrow().name());
        assertEquals(2, store.keyResultsOf(grow.id()).size());
        assertEquals(0.0, store.findKeyResult(signups.id()).orElseThrow().finalScore(), 0.0);
    }

    @Test
    public void shouldListTheKeyResultsTheUserIsDueToCheckInThisWeekWhenAsked() {
        Cycle q1 = quarter(2026, 1);
        Objective grow = objective(q1, "Grow", "root", ObjectiveLevel.TEAM, "TEAM");
        KeyResult signups = numeric(grow, "Sign-ups", "alice", 0, 100);
        KeyResult churn = numeric(grow, "Churn", "alice", 10, 5);
        numeric(grow, "Revenue", "bob", 0, 10);
        // CLOCK is Sunday 2026-02-15 10:00 UTC: the week began Monday 02-09.
        store.appendCheckIn(io.lodestar.core.okr.CheckIn.of(signups.id(), 50.0,
                io.lodestar.core.okr.Confidence.ON_TRACK, "", "alice", java.time.Instant.parse("2026-02-08T12:00:00Z")));
        store.appendCheckIn(io.lodestar.core.okr.CheckIn.of(churn.id(), 8.0,
                io.lodestar.core.okr.Confidence.ON_TRACK, "", "alice", java.time.Instant.parse("2026-02-02T10:00:00Z")));
        jira.login("alice");

        JsonNode due = ok(get("key-results/due-check-ins"), 200);

        assertEquals(due.toString(), 2, due.size());
        assertEquals("Churn", due.get(0).get("keyResult").get("title").asText());
        assertEquals("2026-02-09T10:00:00Z", due.get(0).get("dueAt").asText());
        assertTrue(due.get(0).get("overdue").asBoolean());
        assertEquals("Sign-ups", due.get(1).get("keyResult").get("title").asText());
        assertEquals("due 2026-02-15T12:00:00Z, after now and still this week", false,
                due.get(1).get("overdue").asBoolean());
        assertEquals("Grow", due.get(1).get("objective").get("title").asText());
        assertEquals("2026 Q1", due.get(1).get("cycle").get("name").asText());
        assertEquals(0.5, due.get(1).get("keyResult").get("score").asDouble(), 1e-9);
        jira.login("bob");
        assertEquals("Revenue", ok(get("key-results/due-check-ins"), 200).get(0).get("keyResult").get("title").asText());
    }
}
