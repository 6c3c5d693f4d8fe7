package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/**
 * The OKR story end to end, through the application services only: a company sets a yearly objective,
 * the Payments team aligns a quarterly one to it with three key results of different kinds, links its
 * epics, checks in every week, watches status and forecast, grades the quarter, carries unfinished
 * work into the next one and keeps what it achieved as a KPI.
 */
public class OkrScenarioTest {

    private final ManualClock clock = ManualClock.at("2026-01-05");
    private final InMemoryOkrStore store = new InMemoryOkrStore();
    private final InMemoryIssueSource jira = new InMemoryIssueSource();
    private final InMemoryKpiReadings kpis = new InMemoryKpiReadings();

    private final CycleService cycles = new CycleService(store, jira, kpis, clock);
    private final ObjectiveService objectives = new ObjectiveService(store);
    private final KeyResultService keyResults = new KeyResultService(store);
    private final CheckInService checkIns = new CheckInService(store, clock);
    private final OkrTreeService trees = new OkrTreeService(store, jira, kpis, clock);
    private final QualityService quality = new QualityService(store);
    private final KpiBridgeService bridge = new KpiBridgeService(store, jira, kpis, clock);

    @Test
    public void shouldTellTheOkrStoryWhenAQuarterIsPlannedTrackedGradedAndCarriedOver() {
        // The company plans its year and the first quarter.
        Cycle year = cycles.create(Cycle.year(2026));
        Cycle q1 = cycles.create(Cycle.quarter(2026, 1));
        Objective trust = objectives.create(new NewObjective(year.id(), "Customers trust our releases",
                "Fewer incidents, predictable delivery", "ceo", ObjectiveLevel.COMPANY, null, null));

        // The Payments team aligns its quarter to it, with three key results of three kinds.
        Objective checkout = objectives.create(new NewObjective(q1.id(), "Ship a checkout customers rely on", "",
                "alice", ObjectiveLevel.TEAM, "Payments", trust.id()));
        checkout = objectives.activate(checkout.id(), checkout.version());
        KeyResult bugs = keyResults.add(checkout.id(), new NewKeyResult("Bugs per release down from 15 to 3", "bob",
                2.0, Measure.number("bugs", 15.0, 3.0), null));
        KeyResult epics = keyResults.add(checkout.id(), NewKeyResult.of("Deliver the checkout epics", "carol",
                Measure.linkedWork(WorkBasis.STORY_POINTS)));
        KeyResult statusPage = keyResults.add(checkout.id(), NewKeyResult.of("Publish a public status page", "dave",
                Measure.milestone()));
        assertEquals(List.of(), quality.check(q1.id(), Map.of("Payments", 4)));

        // Two epics are linked; their stories come from Jira.
        keyResults.link(epics.id(), 1000);
        keyResults.link(epics.id(), 2000);
        jiraSays(0, 0);

        // Week after week the owners check in, and Jira moves on.
        double[] bugsPerWeek = {14, 12, 11, 9, 8, 7};
        for (int week = 0; week < bugsPerWeek.length; week++) {
            checkIns.checkIn(bugs.id(), bugsPerWeek[week], Confidence.ON_TRACK, "week " + (week + 1), "bob");
            checkIns.checkIn(epics.id(), null, week < 3 ? Confidence.ON_TRACK : Confidence.AT_RISK, "", "carol");
            jiraSays(Math.min(week, 2), 0);
            clock.advance(Duration.ofDays(7));
        }

        // Mid-quarter (Feb 16): the page shows scores, statuses and a forecast.
        OkrTree midQuarter = trees.load(q1.id(), OkrFilter.team("Payments"));
        assertEquals(0.5, midQuarter.elapsedFraction(), 0.03);
        ScoredKeyResult bugsNow = midQuarter.findKeyResult(bugs.id()).orElseThrow();
        assertEquals(8.0 / 12, bugsNow.score().value(), 1e-12);
        assertEquals(TrackStatus.ON_TRACK, bugsNow.status());
        assertTrue(bugsNow.forecast().available());
        assertTrue("fewer than 3 bugs forecast: " + bugsNow.forecast().value(), bugsNow.forecast().value() < 3.0);
        ScoredKeyResult epicsNow = midQuarter.findKeyResult(epics.id()).orElseThrow();
        assertEquals(13.0 / 40, epicsNow.score().value(), 1e-12);
        assertEquals(TrackStatus.AT_RISK, epicsNow.status());
        assertFalse(epicsNow.forecast().available());
        ScoredKeyResult pageNow = midQuarter.findKeyResult(statusPage.id()).orElseThrow();
        assertTrue(pageNow.checkInDue());
        assertEquals(TrackStatus.OFF_TRACK, pageNow.status());
        assertEquals(List.of(checkout.id()), midQuarter.objectives().stream().map(o -> o.objective().id()).toList());

        // The quarter ends: bugs reach 4, the status page ships, one story is still open.
        clock.set(Instant.parse("2026-03-30T09:00:00Z"));
        checkIns.checkIn(bugs.id(), 4.0, Confidence.ON_TRACK, "", "bob");
        checkIns.checkIn(statusPage.id(), 1.0, Confidence.ON_TRACK, "Live", "dave");
        jiraSays(3, 1);

        clock.set(Instant.parse("2026-04-01T08:00:00Z"));
        OkrTree graded = cycles.closeAndGrade(q1.id(), q1.version());
        double bugsScore = 11.0 / 12;
        double epicsScore = 32.0 / 40;
        assertEquals(bugsScore, store.findKeyResult(bugs.id()).orElseThrow().finalScore(), 1e-12);
        assertEquals(epicsScore, store.findKeyResult(epics.id()).orElseThrow().finalScore(), 1e-12);
        ScoredObjective gradedCheckout = graded.find(checkout.id()).orElseThrow();
        double expected = (2 * bugsScore + epicsScore + 1.0) / 4;
        assertEquals(expected, gradedCheckout.score().orElseThrow().value(), 1e-12);
        assertEquals(Band.GREEN, gradedCheckout.score().orElseThrow().band());
        assertEquals("0.90", gradedCheckout.score().orElseThrow().display());
        assertEquals(ObjectiveState.CLOSED, gradedCheckout.objective().state());

        // The unfinished epics carry into Q2, starting from what is already done.
        Cycle q2 = cycles.create(Cycle.quarter(2026, 2));
        Objective checkoutQ2 = objectives.create(new NewObjective(q2.id(), "Finish the checkout", "", "alice",
                ObjectiveLevel.TEAM, "Payments", trust.id()));
        KeyResult carried = cycles.carryOver(epics.id(), checkoutQ2.id());
        assertEquals(Long.valueOf(epics.id()), carried.carriedFromId());
        assertEquals(List.of(1000L, 2000L), keyResults.linkedIssueIds(carried.id()));
        assertEquals(32.0 / 40, trees.load(q2.id(), OkrFilter.ALL).findKeyResult(carried.id()).orElseThrow().score().value(), 1e-12);

        // What the team achieved on bugs becomes a KPI to keep: at most 4 bugs per release.
        KpiProposal kpi = bridge.proposeKpi(bugs.id());
        assertEquals(new KpiProposal("Bugs per release down from 15 to 3", "bugs", 4.0, Direction.DECREASE,
                "Payments", bugs.id()), kpi);
    }

    /**
     * Epic 1000 has stories of 5, 8 and 13 points; epic 2000 has stories of 6 and 8 points. The first
     * {@code doneInFirst} stories of epic 1000 and the first {@code doneInSecond} of epic 2000 are done.
     */
    private void jiraSays(int doneInFirst, int doneInSecond) {
        jira.put(LinkedIssue.epic(1000, "PAY-1", doneInFirst == 3, null, List.of(
                LinkedIssue.issue(1001, "PAY-11", doneInFirst >= 1, 5.0),
                LinkedIssue.issue(1002, "PAY-12", doneInFirst >= 2, 8.0),
                LinkedIssue.issue(1003, "PAY-13", doneInFirst >= 3, 13.0))));
        jira.put(LinkedIssue.epic(2000, "PAY-2", doneInSecond == 2, null, List.of(
                LinkedIssue.issue(2001, "PAY-21", doneInSecond >= 1, 6.0),
                LinkedIssue.issue(2002, "PAY-22", doneInSecond >= 2, 8.0))));
    }
}
