package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.kpi.IssueHistory;
import io.lodestar.core.kpi.IssueHistoryBuilder;
import io.lodestar.core.okr.CheckIn;
import io.lodestar.core.okr.Confidence;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import java.util.List;
import org.junit.Test;

/** {@code /dashboard}: the velocity item's one call, made of the KPI page's views, and who sees what. */
public class DashboardItemResourceTest extends RestTestBase {

    private static final String VELOCITY = "{'name':'Velocity','type':'VELOCITY','source':{'kind':'PROJECT','value':'TEAM'},"
            + "'frequency':'PER_SPRINT','owner':'alice','team':'TEAM','kind':'GROWING','direction':'HIGHER_IS_BETTER',"
            + "'target':20,'alertThreshold':10}";

    private long create(String kpi) {
        jira.project("TEAM").project("OTHER").login("alice");
        return ok(post("kpis", json(kpi)), 201).get("id").asLong();
    }

    @Test
    public void shouldAnswerTheTeamsVelocityKpiAndItsSprintsWhenAskedByTeam() {
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

        JsonNode item = ok(get("dashboard/velocity?team=TEAM&sprints=1"), 200);

        assertEquals("TEAM", item.get("team").asText());
        assertEquals(velocity, item.get("kpi").get("id").asLong());
        assertTrue(item.get("kpi").get("visible").asBoolean());
        assertEquals(20.0, item.get("kpi").get("target").asDouble(), 0.0);
        assertEquals("the same answer as the KPI page's velocity view",
                ok(get("kpi-page/kpis/" + velocity + "/velocity?sprints=1"), 200), item.get("velocity"));
        assertEquals(1, item.get("velocity").get("sprintCount").asInt());
        assertEquals(ok(get("dashboard/velocity?kpi=" + velocity + "&sprints=1"), 200), item);
    }

    @Test
    public void shouldSayWhatIsMissingOrHiddenWhenTheTeamHasNoVelocityKpiOrTheViewerMayNotBrowseIt() {
        long velocity = create(VELOCITY);

        JsonNode none = ok(get("dashboard/velocity?team=OTHER"), 200);
        assertEquals("OTHER", none.get("team").asText());
        assertTrue(none.get("kpi").isNull());

        jira.hideProject("TEAM", "carol").login("carol");
        JsonNode hidden = ok(get("dashboard/velocity?team=TEAM"), 200);
        assertFalse(hidden.get("kpi").get("visible").asBoolean());
        assertTrue("no sprint of a project carol may not browse", hidden.get("velocity").isNull());

        jira.login("alice");
        error(get("dashboard/velocity?kpi=999"), 404);
        assertEquals("team", error(get("dashboard/velocity"), 400).get("field").asText());
        assertEquals("kpi", error(get("dashboard/velocity?kpi=x"), 400).get("field").asText());
        assertEquals("sprints", error(get("dashboard/velocity?team=TEAM&sprints=0"), 400).get("field").asText());
        jira.logout();
        error(get("dashboard/velocity?team=TEAM"), 401);
    }

    @Test
    public void shouldAnswerTheTeamsScorecardAsTheKpiPageShowsItAndHideWhatTheViewerMayNotBrowse() {
        long velocity = create(VELOCITY);
        jira.login("carol");

        JsonNode item = ok(get("dashboard/scorecard?team=TEAM"), 200);

        assertEquals("TEAM", item.get("team").asText());
        assertEquals(velocity, item.get("kpis").get(0).get("id").asLong());
        assertTrue(item.get("kpis").get(0).get("visible").asBoolean());
        assertEquals("the same answer as the KPI page's scorecard", ok(get("kpi-page/scorecard?team=TEAM"), 200), item);
        assertEquals(0, ok(get("dashboard/scorecard?team=OTHER"), 200).get("kpis").size());

        jira.hideProject("TEAM", "carol").login("carol");
        JsonNode hidden = ok(get("dashboard/scorecard?team=TEAM"), 200).get("kpis").get(0);
        assertFalse(hidden.get("visible").asBoolean());

        assertEquals("team", error(get("dashboard/scorecard"), 400).get("field").asText());
        jira.logout();
        error(get("dashboard/scorecard?team=TEAM"), 401);
    }

    // ----- the OKR progress item

    /** 2026 Q1 (running on the test clock's 2026-02-15) and a later, planned Q2: company and TEAM and NOVA objectives. */
    private long[] seedOkrs() {
        Cycle q1 = quarter(2026, 1);
        quarter(2026, 2);
        Objective company = objective(q1, "Be the best", "root", ObjectiveLevel.COMPANY, null);
        Objective team = childObjective(company, "Ship the importer", "alice", "TEAM");
        objective(q1, "Nova's own goal", "carol", ObjectiveLevel.TEAM, "NOVA");
        KeyResult signups = numeric(team, "Sign-ups", "alice", 0, 100);
        store.appendCheckIn(CheckIn.of(signups.id(), 70.0, Confidence.ON_TRACK, "", "alice", CLOCK.instant()));
        jira.issue(11, "TEAM-11", "Importer", "done", 3.0).issue(31, "NOVA-31", "Secret", "done", 8.0);
        linkedWork(team, "Tools delivered", 11, 31);
        return new long[]{q1.id(), company.id(), team.id()};
    }

    @Test
    public void shouldAnswerTheCurrentCyclesObjectivesOfATeamWithTheirScoresAndKeyResults() {
        long[] ids = seedOkrs();
        jira.login("carol");

        JsonNode item = ok(get("dashboard/okr-progress?team=TEAM"), 200);

        assertEquals("the running quarter, not the newer planned one", ids[0], item.get("cycle").get("id").asLong());
        assertEquals("TEAM", item.get("team").asText());
        assertTrue(item.get("objectiveId").isNull());
        assertEquals(1, item.get("objectives").size());
        JsonNode team = item.get("objectives").get(0);
        assertEquals("Ship the importer", team.get("title").asText());
        // Sign-ups 70 of 100 scores 0.7; Tools delivered 2 of 2 issues done (carol may browse both) scores 1.0: mean 0.85.
        assertEquals(0.85, team.get("score").asDouble(), 1e-9);
        assertEquals(2, team.get("keyResults").size());
        assertEquals(0, item.get("hiddenIssues").asInt());
        assertEquals("the same objective as the OKR page's tree", ok(get("cycles/" + ids[0] + "/okrs?team=TEAM"), 200)
                .get("objectives"), item.get("objectives"));
    }

    @Test
    public void shouldAnswerOneObjectiveWithItsChildrenOrEveryTeamAndCountWhatTheViewerMayNotBrowse() {
        long[] ids = seedOkrs();
        jira.hideProject("NOVA", "carol").login("carol");

        JsonNode one = ok(get("dashboard/okr-progress?objective=" + ids[1]), 200);
        assertEquals(ids[1], one.get("objectiveId").asLong());
        assertEquals(ids[0], one.get("cycle").get("id").asLong());
        assertEquals("Be the best", one.get("objectives").get(0).get("title").asText());
        assertEquals(ids[2], one.get("objectives").get(0).get("children").get(0).get("id").asLong());
        assertEquals("NOVA-31 is linked to a key result of an aligned child", 1, one.get("hiddenIssues").asInt());

        JsonNode all = ok(get("dashboard/okr-progress?cycle=" + ids[0]), 200);
        assertTrue(all.get("team").isNull());
        assertEquals("the company objective (with its child) and NOVA's", 2, all.get("objectives").size());
        assertEquals(1, all.get("hiddenIssues").asInt());
    }

    @Test
    public void shouldSayWhenThereIsNoCycleAndRefuseUnknownOrMalformedChoices() {
        jira.login("alice");
        JsonNode none = ok(get("dashboard/okr-progress?team=TEAM"), 200);
        assertTrue(none.get("cycle").isNull());
        assertEquals(0, none.get("objectives").size());

        seedOkrs();
        error(get("dashboard/okr-progress?objective=999"), 404);
        error(get("dashboard/okr-progress?cycle=999"), 404);
        assertEquals("objective", error(get("dashboard/okr-progress?objective=x"), 400).get("field").asText());
        assertEquals("cycle", error(get("dashboard/okr-progress?cycle=-1"), 400).get("field").asText());
        jira.logout();
        error(get("dashboard/okr-progress"), 401);
    }
}
