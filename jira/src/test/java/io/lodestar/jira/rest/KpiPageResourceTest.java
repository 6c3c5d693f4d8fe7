package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.issue.FixVersion;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.kpi.IssueHistory;
import io.lodestar.core.kpi.IssueHistoryBuilder;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** {@code /kpi-page}: the scorecard from stored values, one KPI, velocity and sprint reports, and who sees what. */
public class KpiPageResourceTest extends RestTestBase {

    private static final String LEAD_TIME = "{'name':'Lead time','description':'Created to done','type':'LEAD_TIME',"
            + "'parameters':{'statistic':'MEDIAN'},'source':{'kind':'PROJECT','value':'TEAM'},'frequency':'WEEKLY',"
            + "'owner':'alice','team':'TEAM','kind':'GROWING','direction':'LOWER_IS_BETTER','target':5,"
            + "'alertThreshold':8,'actionIfAlert':'Swarm on the oldest issue'}";
    private static final String VELOCITY = "{'name':'Velocity','type':'VELOCITY','source':{'kind':'PROJECT','value':'TEAM'},"
            + "'frequency':'PER_SPRINT','owner':'alice','team':'TEAM','kind':'GROWING','direction':'HIGHER_IS_BETTER',"
            + "'target':20,'alertThreshold':10}";

    private static final String THROUGHPUT = "{'name':'Throughput','type':'THROUGHPUT','source':{'kind':'PROJECT','value':'TEAM'},"
            + "'frequency':'WEEKLY','owner':'alice','team':'TEAM','kind':'GROWING','direction':'HIGHER_IS_BETTER',"
            + "'target':5,'alertThreshold':2}";

    private long create(String kpi) {
        jira.project("TEAM").project("OTHER").login("alice");
        return ok(post("kpis", json(kpi)), 201).get("id").asLong();
    }

    private void weeks(long kpiId, double... values) {
        for (int week = 0; week < values.length; week++) {
            kpiStore.record(new KpiMeasurement(kpiId, KpiPeriod.week(LocalDate.of(2026, 1, 5).plusWeeks(week), ZoneOffset.UTC),
                    KpiValue.of(values[week], KpiUnit.DAYS, 10), Instant.parse("2026-02-15T08:00:00Z").plusSeconds(week)));
        }
    }

    private static List<Double> values(JsonNode history) {
        List<Double> values = new ArrayList<>();
        history.forEach(value -> values.add(value.get("value").asDouble()));
        return values;
    }

    @Test
    public void shouldShowTheTeamsStoredValuesWithoutReadingIssuesWhenTheScorecardIsRead() {
        long leadTime = create(LEAD_TIME);
        create(LEAD_TIME.replace("'team':'TEAM'", "'team':'OTHER'"));
        weeks(leadTime, 4, 5, 6, 7, 8, 9, 7, 6, 9, 10);
        io.lodestar.core.okr.Objective objective = objective(quarter(2026, 1), "Faster", "alice",
                io.lodestar.core.okr.ObjectiveLevel.TEAM, "TEAM");
        io.lodestar.core.okr.KeyResult backed = store.saveKeyResult(io.lodestar.core.okr.KeyResult.of(objective.id(),
                "Lead time down to 5 days", "alice", io.lodestar.core.okr.Measure.kpi(leadTime, "days", 10, 5)));
        issueHistory = null;
        jira.login("carol");

        JsonNode scorecard = ok(get("kpi-page/scorecard?team=team&periods=3"), 200);

        assertEquals("TEAM", scorecard.get("team").asText());
        assertEquals(1, scorecard.get("kpis").size());
        JsonNode kpi = scorecard.get("kpis").get(0);
        assertTrue(kpi.get("visible").asBoolean());
        assertEquals(10.0, kpi.get("current").get("value").asDouble(), 0.0);
        assertEquals("DAYS", kpi.get("unit").asText());
        assertEquals("RED", kpi.get("rating").asText());
        assertTrue(kpi.get("alert").asBoolean());
        assertEquals("UP", kpi.get("trend").get("direction").asText());
        assertFalse(kpi.get("trend").get("improving").asBoolean());
        assertEquals(List.of(6.0, 9.0, 10.0), values(kpi.get("history")));
        assertEquals("2026-02-15T08:00:09Z", kpi.get("lastMeasured").asText());
        assertEquals("Alice Adams", kpi.get("ownerName").asText());
        assertEquals(1, kpi.get("keyResults").size());
        assertEquals(backed.id(), kpi.get("keyResults").get(0).get("id").asLong());
        assertEquals("Lead time down to 5 days", kpi.get("keyResults").get(0).get("title").asText());
        assertFalse("carol neither owns it nor administers Jira", kpi.get("canEdit").asBoolean());
        assertEquals(8, ok(get("kpi-page/scorecard?team=TEAM"), 200).get("kpis").get(0).get("history").size());
        assertEquals(2, ok(get("kpi-page/scorecard"), 200).get("kpis").size());
    }

    @Test
    public void shouldShowThatTheKpiExistsButNoValueWhenTheViewerMayNotBrowseItsProject() {
        long leadTime = create(LEAD_TIME);
        weeks(leadTime, 4, 5);
        jira.hideProject("TEAM", "carol").login("carol");

        JsonNode kpi = ok(get("kpi-page/scorecard?team=TEAM"), 200).get("kpis").get(0);
        JsonNode single = ok(get("kpi-page/kpis/" + leadTime), 200);

        for (JsonNode shown : List.of(kpi, single)) {
            assertEquals("Lead time", shown.get("name").asText());
            assertEquals("TEAM", shown.get("team").asText());
            assertFalse(shown.get("visible").asBoolean());
            assertTrue(shown.get("current").isNull());
            assertTrue(shown.get("rating").isNull());
            assertTrue(shown.get("target").isNull());
            assertTrue(shown.get("source").isNull());
            assertTrue(shown.get("lastMeasured").isNull());
            assertEquals(0, shown.get("history").size());
            assertEquals(0, shown.get("keyResults").size());
        }
        jira.login("alice");
        assertEquals(List.of(4.0, 5.0), values(ok(get("kpi-page/kpis/" + leadTime), 200).get("history")));
    }

    @Test
    public void shouldHideAJqlKpisValuesWhenTheViewerMayNotBrowseEveryProject() {
        long jql = create(LEAD_TIME.replace("'kind':'PROJECT','value':'TEAM'", "'kind':'JQL','value':'project = TEAM'"));
        weeks(jql, 4);
        jira.hideProject("OTHER", "carol").login("carol");

        assertFalse(ok(get("kpi-page/kpis/" + jql), 200).get("visible").asBoolean());
        jira.login("bob");
        assertTrue(ok(get("kpi-page/kpis/" + jql), 200).get("visible").asBoolean());
    }

    @Test
    public void shouldSayVelocityNeedsJiraSoftwareWhenJiraHasNone() throws Exception {
        jiraSoftware = false;
        long velocity = create(VELOCITY);

        JsonNode chart = ok(get("kpi-page/kpis/" + velocity + "/velocity"), 200);

        assertFalse(chart.get("jiraSoftware").asBoolean());
        assertEquals(0, chart.get("sprintCount").asInt());
    }

    @Test
    public void shouldChartTheLastClosedSprintsAndReportEveryIssueOfOneWhenTheKpiIsPerSprint() {
        Sprint six = IssueHistoryBuilder.closedSprint(6, "2026-01-19T09:00:00Z", "2026-01-30T17:00:00Z");
        Sprint seven = IssueHistoryBuilder.closedSprint(7, "2026-02-02T09:00:00Z", "2026-02-13T17:00:00Z");
        issueHistory = new IssueHistory(List.of(
                IssueHistoryBuilder.issue("TEAM-1").points(5).inSprints(seven)
                        .moved("2026-02-10T10:00:00Z", IssueHistoryBuilder.DONE).build(),
                IssueHistoryBuilder.issue("TEAM-2").points(3).inSprints(seven).build(),
                IssueHistoryBuilder.issue("TEAM-3").points(2).inSprints(six)
                        .moved("2026-01-22T10:00:00Z", IssueHistoryBuilder.DONE).build()), IssueHistoryBuilder.WORKFLOW);
        long velocity = create(VELOCITY);
        jira.login("carol");

        JsonNode chart = ok(get("kpi-page/kpis/" + velocity + "/velocity"), 200);
        JsonNode lastOne = ok(get("kpi-page/kpis/" + velocity + "/velocity?sprints=1"), 200);
        JsonNode report = ok(get("kpi-page/kpis/" + velocity + "/sprints/7"), 200);

        assertEquals(2, chart.get("sprintCount").asInt());
        assertTrue(chart.get("jiraSoftware").asBoolean());
        assertEquals(List.of(6L, 7L), List.of(chart.get("sprints").get(0).get("sprintId").asLong(),
                chart.get("sprints").get(1).get("sprintId").asLong()));
        assertEquals(3.5, chart.get("averageCompleted").asDouble(), 1e-9);
        JsonNode sprint = chart.get("sprints").get(1);
        assertEquals(8.0, sprint.get("commitment").asDouble(), 0.0);
        assertEquals(5.0, sprint.get("completed").asDouble(), 0.0);
        assertEquals(0.625, sprint.get("sayDo").asDouble(), 1e-9);
        assertEquals("2026-02-13T17:00:00Z", sprint.get("completeDate").asText());
        assertEquals(0.0, sprint.get("scopeChange").get("addedPoints").asDouble(), 0.0);
        assertEquals(1, lastOne.get("sprintCount").asInt());
        assertEquals(5.0, lastOne.get("averageCompleted").asDouble(), 1e-9);
        assertEquals(7, report.get("sprint").get("sprintId").asLong());
        assertEquals(2, report.get("issues").size());
        assertEquals("TEAM-1", report.get("issues").get(0).get("key").asText());
        assertEquals("COMPLETED", report.get("issues").get(0).get("outcome").asText());
        assertEquals("NOT_COMPLETED", report.get("issues").get(1).get("outcome").asText());
        assertEquals(3.0, report.get("issues").get(1).get("commitmentPoints").asDouble(), 0.0);
    }

    @Test
    public void shouldSayOnWhichDayOfTheSprintInTheKpisZoneAnIssueWasAddedOrRemovedWhenASprintReportIsRead() {
        // Starts on Monday 2 February at 22:00 in Auckland (UTC+13): day 1 there.
        Sprint seven = IssueHistoryBuilder.closedSprint(7, "2026-02-02T09:00:00Z", "2026-02-13T17:00:00Z");
        issueHistory = new IssueHistory(List.of(
                IssueHistoryBuilder.issue("TEAM-1").points(5).inSprints(seven)
                        .sprintsChanged("2026-02-04T12:00:00Z").build(),
                IssueHistoryBuilder.issue("TEAM-2").points(3)
                        .sprintsChanged("2026-02-03T10:00:00Z", seven).build(),
                IssueHistoryBuilder.issue("TEAM-3").points(2).inSprints(seven).build()), IssueHistoryBuilder.WORKFLOW);
        long velocity = create(VELOCITY.replace("'frequency'", "'zone':'Pacific/Auckland','frequency'"));
        jira.login("carol");

        JsonNode issues = ok(get("kpi-page/kpis/" + velocity + "/sprints/7"), 200).get("issues");

        JsonNode removed = issues.get(0);
        assertEquals("TEAM-1", removed.get("key").asText());
        assertEquals("REMOVED", removed.get("outcome").asText());
        assertEquals("2026-02-04T12:00:00Z", removed.get("removedAt").asText());
        assertEquals("Thursday 5 February in Auckland, day 3 in UTC", 4, removed.get("removedDay").asInt());
        assertTrue(removed.get("addedDay").isNull());
        JsonNode added = issues.get(1);
        assertEquals("2026-02-03T10:00:00Z", added.get("addedAt").asText());
        assertEquals(2, added.get("addedDay").asInt());
        assertTrue(added.get("removedDay").isNull());
        assertTrue(issues.get(2).get("addedAt").isNull());
        assertTrue(issues.get(2).get("removedAt").isNull());
    }

    @Test
    public void shouldPlotEveryResolvedIssueWithTheMedianAndPercentilesWhenTheControlChartOfAResolutionTimeIsRead() {
        issueHistory = new IssueHistory(List.of(
                IssueHistoryBuilder.issue("TEAM-2").created("2026-02-01T00:00:00Z").resolved("2026-02-05T00:00:00Z").build(),
                IssueHistoryBuilder.issue("TEAM-1").created("2026-02-01T00:00:00Z").resolved("2026-02-03T00:00:00Z").build(),
                IssueHistoryBuilder.issue("TEAM-3").created("2026-02-02T00:00:00Z").resolved("2026-02-12T00:00:00Z").build(),
                IssueHistoryBuilder.issue("TEAM-4").created("2026-02-02T00:00:00Z").build()), IssueHistoryBuilder.WORKFLOW);
        long resolution = create(LEAD_TIME.replace("'type':'LEAD_TIME'", "'type':'RESOLUTION_TIME'"));
        long velocity = create(VELOCITY);
        jira.login("carol");

        JsonNode chart = ok(get("kpi-page/kpis/" + resolution + "/control-chart"), 200);

        assertEquals(3, chart.get("count").asInt());
        List<String> keys = new ArrayList<>();
        chart.get("points").forEach(point -> keys.add(point.get("key").asText()));
        assertEquals("oldest completion first", List.of("TEAM-1", "TEAM-2", "TEAM-3"), keys);
        assertEquals(2.0, chart.get("points").get(0).get("days").asDouble(), 1e-9);
        assertEquals("2026-02-03T00:00:00Z", chart.get("points").get(0).get("end").asText());
        assertEquals(4.0, chart.get("median").asDouble(), 1e-9);
        assertTrue(chart.get("percentile85").asDouble() > 4.0);
        assertTrue(chart.get("percentile95").asDouble() >= chart.get("percentile85").asDouble());
        assertEquals("kpi", error(get("kpi-page/kpis/" + velocity + "/control-chart"), 400).get("field").asText());
        jira.hideProject("TEAM", "carol");
        error(get("kpi-page/kpis/" + resolution + "/control-chart"), 403);
    }

    @Test
    public void shouldDraftATeamObjectiveThatTakesARedKpiToItsTargetWhenAskedFromTheKpi() {
        long leadTime = create(LEAD_TIME);
        weeks(leadTime, 6, 9.5);
        long cycleId = quarter(2026, 1).id();
        jira.login("carol");

        JsonNode drafted = ok(post("kpi-page/kpis/" + leadTime + "/draft-objective", json("{'cycleId':" + cycleId + "}")), 201);

        io.lodestar.core.okr.Objective objective = store.findObjective(drafted.get("objectiveId").asLong()).orElseThrow();
        assertEquals("Bring Lead time back to target", objective.title());
        assertEquals("TEAM", objective.team());
        assertEquals("carol", objective.owner());
        assertEquals(io.lodestar.core.okr.ObjectiveState.DRAFT, objective.state());
        io.lodestar.core.okr.KeyResult keyResult = store.findKeyResult(drafted.get("keyResultId").asLong()).orElseThrow();
        assertEquals(io.lodestar.core.okr.Measure.kpi(leadTime, "days", 9.5, 5), keyResult.measure());
        assertEquals(9.5, drafted.get("start").asDouble(), 0.0);
        assertEquals(5.0, drafted.get("target").asDouble(), 0.0);
    }

    @Test
    public void shouldRefuseToDraftAnObjectiveWhenTheKpiIsNotRedOrItsValuesAreHidden() {
        long leadTime = create(LEAD_TIME);
        weeks(leadTime, 4);
        long cycleId = quarter(2026, 1).id();

        assertEquals("kpi", error(post("kpi-page/kpis/" + leadTime + "/draft-objective", json("{'cycleId':" + cycleId + "}")),
                400).get("field").asText());
        assertEquals("cycleId", error(post("kpi-page/kpis/" + leadTime + "/draft-objective", json("{}")), 400)
                .get("field").asText());
        weeks(leadTime, 10);
        jira.hideProject("TEAM", "carol").login("carol");
        error(post("kpi-page/kpis/" + leadTime + "/draft-objective", json("{'cycleId':" + cycleId + "}")), 403);
        assertTrue(store.objectivesOf(cycleId).isEmpty());
    }

    @Test
    public void shouldListEveryTypeOfTheCatalogWithItsFrequenciesAndParametersWhenTheEditorAsks() {
        jira.login("carol");

        JsonNode catalog = ok(get("kpi-page/catalog"), 200);

        assertEquals(io.lodestar.core.kpi.KpiType.values().length, catalog.size());
        JsonNode velocity = catalog.get(0);
        assertEquals("VELOCITY", velocity.get("type").asText());
        assertEquals("STORY_POINTS", velocity.get("unit").asText());
        assertEquals("[\"PER_SPRINT\"]", velocity.get("frequencies").toString());
        assertEquals("[\"doneStatusIds\",\"completedEstimate\",\"doneRule\"]", velocity.get("parameters").toString());
        JsonNode onTime = catalog.get(io.lodestar.core.kpi.KpiType.ON_TIME_DELIVERY.ordinal());
        assertEquals("ON_TIME_DELIVERY", onTime.get("type").asText());
        assertEquals("[\"doneStatusIds\",\"deadline\"]", onTime.get("parameters").toString());
        assertEquals("[\"statistic\",\"startedStatusIds\",\"doneStatusIds\",\"startEntry\"]",
                catalog.get(io.lodestar.core.kpi.KpiType.CYCLE_TIME.ordinal()).get("parameters").toString());
    }

    @Test
    public void shouldRefuseSprintsToViewersWhoMayNotBrowseTheSourceAndToKpisNotPerSprint() {
        long velocity = create(VELOCITY);
        long leadTime = create(LEAD_TIME);
        jira.hideProject("TEAM", "carol").login("carol");

        error(get("kpi-page/kpis/" + velocity + "/velocity"), 403);
        error(get("kpi-page/kpis/" + velocity + "/sprints/7"), 403);
        jira.login("alice");
        assertEquals("kpi", error(get("kpi-page/kpis/" + leadTime + "/velocity"), 400).get("field").asText());
        error(get("kpi-page/kpis/" + velocity + "/sprints/99"), 404);
        assertEquals("sprints", error(get("kpi-page/kpis/" + velocity + "/velocity?sprints=0"), 400).get("field").asText());
        assertEquals("periods", error(get("kpi-page/scorecard?periods=x"), 400).get("field").asText());
        error(get("kpi-page/kpis/999"), 404);
        jira.logout();
        error(get("kpi-page/scorecard"), 401);
    }

    @Test
    public void shouldBarTheIssuesDoneInEachCompleteWeekWithTheirKeysWhenTheThroughputIsRead() {
        issueHistory = new IssueHistory(List.of(
                IssueHistoryBuilder.issue("TEAM-1").created("2026-01-19T09:00:00Z").moved("2026-01-21T10:00:00Z", IssueHistoryBuilder.DONE).build(),
                IssueHistoryBuilder.issue("TEAM-2").created("2026-01-19T09:00:00Z").moved("2026-02-03T10:00:00Z", IssueHistoryBuilder.DONE).build(),
                IssueHistoryBuilder.issue("TEAM-3").created("2026-01-19T09:00:00Z").moved("2026-02-08T23:00:00Z", IssueHistoryBuilder.DONE).build(),
                IssueHistoryBuilder.issue("TEAM-4").created("2026-01-19T09:00:00Z").moved("2026-02-10T10:00:00Z", IssueHistoryBuilder.DONE).build(),
                IssueHistoryBuilder.issue("TEAM-5").created("2026-01-19T09:00:00Z").moved("2026-01-20T10:00:00Z", IssueHistoryBuilder.IN_PROGRESS).build()),
                IssueHistoryBuilder.WORKFLOW);
        long throughput = create(THROUGHPUT);
        long velocity = create(VELOCITY);

        JsonNode chart = ok(get("kpi-page/kpis/" + throughput + "/throughput?weeks=3"), 200);

        assertEquals("ISSUES", chart.get("unit").asText());
        JsonNode weeks = chart.get("weeks");
        assertEquals("the 3 complete weeks before the clock's week (2026-02-09), oldest first", 3, weeks.size());
        assertEquals("2026-01-19T00:00:00Z", weeks.get(0).get("start").asText());
        assertEquals(List.of(1, 0, 2), List.of(weeks.get(0).get("issues").asInt(), weeks.get(1).get("issues").asInt(),
                weeks.get(2).get("issues").asInt()));
        assertEquals("[\"TEAM-2\",\"TEAM-3\"]", weeks.get(2).get("keys").toString());
        assertEquals("only issues changed since the first week, or not done, were read",
                List.of(Instant.parse("2026-01-19T00:00:00Z")), windowsRead);
        assertEquals(KpiPageResource.DEFAULT_WEEKS, ok(get("kpi-page/kpis/" + throughput + "/throughput"), 200).get("weeks").size());
        assertEquals("kpi", error(get("kpi-page/kpis/" + velocity + "/throughput"), 400).get("field").asText());
        assertEquals("weeks", error(get("kpi-page/kpis/" + throughput + "/throughput?weeks=0"), 400).get("field").asText());
        jira.hideProject("TEAM", "carol").login("carol");
        error(get("kpi-page/kpis/" + throughput + "/throughput"), 403);
    }

    @Test
    public void shouldDrawTheIssuesInProgressAtTheEndOfEachDayWhenTheWorkInProgressIsRead() {
        issueHistory = new IssueHistory(List.of(
                IssueHistoryBuilder.issue("TEAM-5").created("2026-02-01T09:00:00Z").moved("2026-02-13T09:00:00Z", IssueHistoryBuilder.IN_PROGRESS).build(),
                IssueHistoryBuilder.issue("TEAM-6").created("2026-02-01T09:00:00Z").moved("2026-02-11T09:00:00Z", IssueHistoryBuilder.IN_PROGRESS)
                        .moved("2026-02-14T12:00:00Z", IssueHistoryBuilder.DONE).build(),
                IssueHistoryBuilder.issue("TEAM-7").created("2026-02-01T09:00:00Z").build()), IssueHistoryBuilder.WORKFLOW);
        long wip = create(THROUGHPUT.replace("'THROUGHPUT'", "'WORK_IN_PROGRESS'").replace("'HIGHER_IS_BETTER'", "'LOWER_IS_BETTER'")
                .replace("'target':5,'alertThreshold':2", "'target':3,'alertThreshold':6"));

        JsonNode days = ok(get("kpi-page/kpis/" + wip + "/wip?days=3"), 200).get("days");

        assertEquals(3, days.size());
        assertEquals("2026-02-12", days.get(0).get("day").asText());
        assertEquals("2026-02-12T23:59:59.999Z", days.get(0).get("at").asText());
        assertEquals(List.of(1, 2, 1), List.of(days.get(0).get("count").asInt(), days.get(1).get("count").asInt(),
                days.get(2).get("count").asInt()));
        assertEquals("[\"TEAM-5\"]", days.get(2).get("keys").toString());
        assertEquals("only issues changed since the first day, or not done, were read",
                List.of(Instant.parse("2026-02-12T00:00:00Z")), windowsRead);
        assertEquals("kpi", error(get("kpi-page/kpis/" + create(THROUGHPUT) + "/wip"), 400).get("field").asText());
        assertEquals("days", error(get("kpi-page/kpis/" + wip + "/wip?days=1001"), 400).get("field").asText());
        jira.hideProject("TEAM", "carol").login("carol");
        error(get("kpi-page/kpis/" + wip + "/wip"), 403);
    }

    @Test
    public void shouldBarEachReleasedVersionWithItsBugsWhenTheBugsPerReleaseAreRead() {
        FixVersion first = new FixVersion("100", "1.0", true, LocalDate.of(2026, 1, 10));
        FixVersion second = new FixVersion("101", "1.1", true, LocalDate.of(2026, 2, 1));
        FixVersion next = new FixVersion("102", "1.2", false, null);
        issueHistory = new IssueHistory(List.of(
                IssueHistoryBuilder.issue("TEAM-1").type(IssueHistoryBuilder.BUG).fixVersion(second).build(),
                IssueHistoryBuilder.issue("TEAM-2").type(IssueHistoryBuilder.BUG).fixVersion(first).build(),
                IssueHistoryBuilder.issue("TEAM-3").type(IssueHistoryBuilder.BUG).fixVersion(first).build(),
                IssueHistoryBuilder.issue("TEAM-4").points(5).status(IssueHistoryBuilder.DONE).fixVersion(first).build(),
                IssueHistoryBuilder.issue("TEAM-5").type(IssueHistoryBuilder.BUG).fixVersion(next).build()),
                IssueHistoryBuilder.WORKFLOW);
        long bugs = create(THROUGHPUT.replace("'THROUGHPUT'", "'BUGS_PER_RELEASE'").replace("'WEEKLY'", "'MONTHLY'")
                .replace("'HIGHER_IS_BETTER'", "'LOWER_IS_BETTER'").replace("'target':5,'alertThreshold':2", "'target':1,'alertThreshold':3"));

        JsonNode versions = ok(get("kpi-page/kpis/" + bugs + "/releases"), 200).get("versions");

        assertEquals("released versions only, by release date", 2, versions.size());
        assertEquals("1.0", versions.get(0).get("name").asText());
        assertEquals("2026-01-10", versions.get(0).get("releaseDate").asText());
        assertEquals(2, versions.get(0).get("bugs").asInt());
        assertEquals("[\"TEAM-2\",\"TEAM-3\"]", versions.get(0).get("bugKeys").toString());
        assertEquals(5.0, versions.get(0).get("donePoints").asDouble(), 0.0);
        assertEquals("[\"TEAM-1\"]", versions.get(1).get("bugKeys").toString());
        assertEquals("1.1", ok(get("kpi-page/kpis/" + bugs + "/releases?versions=1"), 200).get("versions").get(0).get("name").asText());
        assertEquals("kpi", error(get("kpi-page/kpis/" + create(THROUGHPUT) + "/releases"), 400).get("field").asText());
        jira.hideProject("TEAM", "carol").login("carol");
        error(get("kpi-page/kpis/" + bugs + "/releases"), 403);
    }

    @Test
    public void shouldStackEachResolvedIssuesDaysPerStatusWhenTheTimeInStatusIsRead() {
        issueHistory = new IssueHistory(List.of(
                IssueHistoryBuilder.issue("TEAM-7").created("2026-02-01T00:00:00Z").moved("2026-02-02T00:00:00Z", IssueHistoryBuilder.IN_PROGRESS)
                        .moved("2026-02-04T00:00:00Z", IssueHistoryBuilder.IN_REVIEW).moved("2026-02-05T00:00:00Z", IssueHistoryBuilder.DONE)
                        .resolved("2026-02-05T00:00:00Z").build(),
                IssueHistoryBuilder.issue("TEAM-8").created("2026-02-03T00:00:00Z").moved("2026-02-03T12:00:00Z", IssueHistoryBuilder.IN_PROGRESS)
                        .moved("2026-02-04T12:00:00Z", IssueHistoryBuilder.DONE).resolved("2026-02-04T12:00:00Z").build(),
                IssueHistoryBuilder.issue("TEAM-9").created("2026-02-03T00:00:00Z").moved("2026-02-03T12:00:00Z", IssueHistoryBuilder.IN_PROGRESS).build()),
                IssueHistoryBuilder.WORKFLOW);
        long time = create(LEAD_TIME.replace("'type':'LEAD_TIME'", "'type':'TIME_IN_STATUS'"));

        JsonNode chart = ok(get("kpi-page/kpis/" + time + "/time-in-status"), 200);

        JsonNode issues = chart.get("issues");
        assertEquals("resolved issues only, oldest resolution first", 2, issues.size());
        assertEquals("TEAM-8", issues.get(0).get("key").asText());
        assertEquals("TEAM-7", issues.get(1).get("key").asText());
        assertEquals("In Progress and In Review, the In Progress category", 3.0, issues.get(1).get("measuredDays").asDouble(), 1e-9);
        assertEquals("To Do", issues.get(1).get("statuses").get(0).get("name").asText());
        assertEquals(1.0, issues.get(1).get("statuses").get(0).get("days").asDouble(), 1e-9);
        JsonNode statuses = chart.get("statuses");
        assertEquals("To Do", statuses.get(0).get("name").asText());
        assertFalse(statuses.get(0).get("measured").asBoolean());
        assertEquals("In Progress", statuses.get(1).get("name").asText());
        assertTrue(statuses.get(1).get("measured").asBoolean());
        assertEquals("2 days (TEAM-7) + 1 day (TEAM-8)", 3.0, statuses.get(1).get("totalDays").asDouble(), 1e-9);
        assertEquals(1.5, statuses.get(1).get("meanDays").asDouble(), 1e-9);
        assertEquals("TEAM-7", ok(get("kpi-page/kpis/" + time + "/time-in-status?issues=1"), 200).get("issues").get(0).get("key").asText());
        assertEquals("kpi", error(get("kpi-page/kpis/" + create(THROUGHPUT) + "/time-in-status"), 400).get("field").asText());
        jira.hideProject("TEAM", "carol").login("carol");
        error(get("kpi-page/kpis/" + time + "/time-in-status"), 403);
    }

    @Test
    public void shouldCreateAKpiWhoseGoalIsTheKeyResultsTargetOnTheKpisScaleWhenAnAchievedKeyResultIsKeptAsAKpi() {
        io.lodestar.core.okr.Objective ship = objective(quarter(2026, 1), "Ship on time", "alice",
                io.lodestar.core.okr.ObjectiveLevel.TEAM, "TEAM");
        io.lodestar.core.okr.KeyResult onTime = numeric(ship, "On-time delivery reaches 95 %", "alice", 70, 95);
        store.appendCheckIn(io.lodestar.core.okr.CheckIn.of(onTime.id(), 96.0, io.lodestar.core.okr.Confidence.ON_TRACK, "",
                "alice", CLOCK.instant()));
        io.lodestar.core.okr.KeyResult halfway = numeric(ship, "Sign-ups", "alice", 0, 100);
        store.appendCheckIn(io.lodestar.core.okr.CheckIn.of(halfway.id(), 80.0, io.lodestar.core.okr.Confidence.ON_TRACK, "",
                "alice", CLOCK.instant()));
        jira.project("TEAM").login("carol");

        JsonNode kpi = ok(post("kpi-page/key-results/" + onTime.id() + "/keep-as-kpi",
                json("{'type':'ON_TIME_DELIVERY','frequency':'MONTHLY','alertThreshold':80}")), 201);

        assertEquals("On-time delivery reaches 95 %", kpi.get("name").asText());
        assertEquals("95 % on the key result is 0.95 on a ratio KPI", 0.95, kpi.get("target").asDouble(), 0.0);
        assertEquals(0.8, kpi.get("alertThreshold").asDouble(), 0.0);
        assertEquals("HIGHER_IS_BETTER", kpi.get("direction").asText());
        assertEquals("the objective's team", "TEAM", kpi.get("team").asText());
        assertEquals("PROJECT", kpi.get("source").get("kind").asText());
        assertEquals("TEAM", kpi.get("source").get("value").asText());
        assertEquals("the caller owns it", "carol", kpi.get("owner").asText());
        assertEquals(1, kpiStore.definitions().size());
        assertEquals("score 0.8 succeeded but did not reach the target", "keyResult",
                error(post("kpi-page/key-results/" + halfway.id() + "/keep-as-kpi",
                        json("{'type':'THROUGHPUT','frequency':'WEEKLY','alertThreshold':50}")), 400).get("field").asText());
        assertEquals("kpi.type", error(post("kpi-page/key-results/" + onTime.id() + "/keep-as-kpi",
                json("{'frequency':'WEEKLY','alertThreshold':50}")), 400).get("field").asText());
        assertEquals("kpi.source.value", error(post("kpi-page/key-results/" + onTime.id() + "/keep-as-kpi",
                json("{'type':'ON_TIME_DELIVERY','frequency':'MONTHLY','alertThreshold':80,"
                        + "'source':{'kind':'JQL','value':'project = = TEAM'}}")), 400).get("field").asText());
        error(post("kpi-page/key-results/999999/keep-as-kpi", json("{}")), 404);
        assertEquals(1, kpiStore.definitions().size());
        jira.logout();
        error(post("kpi-page/key-results/" + onTime.id() + "/keep-as-kpi", json("{}")), 401);
    }
}
