package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
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
}
