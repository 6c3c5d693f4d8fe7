package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.okr.CheckIn;
import io.lodestar.core.okr.Confidence;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.ws.rs.core.Response;
import org.junit.Before;
import org.junit.Test;

/** {@code /cycles/{id}/okrs}, {@code /findings} and {@code /export.csv}. */
public class CycleOkrsTest extends RestTestBase {

    private Cycle q1;
    private Objective company;
    private Objective team;
    private KeyResult work;

    @Before
    public void seed() {
        q1 = quarter(2026, 1);
        company = objective(q1, "Be the best", "root", ObjectiveLevel.COMPANY, null);
        team = childObjective(company, "Ship the tools", "alice", "TEAM");
        objective(q1, "Other team's goal", "carol", ObjectiveLevel.TEAM, "OTHER");
        KeyResult signups = numeric(company, "Sign-ups", "root", 0, 100);
        store.appendCheckIn(CheckIn.of(signups.id(), 70.0, Confidence.ON_TRACK, "", "root", CLOCK.instant()));
        jira.issue(11, "TEAM-11", "Importer", "done", 3.0)
                .issue(12, "TEAM-12", "Exporter", "new", 5.0)
                .issue(21, "TEAM-21", "Secret", "done", 8.0)
                .epic(20, "TEAM-20", "Sync", "indeterminate", 21, 12);
        work = linkedWork(team, "Tools delivered", 11, 12, 20);
    }

    @Test
    public void shouldReturnTheAlignedScoredTreeWhenAnyoneLoggedInAsks() {
        jira.login("carol");

        JsonNode tree = ok(get("cycles/" + q1.id() + "/okrs"), 200);

        assertEquals("2026 Q1", tree.get("cycle").get("name").asText());
        JsonNode root = tree.get("objectives").get(0);
        assertEquals("Be the best", root.get("title").asText());
        assertEquals(0.7, root.get("score").asDouble(), 1e-9);
        assertEquals("0.70", root.get("scoreText").asText());
        assertEquals("GREEN", root.get("band").asText());
        assertEquals("Ship the tools", root.get("children").get(0).get("title").asText());
        assertEquals(2, tree.get("objectives").size());
    }

    @Test
    public void shouldKeepOnlyTheTeamsObjectivesWhenFilteredByTeamAndLevel() {
        jira.login("carol");

        JsonNode byTeam = ok(get("cycles/" + q1.id() + "/okrs?team=team"), 200);
        JsonNode byLevel = ok(get("cycles/" + q1.id() + "/okrs?level=COMPANY"), 200);

        assertEquals(1, byTeam.get("objectives").size());
        assertEquals("Ship the tools", byTeam.get("objectives").get(0).get("title").asText());
        assertEquals(1, byLevel.get("objectives").size());
        assertEquals(0, byLevel.get("objectives").get(0).get("children").size());
    }

    @Test
    public void shouldLeaveOutLinkedIssuesTheUserMayNotBrowse() {
        jira.hide(12, "carol");
        jira.login("carol");

        JsonNode kr = ok(get("cycles/" + q1.id() + "/okrs?team=TEAM"), 200).get("objectives").get(0).get("keyResults").get(0);

        assertEquals(work.id(), kr.get("id").asLong());
        assertEquals(2, kr.get("links").size());
        assertEquals("TEAM-11", kr.get("links").get(0).get("key").asText());
        JsonNode epic = kr.get("links").get(1);
        assertTrue(epic.get("epic").asBoolean());
        assertEquals(1.0, epic.get("children").get("total").asDouble(), 0.0);
        assertEquals("TEAM-11 and the epic's one visible child, both done", 2.0, kr.get("linkTotals").get("total").asDouble(), 0.0);
        assertEquals(1.0, kr.get("score").asDouble(), 1e-9);
        assertTrue(!kr.toString().contains("Exporter"));
    }

    @Test
    public void shouldSayHowManyLinkedIssuesTheViewerCannotSeeWhenSomeAreHidden() {
        jira.hide(12, "carol").hide(20, "carol");
        jira.login("carol");
        JsonNode hidden = ok(get("cycles/" + q1.id() + "/okrs?team=TEAM"), 200).get("objectives").get(0);
        jira.login("alice");
        JsonNode seen = ok(get("cycles/" + q1.id() + "/okrs?team=TEAM"), 200).get("objectives").get(0);

        assertEquals(2, hidden.get("keyResults").get(0).get("hiddenIssues").asInt());
        assertEquals("the objective adds up its key results'", 2, hidden.get("hiddenIssues").asInt());
        assertEquals(0, seen.get("keyResults").get(0).get("hiddenIssues").asInt());
        assertEquals(0, seen.get("hiddenIssues").asInt());
        assertTrue(!hidden.toString().contains("TEAM-20"));
    }

    @Test
    public void shouldCountEveryVisibleIssueWhenNothingIsHidden() {
        jira.login("alice");

        JsonNode kr = ok(get("cycles/" + q1.id() + "/okrs?team=TEAM"), 200).get("objectives").get(0).get("keyResults").get(0);

        assertEquals(3, kr.get("links").size());
        assertEquals(3.0, kr.get("linkTotals").get("total").asDouble(), 0.0);
        assertEquals(2.0, kr.get("linkTotals").get("done").asDouble(), 0.0);
    }

    @Test
    public void shouldAnswer404ForAnUnknownCycleAnd400ForAnUnknownLevel() {
        jira.login("alice");

        error(get("cycles/999/okrs"), 404);
        assertEquals("level", error(get("cycles/" + q1.id() + "/okrs?level=GALAXY"), 400).get("field").asText());
    }

    @Test
    public void shouldAnswer401ForTheTreeWhenNotLoggedIn() {
        error(get("cycles/" + q1.id() + "/okrs"), 401);
    }

    @Test
    public void shouldListQualityFindingsAndFilterThemByTeam() {
        jira.login("alice");

        JsonNode all = ok(get("cycles/" + q1.id() + "/findings"), 200);
        JsonNode teams = ok(get("cycles/" + q1.id() + "/findings?team=TEAM"), 200);

        assertTrue(all.size() > teams.size());
        assertTrue(teams.size() > 0);
        for (JsonNode finding : teams) {
            assertTrue(finding.toString(), finding.get("objectiveId").isNull() || finding.get("objectiveId").asLong() == team.id());
            assertTrue(finding.get("code").asText().matches("[A-Z_]+"));
        }
    }

    @Test
    public void shouldExportOneCsvRowPerKeyResultWithFormulasDefused() {
        objective(q1, "=HYPERLINK(\"http://evil\")", "alice", ObjectiveLevel.TEAM, "TEAM");
        Objective evil = store.objectivesOf(q1.id()).get(3);
        numeric(evil, "@SUM(1)", "alice", 0, 10);
        jira.login("alice");

        Response response = get("cycles/" + q1.id() + "/export.csv");
        String csv = response.readEntity(String.class);

        assertEquals(200, response.getStatus());
        assertTrue(response.getMediaType().toString().startsWith("text/csv"));
        String[] lines = csv.split("\r\n");
        assertEquals("\"objective\",\"level\",\"team\",\"owner\",\"kr\",\"kind\",\"start\",\"target\",\"current\",\"score\",\"band\",\"status\"", lines[0]);
        assertEquals(5, lines.length);
        assertTrue(csv, csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""));
        assertTrue(csv.contains("\"'@SUM(1)\""));
        assertTrue(csv, csv.contains("\"Sign-ups\",\"Number\",\"0\",\"100\",\"70\",\"0.70\",\"Green\",\"On track\""));
    }

    @Test
    public void shouldExportWhatThePageShowsWhenScoresHaveManyDecimals() {
        KeyResult third = numeric(team, "A third of the way", "alice", 0, 3);
        store.appendCheckIn(CheckIn.of(third.id(), 1.0, Confidence.AT_RISK, "", "alice", CLOCK.instant()));
        KeyResult latency = numeric(team, "Latency", "alice", 480.123, 300);
        store.appendCheckIn(CheckIn.of(latency.id(), 412.3456, Confidence.ON_TRACK, "", "alice", CLOCK.instant()));
        jira.login("alice");

        String csv = get("cycles/" + q1.id() + "/export.csv").readEntity(String.class);

        // Two decimals rounded down, as Score.display() and the page: 1/3 reads 0.33, not 0.3333333333333333.
        assertTrue(csv, csv.contains("\"A third of the way\",\"Number\",\"0\",\"3\",\"1\",\"0.33\",\"Red\""));
        assertTrue(csv, csv.contains("\"Latency\",\"Number\",\"480.12\",\"300\",\"412.35\","));
        assertTrue(csv, csv.contains("\"Tools delivered\",\"Linked Jira work\","));
        assertTrue(csv, csv.contains("\"Ship the tools\",\"Team\",\"TEAM\","));
    }

    @Test
    public void shouldExportAnObjectiveWithoutKeyResultsWhenItHasNone() {
        jira.login("alice");

        String csv = get("cycles/" + q1.id() + "/export.csv").readEntity(String.class);

        assertTrue(csv, csv.contains("\"Other team's goal\",\"Team\",\"OTHER\",\"Carol Clark\",\"\",\"\","));
    }

    private void kpisOf(String team, int count) {
        for (int i = 1; i <= count; i++) {
            kpiStore.save(KpiDefinition.of(team + " WIP " + i, "", KpiFormula.of(KpiType.WORK_IN_PROGRESS),
                    KpiDataSource.project(team), Frequency.DAILY, ZoneOffset.UTC, "alice", KpiGoal.band(1, 5), "",
                    Indicator.LEADING).withTeam(team));
        }
    }

    @Test
    public void shouldFindTooManyKpisForATeamWatchingElevenButNotForOneWatchingTen() {
        kpisOf("TEAM", 11);
        kpisOf("OTHER", 10);
        jira.login("alice");

        JsonNode all = ok(get("cycles/" + q1.id() + "/findings"), 200);
        JsonNode teams = ok(get("cycles/" + q1.id() + "/findings?team=team"), 200);

        List<JsonNode> tooMany = tooManyKpis(all);
        assertEquals(1, tooMany.size());
        assertEquals("TEAM", tooMany.get(0).get("team").asText());
        assertEquals("WARNING", tooMany.get(0).get("severity").asText());
        assertTrue(tooMany.get(0).get("message").asText(), tooMany.get(0).get("message").asText().contains("11 KPIs"));
        assertEquals(1, tooManyKpis(teams).size());
    }

    private static List<JsonNode> tooManyKpis(JsonNode findings) {
        List<JsonNode> found = new ArrayList<>();
        findings.forEach(finding -> {
            if ("TOO_MANY_KPIS".equals(finding.get("code").asText())) {
                found.add(finding);
            }
        });
        return found;
    }
}
