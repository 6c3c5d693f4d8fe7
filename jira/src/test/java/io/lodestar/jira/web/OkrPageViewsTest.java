package io.lodestar.jira.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.CycleService;
import io.lodestar.core.okr.InMemoryIssueSource;
import io.lodestar.core.okr.InMemoryKpiReadings;
import io.lodestar.core.okr.InMemoryOkrStore;
import io.lodestar.core.okr.ManualClock;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.Before;
import org.junit.Test;

public class OkrPageViewsTest {
    private final io.lodestar.jira.host.FakeJira jira = new io.lodestar.jira.host.FakeJira().user("alice", "Alice Adams")
            .user("root", "Jira Root").jiraAdmin("root");
    private final ManualClock clock = ManualClock.at("2026-05-10");
    private final CycleService cycles = new CycleService(new InMemoryOkrStore(), new InMemoryIssueSource(),
            new InMemoryKpiReadings(), clock);
    private final OkrPageViews views = new OkrPageViews(cycles, clock, new io.lodestar.jira.app.OkrAccess(jira.permissions()));
    private Cycle q1;
    private Cycle q2;
    private Cycle q3;
    private Cycle year;

    @Before
    public void createCycles() {
        q1 = cycles.create(Cycle.quarter(2026, 1));
        q3 = cycles.create(Cycle.quarter(2026, 3));
        q2 = cycles.create(Cycle.quarter(2026, 2));
        year = cycles.create(Cycle.year(2026));
    }

    private static String selected(OkrPageView view) {
        return view.getCycles().stream().filter(CycleOption::isSelected).map(CycleOption::getName)
                .collect(Collectors.joining(","));
    }

    @Test
    public void shouldListCyclesNewestFirstWhenRendered() {
        OkrPageView view = views.view("alice", null, null, "");

        assertEquals(List.of("2026 Q3", "2026 Q2", "2026", "2026 Q1"),
                view.getCycles().stream().map(CycleOption::getName).toList());
        assertEquals("2026-07-01", view.getCycles().get(0).getStart());
        assertEquals("2026-10-01", view.getCycles().get(0).getEnd());
    }

    @Test
    public void shouldSelectTheRequestedCycleWhenTheQueryNamesAKnownOne() {
        OkrPageView view = views.view("alice", " " + q1.id() + " ", null, "");

        assertEquals("2026 Q1", selected(view));
        assertEquals(String.valueOf(q1.id()), view.getSelectedCycleId());
    }

    @Test
    public void shouldSelectTheNewestRunningCycleWhenTheQueryIsMissingOrUnknown() {
        assertEquals("2026 Q2", selected(views.view("alice", null, null, "")));
        assertEquals("2026 Q2", selected(views.view("alice", "999", null, "")));
        assertEquals("2026 Q2", selected(views.view("alice", "x'; drop", null, "")));
    }

    @Test
    public void shouldSayTheLinkedCycleIsMissingWhenTheQueryNamesAnUnknownOne() {
        OkrPageView unknown = views.view("alice", "999", null, "");

        assertTrue(unknown.isRequestedCycleMissing());
        assertEquals("2026 Q2", selected(unknown));
        assertTrue(views.view("alice", "x'; drop", null, "").isRequestedCycleMissing());
        assertFalse(views.view("alice", String.valueOf(q1.id()), null, "").isRequestedCycleMissing());
        assertFalse(views.view("alice", null, null, "").isRequestedCycleMissing());
        assertFalse(views.view("alice", "", null, "").isRequestedCycleMissing());
    }

    @Test
    public void shouldSelectTheNewestCycleWhenNoneIsRunning() {
        clock.set(java.time.Instant.parse("2030-01-01T00:00:00Z"));

        assertEquals("2026 Q3", selected(views.view("alice", null, null, "")));
    }

    @Test
    public void shouldHaveNoSelectionWhenThereIsNoCycle() {
        OkrPageViews empty = new OkrPageViews(new CycleService(new InMemoryOkrStore(), new InMemoryIssueSource(),
                new InMemoryKpiReadings(), clock), clock, new io.lodestar.jira.app.OkrAccess(jira.permissions()));

        OkrPageView view = empty.view("alice", "1", "ABC", "");

        assertTrue(view.isWithoutCycles());
        assertEquals("", view.getSelectedCycleId());
    }

    @Test
    public void shouldTrimAndCapTheTeamWhenTheQueryHasOne() {
        assertEquals("ABC", views.view("alice", null, "  ABC ", "").getTeam());
        assertEquals("", views.view("alice", null, null, "").getTeam());
        assertEquals(OkrPageViews.MAX_TEAM_LENGTH,
                views.view("alice", null, "K".repeat(1000), "").getTeam().length());
    }

    @Test
    public void shouldCarryTheUserAndContextPathWhenBuilt() {
        OkrPageView view = views.view("alice", null, null, "/jira");

        assertEquals("alice", view.getUserKey());
        assertEquals("/jira", view.getBaseUrl());
        assertTrue(view.getCycles().stream().anyMatch(option -> option.getId() == year.id() && !option.isClosed()));
    }

    @Test
    public void shouldOfferTheCycleControlsOnlyWhenTheUserIsAJiraAdministrator() {
        jira.login("alice");
        assertFalse(views.view("alice", null, null, "").isCycleAdmin());

        jira.login("root");
        assertTrue(views.view("root", null, null, "").isCycleAdmin());
    }

    @Test
    public void shouldShowMyCheckInsOnlyWhenTheViewAsksForThem() {
        assertTrue(views.view("alice", null, null, "my-check-ins", "").isMyCheckIns());
        assertFalse(views.view("alice", null, null, "tree", "").isMyCheckIns());
        assertFalse(views.view("alice", null, null, null, "").isMyCheckIns());
    }
}
