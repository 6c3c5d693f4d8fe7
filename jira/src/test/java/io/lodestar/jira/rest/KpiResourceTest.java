package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.kpi.IssueHistory;
import io.lodestar.core.kpi.IssueHistoryBuilder;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.Test;

public class KpiResourceTest extends RestTestBase {

    private static final String LEAD_TIME = "{'name':'Lead time','description':'Created to done','type':'LEAD_TIME',"
            + "'parameters':{'statistic':'MEDIAN'},'source':{'kind':'PROJECT','value':'TEAM'},'frequency':'WEEKLY',"
            + "'zone':'Europe/Paris','owner':'alice','kind':'GROWING','direction':'LOWER_IS_BETTER','target':5,"
            + "'alertThreshold':8,'actionIfAlert':'Swarm on the oldest issue','leading':false}";

    private long createLeadTime() {
        jira.login("alice");
        return ok(post("kpis", json(LEAD_TIME)), 201).get("id").asLong();
    }

    private void record(long kpiId, LocalDate day, KpiValue value) {
        kpiStore.record(new KpiMeasurement(kpiId, KpiPeriod.week(day, ZoneOffset.UTC), value,
                Instant.parse("2026-02-15T00:00:00Z")));
    }

    @Test
    public void shouldCreateAKpiOwnedByTheCreatorAndShowItNotMeasuredYet() {
        jira.login("alice");

        JsonNode kpi = ok(post("kpis", json(LEAD_TIME)), 201);

        assertEquals("Lead time", kpi.get("name").asText());
        assertEquals("LEAD_TIME", kpi.get("type").asText());
        assertEquals("TEAM", kpi.get("source").get("value").asText());
        assertEquals("Europe/Paris", kpi.get("zone").asText());
        assertEquals("GROWING", kpi.get("kind").asText());
        assertEquals(8.0, kpi.get("alertThreshold").asDouble(), 0.0);
        assertTrue(kpi.get("current").get("value").isNull());
        assertEquals("not measured yet", kpi.get("current").get("reason").asText());
        assertEquals("NONE", kpi.get("rating").asText());
        assertTrue(kpi.get("canEdit").asBoolean());
    }

    @Test
    public void shouldAnswer403WhenCreatingAKpiForSomeoneElseUnlessJiraAdministrator() {
        jira.login("carol");
        error(post("kpis", json(LEAD_TIME)), 403);

        jira.login("root");
        assertEquals("alice", ok(post("kpis", json(LEAD_TIME)), 201).get("owner").asText());
    }

    @Test
    public void shouldAnswer400NamingTheFieldWhenTheKpiIsInvalid() {
        jira.login("alice");

        assertEquals("kpi.type", error(post("kpis", json(LEAD_TIME.replace("LEAD_TIME", "HAPPINESS"))), 400).get("field").asText());
        assertEquals("kpi.formula.statistic", error(post("kpis", json(LEAD_TIME.replace("'type':'LEAD_TIME'", "'type':'VELOCITY'"))), 400)
                .get("field").asText());
        assertEquals("kpi.frequency", error(post("kpis", json(LEAD_TIME.replace("'type':'LEAD_TIME'", "'type':'VELOCITY'")
                .replace("{'statistic':'MEDIAN'}", "{}"))), 400).get("field").asText());
        assertEquals("kpi.zone", error(post("kpis", json(LEAD_TIME.replace("Europe/Paris", "Mars/Olympus"))), 400)
                .get("field").asText());
        assertEquals("kpi.goal.alertThreshold", error(post("kpis", json(LEAD_TIME.replace("'alertThreshold':8", "'alertThreshold':2"))), 400)
                .get("field").asText());
        assertEquals("source", error(post("kpis", json(LEAD_TIME.replace("'source':{'kind':'PROJECT','value':'TEAM'}", "'source':'TEAM'"))), 400)
                .get("field").asText());
    }

    @Test
    public void shouldKeepTheDeadlineSourceOfAnOnTimeDeliveryAndRefuseAnUnknownOneNamingTheField() {
        jira.login("alice");
        String onTime = LEAD_TIME.replace("'type':'LEAD_TIME'", "'type':'ON_TIME_DELIVERY'")
                .replace("'frequency':'WEEKLY'", "'frequency':'MONTHLY'")
                .replace("'direction':'LOWER_IS_BETTER','target':5,'alertThreshold':8",
                        "'direction':'HIGHER_IS_BETTER','target':0.9,'alertThreshold':0.6");

        JsonNode created = ok(post("kpis", json(onTime.replace("{'statistic':'MEDIAN'}", "{'deadline':'RELEASE_DATE'}"))), 201);
        JsonNode refused = error(post("kpis", json(onTime.replace("{'statistic':'MEDIAN'}", "{'deadline':'SOMEDAY'}"))), 400);

        assertEquals("RELEASE_DATE", created.get("parameters").get("deadline").asText());
        assertEquals("kpi.formula.deadline", refused.get("field").asText());
    }

    @Test
    public void shouldKeepTheBoardsLastColumnRuleOnlyForABoardSource() {
        jira.login("alice");
        String velocity = LEAD_TIME.replace("'type':'LEAD_TIME'", "'type':'VELOCITY'")
                .replace("'frequency':'WEEKLY'", "'frequency':'PER_SPRINT'")
                .replace("'direction':'LOWER_IS_BETTER','target':5,'alertThreshold':8",
                        "'direction':'HIGHER_IS_BETTER','target':30,'alertThreshold':20")
                .replace("{'statistic':'MEDIAN'}", "{'doneRule':'BOARD_LAST_COLUMN'}");

        JsonNode refused = error(post("kpis", json(velocity)), 400);
        JsonNode created = ok(post("kpis", json(velocity.replace("{'kind':'PROJECT','value':'TEAM'}",
                "{'kind':'BOARD','value':'3'}"))), 201);

        assertEquals("kpi.formula.doneRule", refused.get("field").asText());
        assertTrue(refused.get("message").asText(), refused.get("message").asText().contains("board"));
        assertEquals("BOARD_LAST_COLUMN", created.get("parameters").get("doneRule").asText());
        assertEquals("BOARD", created.get("source").get("kind").asText());
    }

    @Test
    public void shouldAnswer400NamingTheFieldWhenAGoalNumberIsBeyondWhatTheDatabaseKeeps() {
        jira.login("alice");

        assertEquals("kpi.target", error(post("kpis", json(LEAD_TIME.replace("'target':5", "'target':1e300"))), 400)
                .get("field").asText());
        assertEquals("kpi.alertThreshold", error(post("kpis", json(LEAD_TIME.replace("'alertThreshold':8", "'alertThreshold':1e300"))), 400)
                .get("field").asText());
        String band = LEAD_TIME.replace("'kind':'GROWING','direction':'LOWER_IS_BETTER','target':5,'alertThreshold':8",
                "'kind':'BAND','min':-1e300,'max':1e300");
        assertEquals("kpi.min", error(post("kpis", json(band)), 400).get("field").asText());
        assertEquals("kpi.max", error(post("kpis", json(band.replace("-1e300", "0"))), 400).get("field").asText());
    }

    @Test
    public void shouldTellOnlyTheNameOfAKpiWhenTheViewerMayNotBrowseItsProject() {
        jira.login("alice");
        long id = ok(post("kpis", json(LEAD_TIME.replace("'value':'TEAM'", "'value':'NOVA'"))), 201).get("id").asLong();
        record(id, LocalDate.of(2026, 2, 2), KpiValue.of(6, KpiUnit.DAYS, 12));
        record(id, LocalDate.of(2026, 2, 9), KpiValue.of(9, KpiUnit.DAYS, 10));
        jira.hideProject("NOVA", "carol").login("carol");

        JsonNode listed = ok(get("kpis"), 200).get(0);
        JsonNode one = ok(get("kpis/" + id), 200);
        JsonNode history = error(get("kpis/" + id + "/history"), 403);

        for (JsonNode kpi : List.of(listed, one)) {
            assertEquals("Lead time", kpi.get("name").asText());
            assertTrue(kpi.get("valuesHidden").asBoolean());
            assertTrue(kpi.get("current").get("value").isNull());
            assertTrue(kpi.get("current").get("period").isNull());
            assertEquals("NONE", kpi.get("rating").asText());
            assertTrue(kpi.get("trend").get("direction").isNull());
            assertFalse(kpi.get("alert").asBoolean());
            assertTrue(kpi.get("asKeyResult").get("current").isNull());
        }
        assertTrue(history.get("message").asText(), history.get("message").asText().contains("Lead time"));
        jira.login("alice");
        assertEquals(2, ok(get("kpis/" + id + "/history"), 200).size());
        assertFalse(ok(get("kpis/" + id), 200).get("valuesHidden").asBoolean());
    }

    @Test
    public void shouldGiveARatioKpiAsAPercentageForItsKeyResults() {
        jira.login("alice");
        long id = ok(post("kpis", json(LEAD_TIME.replace("'LEAD_TIME'", "'ON_TIME_DELIVERY'")
                .replace("'parameters':{'statistic':'MEDIAN'},", "").replace("'WEEKLY'", "'MONTHLY'")
                .replace("'LOWER_IS_BETTER','target':5,'alertThreshold':8", "'HIGHER_IS_BETTER','target':0.9,'alertThreshold':0.8"))),
                201).get("id").asLong();
        kpiStore.record(new KpiMeasurement(id, KpiPeriod.month(java.time.YearMonth.of(2026, 1), ZoneOffset.UTC),
                KpiValue.of(0.95, KpiUnit.RATIO, 20), Instant.parse("2026-02-01T00:00:00Z")));

        JsonNode kpi = ok(get("kpis/" + id), 200);

        assertEquals(0.95, kpi.get("current").get("value").asDouble(), 0.0);
        assertEquals("RATIO", kpi.get("current").get("unit").asText());
        assertEquals("%", kpi.get("asKeyResult").get("unit").asText());
        assertEquals(95.0, kpi.get("asKeyResult").get("current").asDouble(), 0.0);
    }

    @Test
    public void shouldRateTheLatestValueAndTellTheTrendWhenValuesAreRecorded() {
        long id = createLeadTime();
        record(id, LocalDate.of(2026, 2, 2), KpiValue.of(6, KpiUnit.DAYS, 12));
        record(id, LocalDate.of(2026, 2, 9), KpiValue.of(9, KpiUnit.DAYS, 10));
        jira.login("carol");

        JsonNode kpi = ok(get("kpis/" + id), 200);

        assertEquals(9.0, kpi.get("current").get("value").asDouble(), 0.0);
        assertEquals("2026-W07", kpi.get("current").get("period").asText());
        assertEquals("RED", kpi.get("rating").asText());
        assertTrue(kpi.get("alert").asBoolean());
        assertEquals("UP", kpi.get("trend").get("direction").asText());
        assertFalse("lead time going up is worse", kpi.get("trend").get("improving").asBoolean());
        assertFalse(kpi.get("canEdit").asBoolean());
    }

    @Test
    public void shouldListTheHistoryOldestFirstWithNotApplicableValuesAndTheirReason() {
        long id = createLeadTime();
        record(id, LocalDate.of(2026, 2, 2), KpiValue.of(4, KpiUnit.DAYS, 12));
        record(id, LocalDate.of(2026, 2, 9), KpiValue.notApplicable("no issue was done this week"));
        record(id, LocalDate.of(2026, 2, 16), KpiValue.of(7, KpiUnit.DAYS, 3));

        JsonNode all = ok(get("kpis/" + id + "/history"), 200);
        JsonNode lastTwo = ok(get("kpis/" + id + "/history?limit=2"), 200);

        assertEquals(3, all.size());
        assertEquals("GREEN", all.get(0).get("rating").asText());
        assertTrue(all.get(1).get("value").isNull());
        assertEquals("no issue was done this week", all.get(1).get("reason").asText());
        assertEquals("NONE", all.get(1).get("rating").asText());
        assertEquals(2, lastTwo.size());
        assertEquals("YELLOW", lastTwo.get(1).get("rating").asText());
        assertEquals("limit", error(get("kpis/" + id + "/history?limit=0"), 400).get("field").asText());
    }

    @Test
    public void shouldEditWithTheVersionAndAnswer409WhenStale() {
        long id = createLeadTime();

        JsonNode edited = ok(put("kpis/" + id, json(LEAD_TIME.replace("{'name'", "{'version':1,'name'")
                .replace("'target':5", "'target':4"))), 200);
        error(put("kpis/" + id, json(LEAD_TIME.replace("{'name'", "{'version':1,'name'"))), 409);

        assertEquals(2, edited.get("version").asLong());
        assertEquals(4.0, edited.get("target").asDouble(), 0.0);
        KpiDefinition stored = kpiStore.find(id).orElseThrow();
        assertEquals(2, stored.version());
    }

    @Test
    public void shouldAnswer403WhenSomeoneElseEditsOrDeletes() {
        long id = createLeadTime();
        jira.login("carol");

        error(put("kpis/" + id, json(LEAD_TIME.replace("{'name'", "{'version':1,'name'"))), 403);
        error(delete("kpis/" + id + "?version=1"), 403);

        assertTrue(kpiStore.find(id).isPresent());
    }

    @Test
    public void shouldDeleteWhenTheOwnerSendsTheVersion() {
        long id = createLeadTime();

        assertEquals(204, delete("kpis/" + id + "?version=1").getStatus());

        assertTrue(kpiStore.find(id).isEmpty());
        error(get("kpis/" + id), 404);
    }

    @Test
    public void shouldListKpisForAnyLoggedInUserAndAnswer401Otherwise() {
        createLeadTime();
        jira.login("carol");
        assertEquals(1, ok(get("kpis"), 200).size());

        jira.logout();
        error(get("kpis"), 401);
    }

    @Test
    public void shouldReportClosedSprintsForAPerSprintKpiAndRefuseOthers() {
        Sprint seven = IssueHistoryBuilder.closedSprint(7, "2026-02-02T09:00:00Z", "2026-02-13T17:00:00Z");
        issueHistory = new IssueHistory(List.of(
                IssueHistoryBuilder.issue("TEAM-1").points(5).inSprints(seven)
                        .moved("2026-02-10T10:00:00Z", IssueHistoryBuilder.DONE).build(),
                IssueHistoryBuilder.issue("TEAM-2").points(3).inSprints(seven).build()), IssueHistoryBuilder.WORKFLOW);
        jira.login("alice");
        long velocity = ok(post("kpis", json("{'name':'Velocity','type':'VELOCITY','source':{'kind':'PROJECT','value':'TEAM'},"
                + "'frequency':'PER_SPRINT','owner':'alice','kind':'GROWING','direction':'HIGHER_IS_BETTER','target':20,"
                + "'alertThreshold':10}")), 201).get("id").asLong();
        long leadTime = createLeadTime();
        jira.login("carol");

        JsonNode sprints = ok(get("kpis/" + velocity + "/sprints"), 200);

        assertEquals(1, sprints.size());
        assertEquals(7, sprints.get(0).get("sprintId").asLong());
        assertEquals(8.0, sprints.get(0).get("commitment").asDouble(), 0.0);
        assertEquals(5.0, sprints.get(0).get("completed").asDouble(), 0.0);
        assertEquals(0.625, sprints.get(0).get("sayDo").asDouble(), 1e-9);
        assertEquals("kpi", error(get("kpis/" + leadTime + "/sprints"), 400).get("field").asText());
    }

    private long createLeadTimeOf(String team) {
        jira.login("alice");
        return ok(post("kpis", json(LEAD_TIME.replace("'owner':'alice'", "'owner':'alice','team':'" + team + "'"))), 201)
                .get("id").asLong();
    }

    @Test
    public void shouldReturnTheTeamAsUpperCaseKeyWhenCreatedAndClearItWhenAnEditLeavesItOut() {
        jira.login("alice");

        JsonNode created = ok(post("kpis", json(LEAD_TIME.replace("'owner':'alice'", "'owner':'alice','team':' team '"))), 201);
        long id = created.get("id").asLong();
        JsonNode read = ok(get("kpis/" + id), 200);
        JsonNode edited = ok(put("kpis/" + id, json(LEAD_TIME.replace("{'name'", "{'version':1,'name'"))), 200);

        assertEquals("TEAM", created.get("team").asText());
        assertEquals("TEAM", read.get("team").asText());
        assertTrue("a full update without team clears it", edited.get("team").isNull());
    }

    @Test
    public void shouldListOnlyTheTeamsKpisInAnyCaseWhenAskedForATeam() {
        long teamKpi = createLeadTimeOf("TEAM");
        long otherKpi = createLeadTimeOf("OTHER");
        createLeadTime();
        long secondTeamKpi = createLeadTimeOf("TEAM");
        jira.login("carol");

        JsonNode team = ok(get("kpis?team=TEAM"), 200);

        assertEquals(2, team.size());
        assertEquals(teamKpi, team.get(0).get("id").asLong());
        assertEquals(secondTeamKpi, team.get(1).get("id").asLong());
        assertEquals(teamKpi, ok(get("kpis?team=team"), 200).get(0).get("id").asLong());
        assertEquals(otherKpi, ok(get("kpis?team=OTHER"), 200).get(0).get("id").asLong());
        assertEquals(0, ok(get("kpis?team=NOBODY"), 200).size());
        assertEquals("a blank team filters nothing", 4, ok(get("kpis?team="), 200).size());
    }

    @Test
    public void shouldAnswer400NamingTheTeamWhenItIsTooLong() {
        jira.login("alice");
        String tooLong = "K".repeat(256);

        assertEquals("kpi.team", error(post("kpis", json(LEAD_TIME.replace("'owner':'alice'",
                "'owner':'alice','team':'" + tooLong + "'"))), 400).get("field").asText());
        assertEquals("team", error(get("kpis?team=" + tooLong), 400).get("field").asText());
    }
}
