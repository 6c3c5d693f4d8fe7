package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.kpi.KpiMeasurement;
import java.util.List;
import javax.ws.rs.core.Response;
import org.junit.Test;

/**
 * "Measure now" and an administrator's re-measure over HTTP (issue 14): the request only queues a run (202 with its
 * Location) and measures nothing; the background execution is played by the test (as the scheduler would), then the
 * run's progress is read back. The clock stands on Sunday 2026-02-15: W06 is the last closed week, W07 is open.
 */
public class MeasurementRunResourceTest extends RestTestBase {

    private static final String LEAD_TIME = "{'name':'Lead time','type':'LEAD_TIME','parameters':{'statistic':'MEDIAN'},"
            + "'source':{'kind':'PROJECT','value':'TEAM'},'frequency':'WEEKLY','zone':'UTC','owner':'alice',"
            + "'kind':'GROWING','direction':'LOWER_IS_BETTER','target':5,'alertThreshold':8}";

    private long createLeadTime() {
        jira.login("alice");
        return ok(post("kpis", json(LEAD_TIME)), 201).get("id").asLong();
    }

    @Test
    public void shouldQueueAndAnswer202WithoutMeasuringWhenTheOwnerMeasuresNow() {
        long kpiId = createLeadTime();

        Response response = post("kpi-runs", json("{'kpiId':" + kpiId + "}"));
        assertEquals(202, response.getStatus());
        assertTrue(response.getLocation().toString(), response.getLocation().toString().endsWith("kpi-runs/" + 1));
        JsonNode run = JSON_OF(response);

        assertEquals("QUEUED", run.get("state").asText());
        assertEquals("ON_DEMAND", run.get("kind").asText());
        assertEquals("alice", run.get("requestedBy").asText());
        assertFalse(run.get("finished").asBoolean());
        assertEquals("nothing measured in the request", List.of(), kpiStore.measurements(kpiId));
        assertEquals(List.of(run.get("id").asLong()), started);
    }

    @Test
    public void shouldShowProgressAndTheFrozenAndProvisionalValuesWhenTheRunHasRun() {
        long kpiId = createLeadTime();
        long runId = ok(post("kpi-runs", json("{'kpiId':" + kpiId + "}")), 202).get("id").asLong();

        measuring.execute(runId);
        JsonNode run = ok(get("kpi-runs/" + runId), 200);

        assertEquals("DONE", run.get("state").asText());
        assertEquals(1, run.get("kpisTotal").asInt());
        assertEquals(1, run.get("kpisDone").asInt());
        assertEquals(0, run.get("issuesRead").asInt());
        assertTrue(run.get("finished").asBoolean());
        JsonNode history = ok(get("kpis/" + kpiId + "/history"), 200);
        assertEquals(2, history.size());
        assertEquals("2026-W06", history.get(0).get("period").asText());
        assertFalse(history.get(0).get("provisional").asBoolean());
        assertEquals("2026-W07", history.get(1).get("period").asText());
        assertTrue("the open week", history.get(1).get("provisional").asBoolean());
        assertEquals("the current value is the closed week's", "2026-W06",
                ok(get("kpis/" + kpiId), 200).get("current").get("period").asText());
    }

    @Test
    public void shouldAnswer403And404AndQueueNothingWhenSomeoneElseOrAnUnknownKpi() {
        long kpiId = createLeadTime();
        jira.login("carol");

        error(post("kpi-runs", json("{'kpiId':" + kpiId + "}")), 403);
        error(post("kpi-runs", json("{'kpiId':999}")), 404);
        jira.logout();
        error(post("kpi-runs", json("{'kpiId':" + kpiId + "}")), 401);

        assertEquals(List.of(), runs.recent(10));
        assertEquals(List.of(), started);
    }

    @Test
    public void shouldReplaceAFrozenWeekAndRecordWhoWhenAnAdministratorRemeasuresIt() {
        long kpiId = createLeadTime();
        measuring.execute(ok(post("kpi-runs", json("{'kpiId':" + kpiId + "}")), 202).get("id").asLong());
        jira.login("root");

        JsonNode queued = ok(post("kpi-runs/remeasure", json("{'kpiId':" + kpiId + ",'period':'2026-W06'}")), 202);
        measuring.execute(queued.get("id").asLong());

        assertEquals("REMEASURE", queued.get("kind").asText());
        assertEquals("2026-W06", queued.get("period").asText());
        KpiMeasurement w06 = kpiStore.measurements(kpiId).get(0);
        assertEquals("root", w06.remeasuredBy());
        assertEquals(CLOCK.instant(), w06.recordedAt());
        assertEquals("root", ok(get("kpis/" + kpiId + "/history"), 200).get(0).get("remeasuredBy").asText());
    }

    @Test
    public void shouldRefuseARemeasureWhenNotAnAdministratorOrThePeriodIsOpenOrNotTheKpis() {
        long kpiId = createLeadTime();

        error(post("kpi-runs/remeasure", json("{'kpiId':" + kpiId + ",'period':'2026-W06'}")), 403);
        jira.login("root");
        JsonNode open = error(post("kpi-runs/remeasure", json("{'kpiId':" + kpiId + ",'period':'2026-W07'}")), 400);
        error(post("kpi-runs/remeasure", json("{'kpiId':" + kpiId + ",'period':'2026-02'}")), 400);

        assertTrue(open.toString(), open.toString().contains("period"));
        assertTrue(open.toString(), open.toString().contains("still open"));
        assertEquals(List.of(), runs.recent(10));
    }

    @Test
    public void shouldHideARunOfAKpiWhoseProjectTheViewerMayNotBrowse() {
        long kpiId = createLeadTime();
        long runId = ok(post("kpi-runs", json("{'kpiId':" + kpiId + "}")), 202).get("id").asLong();
        jira.hideProject("TEAM", "carol").login("carol");

        error(get("kpi-runs/" + runId), 403);
        error(get("kpi-runs/999"), 404);
    }

    private static JsonNode JSON_OF(Response response) {
        try {
            return JSON.readTree(response.readEntity(String.class));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    public void shouldListTheLatestRunsNewestFirstWithTheirFailureWhenAJiraAdministratorAsks() {
        long kpiId = createLeadTime();
        long first = ok(post("kpi-runs", json("{'kpiId':" + kpiId + "}")), 202).get("id").asLong();
        measuring.execute(first);
        long second = ok(post("kpi-runs", json("{'kpiId':" + kpiId + "}")), 202).get("id").asLong();
        jira.login("root");

        JsonNode latest = ok(get("kpi-runs?latest=1"), 200);
        JsonNode all = ok(get("kpi-runs"), 200);

        assertEquals(1, latest.size());
        assertEquals(second, latest.get(0).get("id").asLong());
        assertEquals("QUEUED", latest.get(0).get("state").asText());
        assertEquals(2, all.size());
        assertEquals(first, all.get(1).get("id").asLong());
        assertEquals("DONE", all.get(1).get("state").asText());
        assertTrue(all.get(1).has("issuesRead"));
        assertTrue(all.get(1).has("failure"));
        assertFalse(all.get(1).get("startedAt").isNull());
        assertFalse(all.get(1).get("finishedAt").isNull());
    }

    @Test
    public void shouldRefuseTheLatestRunsWhenTheUserIsNoAdministratorOrTheCountIsWrong() {
        error(get("kpi-runs?latest=5"), 401);
        jira.login("alice");
        error(get("kpi-runs?latest=5"), 403);
        jira.login("root");

        assertEquals("latest", error(get("kpi-runs?latest=0"), 400).get("field").asText());
        assertEquals("latest", error(get("kpi-runs?latest=101"), 400).get("field").asText());
        assertEquals("latest", error(get("kpi-runs?latest=ten"), 400).get("field").asText());
    }
}
