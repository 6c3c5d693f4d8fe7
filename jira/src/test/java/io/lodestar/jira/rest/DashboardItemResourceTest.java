package io.lodestar.jira.rest;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.kpi.IssueHistory;
import io.lodestar.core.kpi.IssueHistoryBuilder;
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
}
