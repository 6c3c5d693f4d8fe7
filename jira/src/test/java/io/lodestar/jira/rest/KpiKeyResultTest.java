package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.KpiReadings;
import io.lodestar.core.okr.Measurement;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import io.lodestar.jira.app.KpiStoreReadings;
import io.lodestar.jira.app.OkrAccess;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.Before;
import org.junit.Test;

/**
 * Key results backed by a KPI, read through the app's real {@link KpiStoreReadings} over the KPI store as
 * the viewer sees it: one scale for a ratio KPI and its key results, no check-in value, the KPI named on
 * the row, and nothing of the KPI's values for a viewer who may not browse the project it is computed over.
 */
public class KpiKeyResultTest extends RestTestBase {

    private Cycle q1;
    private Objective objective;

    @Override
    protected KpiReadings kpiReadings() {
        return kpiId -> new KpiStoreReadings(kpiStore, new OkrAccess(jira.permissions())).latest(kpiId);
    }

    @Before
    public void seed() {
        q1 = quarter(2026, 1);
        objective = objective(q1, "Deliver reliably", "alice", ObjectiveLevel.TEAM, "TEAM");
    }

    private KpiDefinition kpi(String name, KpiType type, String project) {
        return kpiStore.save(KpiDefinition.of(name, "", KpiFormula.of(type), KpiDataSource.project(project),
                type == KpiType.VELOCITY ? Frequency.PER_SPRINT : Frequency.MONTHLY, ZoneOffset.UTC, "alice",
                KpiGoal.growing(io.lodestar.core.kpi.Direction.HIGHER_IS_BETTER, 0.9, 0.8), null, Indicator.LAGGING)
                .withTeam(project));
    }

    private void record(KpiDefinition kpi, double value, KpiUnit unit) {
        kpiStore.record(new KpiMeasurement(kpi.id(), KpiPeriod.month(YearMonth.of(2026, 1), ZoneOffset.UTC),
                KpiValue.of(value, unit, 20), Instant.parse("2026-02-01T00:00:00Z")));
    }

    private JsonNode addKeyResult(KpiDefinition kpi, double start, double target) {
        jira.login("alice");
        return ok(post("objectives/" + objective.id() + "/key-results", json("{'title':'On time','kind':'KPI','kpiId':"
                + kpi.id() + ",'start':" + start + ",'target':" + target + "}")), 201);
    }

    @Test
    public void shouldScoreARatioKpiAsAPercentageWhenItsKeyResultTargetsPercent() {
        KpiDefinition onTime = kpi("On-time delivery", KpiType.ON_TIME_DELIVERY, "TEAM");
        record(onTime, 0.95, KpiUnit.RATIO);

        JsonNode kr = addKeyResult(onTime, 80, 95);

        assertEquals("%", kr.get("unit").asText());
        assertEquals("PERCENT", kr.get("format").asText());
        assertEquals(95.0, kr.get("current").asDouble(), 0.0);
        assertEquals(1.0, kr.get("score").asDouble(), 0.0);
        assertEquals("GREEN", kr.get("band").asText());
        assertEquals("On-time delivery", kr.get("kpi").get("name").asText());
        assertEquals("TEAM", kr.get("kpi").get("team").asText());
        assertEquals(95.0, kr.get("kpi").get("current").asDouble(), 0.0);
        assertEquals("%", kr.get("kpi").get("unit").asText());
        assertFalse(kr.get("kpi").get("valuesHidden").asBoolean());
    }

    @Test
    public void shouldNameTheKpiAndItsUnitOnTheRowWhenTheKpiIsNotARatio() {
        KpiDefinition velocity = kpi("TEAM velocity", KpiType.VELOCITY, "TEAM");
        record(velocity, 32, KpiUnit.STORY_POINTS);

        JsonNode kr = addKeyResult(velocity, 30, 40);
        JsonNode row = ok(get("cycles/" + q1.id() + "/okrs"), 200).get("objectives").get(0).get("keyResults").get(0);

        assertEquals("story points", kr.get("unit").asText());
        assertEquals("NUMBER", kr.get("format").asText());
        assertEquals(0.2, kr.get("score").asDouble(), 1e-9);
        assertEquals("TEAM velocity", row.get("kpi").get("name").asText());
        assertEquals(32.0, row.get("kpi").get("current").asDouble(), 0.0);
        assertEquals("story points", row.get("kpi").get("unit").asText());
    }

    @Test
    public void shouldRefuseACheckInValueWhenTheValueComesFromTheKpi() {
        KpiDefinition onTime = kpi("On-time delivery", KpiType.ON_TIME_DELIVERY, "TEAM");
        long krId = addKeyResult(onTime, 80, 95).get("id").asLong();

        JsonNode error = error(post("key-results/" + krId + "/check-ins", json("{'value':90,'confidence':'ON_TRACK'}")), 400);
        JsonNode checkIn = ok(post("key-results/" + krId + "/check-ins",
                json("{'confidence':'AT_RISK','note':'two releases slipped'}")), 201);

        assertEquals("checkIn.value", error.get("field").asText());
        assertTrue(checkIn.get("value").isNull());
        assertEquals(1, store.checkInsOf(krId).size());
    }

    @Test
    public void shouldShowTheKpisMeasurementAsAutomaticCheckInsWhenAMeasurementRunHasRun() {
        KpiDefinition throughput = kpiStore.save(KpiDefinition.of("TEAM throughput", "", KpiFormula.of(KpiType.THROUGHPUT),
                KpiDataSource.project("TEAM"), Frequency.WEEKLY, ZoneOffset.UTC, "alice",
                KpiGoal.growing(io.lodestar.core.kpi.Direction.HIGHER_IS_BETTER, 3, 1), null, Indicator.LAGGING)
                .withTeam("TEAM"));
        long krId = addKeyResult(throughput, 0, 4).get("id").asLong();
        issueHistory = new io.lodestar.core.kpi.IssueHistory(java.util.List.of(
                io.lodestar.core.kpi.IssueHistoryBuilder.issue("TEAM-1")
                        .moved("2026-02-03T10:00:00Z", io.lodestar.core.kpi.IssueHistoryBuilder.DONE).build(),
                io.lodestar.core.kpi.IssueHistoryBuilder.issue("TEAM-2")
                        .moved("2026-02-05T10:00:00Z", io.lodestar.core.kpi.IssueHistoryBuilder.DONE).build(),
                io.lodestar.core.kpi.IssueHistoryBuilder.issue("TEAM-3")
                        .moved("2026-02-10T10:00:00Z", io.lodestar.core.kpi.IssueHistoryBuilder.DONE).build()),
                io.lodestar.core.kpi.IssueHistoryBuilder.WORKFLOW);

        measuring.execute(ok(post("kpi-runs", json("{'kpiId':" + throughput.id() + "}")), 202).get("id").asLong());
        JsonNode checkIn = ok(post("key-results/" + krId + "/check-ins", json("{'confidence':'AT_RISK'}")), 201);
        JsonNode history = ok(get("key-results/" + krId + "/check-ins"), 200);
        JsonNode kr = ok(get("cycles/" + q1.id() + "/okrs"), 200).get("objectives").get(0).get("keyResults").get(0);
        JsonNode activity = ok(get("objectives/" + objective.id() + "/activity"), 200).get("entries");

        assertEquals("the confidence by hand, then the open week 7 and the closed week 6, newest first", 3, history.size());
        assertEquals(checkIn.get("id").asLong(), history.get(0).get("id").asLong());
        JsonNode week7 = history.get(1);
        assertTrue(week7.get("automatic").asBoolean());
        assertEquals("2026-W07", week7.get("kpiPeriod").asText());
        assertEquals(1.0, week7.get("value").asDouble(), 0.0);
        assertTrue(week7.get("confidence").isNull());
        assertEquals("lodestar:kpi", week7.get("author").asText());
        assertTrue("a page names the app", week7.get("authorName").isNull());
        JsonNode week6 = history.get(2);
        assertEquals("2026-W06", week6.get("kpiPeriod").asText());
        assertEquals(2.0, week6.get("value").asDouble(), 0.0);
        assertEquals("2026-02-09T00:00:00Z", week6.get("at").asText());
        assertEquals("the latest automatic check-in", 1.0, kr.get("current").asDouble(), 0.0);
        assertEquals(0.25, kr.get("score").asDouble(), 1e-9);
        assertEquals("AT_RISK", kr.get("latestCheckIn").get("confidence").asText());
        assertTrue(java.util.stream.StreamSupport.stream(activity.spliterator(), false)
                .anyMatch(e -> "CHECKED_IN".equals(e.get("kind").asText()) && "lodestar:kpi".equals(e.get("actor").asText())));

        jira.hideProject("TEAM", "carol").login("carol");
        JsonNode hiddenHistory = ok(get("key-results/" + krId + "/check-ins"), 200);
        JsonNode hiddenActivity = ok(get("objectives/" + objective.id() + "/activity"), 200).get("entries");
        assertEquals("only the check-in by hand: the KPI's values are hidden", 1, hiddenHistory.size());
        assertFalse(hiddenHistory.get(0).get("automatic").asBoolean());
        assertFalse(java.util.stream.StreamSupport.stream(hiddenActivity.spliterator(), false)
                .anyMatch(e -> "lodestar:kpi".equals(e.get("actor").asText())));
    }

    @Test
    public void shouldLeakNoValueOfAKpiWhenTheViewerMayNotBrowseItsProject() {
        KpiDefinition velocity = kpi("NOVA velocity", KpiType.VELOCITY, "NOVA");
        record(velocity, 38, KpiUnit.STORY_POINTS);
        addKeyResult(velocity, 30, 40);
        jira.hideProject("NOVA", "carol").login("carol");

        JsonNode hidden = ok(get("cycles/" + q1.id() + "/okrs"), 200).get("objectives").get(0);
        jira.login("alice");
        JsonNode shown = ok(get("cycles/" + q1.id() + "/okrs"), 200).get("objectives").get(0);

        JsonNode kr = hidden.get("keyResults").get(0);
        assertTrue(kr.get("current").isNull());
        assertEquals(0.0, kr.get("score").asDouble(), 0.0);
        assertEquals(Measurement.KPI_HIDDEN, kr.get("gap").asText());
        assertEquals("NOVA velocity", kr.get("kpi").get("name").asText());
        assertTrue(kr.get("kpi").get("valuesHidden").asBoolean());
        assertTrue(kr.get("kpi").get("current").isNull());
        assertEquals(0.0, hidden.get("score").asDouble(), 0.0);
        assertEquals(38.0, shown.get("keyResults").get(0).get("current").asDouble(), 0.0);
        assertEquals(0.8, shown.get("score").asDouble(), 1e-9);
    }
}
