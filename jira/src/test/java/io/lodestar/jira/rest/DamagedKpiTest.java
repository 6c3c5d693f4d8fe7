package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.common.DamagedRecordException;
import io.lodestar.core.kpi.InMemoryKpiStore;
import io.lodestar.core.kpi.KpiStore;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.HashSet;
import java.util.Set;
import org.junit.Test;

/**
 * A KPI whose stored row today's rules refuse (AoKpiStoreStoredRowsTest shows how the store reports it): the REST API
 * answers 409 with what is wrong and how to repair it, never a 500; a Jira administrator replaces or deletes it, and
 * nobody else may.
 */
public class DamagedKpiTest extends RestTestBase {

    private static final String KPI = "{'name':'WIP','type':'WORK_IN_PROGRESS','source':{'kind':'PROJECT','value':'TEAM'},"
            + "'frequency':'WEEKLY','owner':'alice','team':'TEAM','kind':'BAND','min':2,'max':5}";

    /** Ids the store reports as damaged, as AoKpiStore does for a refused row. */
    private final Set<Long> damaged = new HashSet<>();

    @Override
    protected KpiStore kpiStoreOfApp(InMemoryKpiStore stored) {
        return (KpiStore) Proxy.newProxyInstance(KpiStore.class.getClassLoader(), new Class<?>[]{KpiStore.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("find") && damaged.contains((Long) args[0])) {
                        long id = (Long) args[0];
                        throw new DamagedRecordException("kpi", id, stored.find(id).orElseThrow().version(),
                                "goalKind: unknown goal kind WOBBLY");
                    }
                    try {
                        return method.invoke(stored, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private long damagedKpi() {
        jira.project("TEAM").login("alice");
        long id = ok(post("kpis", json(KPI)), 201).get("id").asLong();
        damaged.add(id);
        return id;
    }

    @Test
    public void shouldAnswer409SayingWhatIsWrongAndHowToRepairItWhenTheKpiIsReadById() {
        long id = damagedKpi();

        JsonNode error = error(get("kpis/" + id), 409);

        assertEquals("kpi", error.get("field").asText());
        String reason = error.get("message").asText();
        assertTrue(reason, reason.contains("kpi " + id + " is stored in a form this version of Lodestar refuses"));
        assertTrue(reason, reason.contains("unknown goal kind WOBBLY"));
        assertTrue(reason, reason.contains("DELETE /kpis/" + id + "?version=1"));
        assertEquals("the KPI page's view answers the same", 409, get("kpi-page/kpis/" + id).getStatus());
    }

    @Test
    public void shouldLetOnlyAJiraAdministratorDeleteTheDamagedKpi() {
        long id = damagedKpi();

        assertEquals("its owner cannot tell it is theirs: the row cannot be read", 409,
                delete("kpis/" + id + "?version=1").getStatus());
        jira.login("root");
        error(delete("kpis/" + id + "?version=7"), 409);
        assertEquals(204, delete("kpis/" + id + "?version=1").getStatus());
        assertTrue(kpiStore.find(id).isEmpty());
    }

    @Test
    public void shouldLetAJiraAdministratorReplaceTheDamagedKpiWithAValidDefinition() {
        long id = damagedKpi();
        jira.login("root");

        JsonNode replaced = ok(put("kpis/" + id, json(KPI.replace("'name':'WIP'", "'name':'WIP (repaired)','version':1"))), 200);

        assertEquals("WIP (repaired)", replaced.get("name").asText());
        assertEquals(2, replaced.get("version").asLong());
        damaged.remove(id);
        assertEquals("WIP (repaired)", ok(get("kpis/" + id), 200).get("name").asText());
    }

    @Test
    public void shouldStillAnswerTheCyclesOkrsWhenAKeyResultTracksTheDamagedKpi() {
        long id = damagedKpi();
        io.lodestar.core.okr.Cycle q1 = quarter(2026, 1);
        io.lodestar.core.okr.Objective objective = objective(q1, "Flow", "alice", io.lodestar.core.okr.ObjectiveLevel.TEAM, "TEAM");
        store.saveKeyResult(io.lodestar.core.okr.KeyResult.of(objective.id(), "Keep WIP low", "alice",
                io.lodestar.core.okr.Measure.kpi(id, "issues", 10, 4)));

        JsonNode tree = ok(get("cycles/" + q1.id() + "/okrs"), 200);

        JsonNode keyResult = tree.get("objectives").get(0).get("keyResults").get(0);
        assertEquals("Keep WIP low", keyResult.get("title").asText());
        assertTrue("no card of the damaged KPI: " + keyResult.get("kpi"), keyResult.get("kpi").isNull());
    }
}
