package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.Test;

/** {@code /kpis/{id}/watchers}: I watch or stop watching a KPI; GET tells whether I watch and how many do. */
public class KpiWatcherResourceTest extends RestTestBase {

    private static final String LEAD_TIME = "{'name':'Lead time','description':'','type':'LEAD_TIME',"
            + "'parameters':{'statistic':'MEDIAN'},'source':{'kind':'PROJECT','value':'TEAM'},'frequency':'WEEKLY',"
            + "'zone':'UTC','owner':'alice','kind':'GROWING','direction':'LOWER_IS_BETTER','target':5,"
            + "'alertThreshold':8,'actionIfAlert':'','leading':false}";

    private long createLeadTime() {
        jira.project("TEAM").login("alice");
        return ok(post("kpis", json(LEAD_TIME)), 201).get("id").asLong();
    }

    @Test
    public void shouldWatchAndUnwatchAKpiAndCountItsWatchers() {
        long id = createLeadTime();
        jira.login("carol");
        JsonNode before = ok(get("kpis/" + id + "/watchers"), 200);
        assertFalse(before.get("watching").asBoolean());
        assertEquals(0, before.get("count").asInt());

        JsonNode watched = ok(put("kpis/" + id + "/watchers/me", "{}"), 200);
        assertTrue(watched.get("watching").asBoolean());
        assertEquals(1, watched.get("count").asInt());
        // Watching twice is watching once.
        assertEquals(1, ok(put("kpis/" + id + "/watchers/me", "{}"), 200).get("count").asInt());
        jira.login("alice");
        JsonNode alice = ok(put("kpis/" + id + "/watchers/me", "{}"), 200);
        assertEquals(2, alice.get("count").asInt());
        assertEquals(List.of("alice", "carol"), jira.kpiWatchers.watchers(id));

        jira.login("carol");
        JsonNode unwatched = ok(delete("kpis/" + id + "/watchers/me"), 200);
        assertFalse(unwatched.get("watching").asBoolean());
        assertEquals(1, unwatched.get("count").asInt());
        assertEquals(List.of("alice"), jira.kpiWatchers.watchers(id));
    }

    @Test
    public void shouldAnswer403ToAWatcherWhoMayNotBrowseTheKpisProjectAndStoreNothing() {
        long id = createLeadTime();
        jira.hideProject("TEAM", "carol").login("carol");

        error(put("kpis/" + id + "/watchers/me", "{}"), 403);

        assertEquals(List.of(), jira.kpiWatchers.watchers(id));
        assertEquals(0, ok(get("kpis/" + id + "/watchers"), 200).get("count").asInt());
    }

    @Test
    public void shouldAnswer404ForAnUnknownKpiAnd401WhenAnonymous() {
        jira.login("carol");
        error(put("kpis/999/watchers/me", "{}"), 404);
        error(get("kpis/999/watchers"), 404);
        long id = createLeadTime();
        jira.logout();
        error(put("kpis/" + id + "/watchers/me", "{}"), 401);
        error(get("kpis/" + id + "/watchers"), 401);
    }
}
