package io.lodestar.jira.web;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

public class KpiPageViewsTest {
    private final KpiPageViews views = new KpiPageViews();

    @Test
    public void shouldKeepTheTrimmedTeamAndTheKpiIdWhenBothAreGiven() {
        KpiPageView view = views.view("alice", " ATLAS ", " 12 ", "/jira");

        assertEquals("ATLAS", view.getTeam());
        assertEquals("12", view.getSelectedKpiId());
        assertEquals("/jira", view.getBaseUrl());
        assertEquals("alice", view.getUserKey());
    }

    @Test
    public void shouldIgnoreAKpiParameterThatIsNotAnIdWhenItComesFromAnEditedBookmark() {
        for (String kpi : new String[] {"abc", "0", "-3", "1e3", "12345678901234567890", "", null}) {
            assertEquals(String.valueOf(kpi), "", views.view("alice", null, kpi, "").getSelectedKpiId());
        }
        assertEquals("", views.view(null, null, null, null).getTeam());
        assertEquals("", views.view(null, null, null, null).getBaseUrl());
    }

    @Test
    public void shouldCutTheTeamAtTheLongestProjectKeyWhenItIsLonger() {
        assertEquals(OkrPageViews.MAX_TEAM_LENGTH, views.view("alice", "A".repeat(300), null, "").getTeam().length());
    }
}
