package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import org.junit.Test;

/** The KPI sheet's rules on /kpis: JQL checked by Jira's parser, who may change a KPI, and deleting a KPI that backs key results. */
public class KpiResourceSheetTest extends RestTestBase {

    private static final String THROUGHPUT = "{'name':'Throughput','type':'THROUGHPUT','source':{'kind':'JQL','value':'project = TEAM'},"
            + "'frequency':'WEEKLY','owner':'alice','team':'TEAM','kind':'GROWING','direction':'HIGHER_IS_BETTER',"
            + "'target':12,'alertThreshold':8}";

    @Test
    public void shouldCreateAKpiWithAJqlSourceWhenJiraParsesTheQuery() {
        jira.project("TEAM").login("alice");

        JsonNode kpi = ok(post("kpis", json(THROUGHPUT)), 201);

        assertEquals("JQL", kpi.get("source").get("kind").asText());
        assertEquals("project = TEAM", kpi.get("source").get("value").asText());
    }

    @Test
    public void shouldAnswer400OnTheSourceWithJirasMessageWhenTheJqlDoesNotParse() {
        jira.project("TEAM").login("alice");

        JsonNode error = error(post("kpis", json(THROUGHPUT.replace("project = TEAM", "project = = TEAM"))), 400);
        JsonNode unknown = error(post("kpis", json(THROUGHPUT.replace("project = TEAM", "project = NOPE"))), 400);

        assertEquals("kpi.source.value", error.get("field").asText());
        assertTrue(error.get("message").asText(), error.get("message").asText().contains("does not parse"));
        assertEquals("The value 'NOPE' does not exist for the field 'project'.", unknown.get("message").asText());
        assertTrue("a refused KPI is not stored", kpiStore.definitions().isEmpty());
    }

    @Test
    public void shouldLetTheTeamsProjectAdministratorCreateAndEditItsKpisWhenTheyOwnNone() {
        jira.project("TEAM").login("bob");

        JsonNode kpi = ok(post("kpis", json(THROUGHPUT)), 201);
        ok(put("kpis/" + kpi.get("id").asLong(), json(THROUGHPUT.replace("{'name'", "{'version':1,'name'"))), 200);

        assertTrue(kpi.get("canEdit").asBoolean());
        jira.login("carol");
        error(post("kpis", json(THROUGHPUT)), 403);
        error(put("kpis/" + kpi.get("id").asLong(), json(THROUGHPUT.replace("{'name'", "{'version':2,'name'"))), 403);
    }

    @Test
    public void shouldRefuseToDeleteAKpiThatBacksKeyResultsUntilTheUserConfirmsTurningThemIntoNumbers() {
        jira.project("TEAM").login("alice");
        long kpiId = ok(post("kpis", json(THROUGHPUT)), 201).get("id").asLong();
        Cycle quarter = quarter(2026, 1);
        Objective objective = objective(quarter, "Flow", "alice", ObjectiveLevel.TEAM, "TEAM");
        KeyResult tracked = store.saveKeyResult(KeyResult.of(objective.id(), "Throughput to 12", "alice",
                Measure.kpi(kpiId, "issues", 8, 12)));

        JsonNode refused = error(delete("kpis/" + kpiId + "?version=1"), 400);

        assertEquals("kpi.keyResults", refused.get("field").asText());
        assertTrue(refused.get("message").asText(), refused.get("message").asText().contains("\"Throughput to 12\""));
        assertTrue(kpiStore.find(kpiId).isPresent());
        assertEquals(tracked, store.findKeyResult(tracked.id()).orElseThrow());
        error(delete("kpis/" + kpiId + "?version=7&convertKeyResults=true"), 409);
        assertTrue("a stale delete converts nothing", store.findKeyResult(tracked.id()).orElseThrow().measure()
                instanceof Measure.KpiBacked);

        assertEquals(204, delete("kpis/" + kpiId + "?version=1&convertKeyResults=true").getStatus());

        assertTrue(kpiStore.find(kpiId).isEmpty());
        assertEquals(Measure.number("issues", 8.0, 12.0), store.findKeyResult(tracked.id()).orElseThrow().measure());
    }
}
