package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

/**
 * {@code GET /key-results?query=&team=}: the issue panel's picker. Only linked-work key results of open cycles
 * whose objective the user may edit; bob administers project TEAM, alice owns one objective of team OTHER.
 */
public class KeyResultResourcePickerTest extends RestTestBase {

    private KeyResult checkout;
    private KeyResult search;
    private KeyResult alicesOwn;

    @Before
    public void seed() {
        Cycle q1 = quarter(2026, 1);
        Cycle q4 = store.saveCycle(Cycle.quarter(2025, 4));
        store.saveCycle(store.findCycle(q4.id()).orElseThrow().close());
        Objective faster = objective(q1, "Faster checkout", "dave", ObjectiveLevel.TEAM, "TEAM");
        checkout = linkedWork(faster, "Checkout epics delivered");
        numeric(faster, "Checkout p95 under 2s", "dave", 4, 2);
        search = linkedWork(objective(q1, "Better search", "dave", ObjectiveLevel.TEAM, "TEAM"), "Search stories done");
        alicesOwn = linkedWork(objective(q1, "Docs", "alice", ObjectiveLevel.TEAM, "OTHER"), "Guides written");
        linkedWork(objective(q4, "Last quarter", "dave", ObjectiveLevel.TEAM, "TEAM"), "Old epics delivered");
    }

    @Test
    public void shouldOfferOnlyLinkedWorkKeyResultsOfOpenCyclesTheUserMayEditWhenSearchingWithoutWords() {
        jira.login("bob");

        JsonNode found = ok(get("key-results"), 200);

        assertEquals(List.of(checkout.id(), search.id()), ids(found));
        assertEquals("Faster checkout", found.get(0).get("objective").get("title").asText());
        assertEquals("TEAM", found.get(0).get("objective").get("team").asText());
        assertEquals("2026 Q1", found.get(0).get("cycleName").asText());
        assertEquals("ISSUE_COUNT", found.get(0).get("basis").asText());
    }

    @Test
    public void shouldMatchEveryWordInTheKeyResultObjectiveOrTeamWhenWordsAreGiven() {
        jira.login("bob");

        assertEquals(List.of(checkout.id()), ids(ok(get("key-results?query=FASTER%20epics"), 200)));
        assertEquals(List.of(search.id()), ids(ok(get("key-results?query=search%20team"), 200)));
        assertEquals(List.of(), ids(ok(get("key-results?query=checkout%20search"), 200)));
    }

    @Test
    public void shouldKeepOnlyTheTeamsObjectivesWhenATeamIsGiven() {
        jira.login("root");

        assertEquals(List.of(alicesOwn.id()), ids(ok(get("key-results?team=other"), 200)));
        assertEquals(List.of(checkout.id(), search.id(), alicesOwn.id()), ids(ok(get("key-results"), 200)));
    }

    @Test
    public void shouldOfferNothingWhenTheUserMayEditNoObjective() {
        jira.login("carol");

        assertEquals(List.of(), ids(ok(get("key-results"), 200)));
    }

    @Test
    public void shouldRefuseAnOverlongQueryOnItsFieldWhenSearching() {
        jira.login("bob");

        JsonNode refused = error(get("key-results?query=" + "x".repeat(256)), 400);

        assertEquals("query", refused.get("field").asText());
    }

    @Test
    public void shouldAnswer401WhenNobodyIsLoggedIn() {
        error(get("key-results"), 401);
    }

    private static List<Long> ids(JsonNode found) {
        List<Long> ids = new ArrayList<>();
        found.forEach(node -> ids.add(node.get("id").asLong()));
        return ids;
    }
}
