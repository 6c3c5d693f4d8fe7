package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

public class OkrTreeServiceTest {

    private final InMemoryOkrStore store = new InMemoryOkrStore();
    private final InMemoryIssueSource issues = new InMemoryIssueSource();
    private final InMemoryKpiReadings kpis = new InMemoryKpiReadings();
    /** Halfway through a 10-day cycle. */
    private final ManualClock clock = ManualClock.at("2026-03-06");
    private final OkrTreeService trees = new OkrTreeService(store, issues, kpis, clock);
    private Cycle cycle;
    private Objective company;
    private Objective alpha;

    @Before
    public void createObjectives() {
        cycle = store.saveCycle(Cycle.of("Sprint-sized", CycleKind.CUSTOM,
                java.time.LocalDate.of(2026, 3, 1), java.time.LocalDate.of(2026, 3, 11)));
        company = store.saveObjective(Objective.draft(cycle.id(), "Company", "", "ceo", ObjectiveLevel.COMPANY, null));
        alpha = store.saveObjective(Objective.draft(cycle.id(), "Alpha goal", "", "alice", ObjectiveLevel.TEAM, "Alpha")
                .alignedTo(company.id()));
    }

    private KeyResult kr(Objective objective, double weight, Measure measure) {
        return store.saveKeyResult(KeyResult.of(objective.id(), "KR", "bob", measure).withWeight(weight));
    }

    private void checkIn(KeyResult kr, Double value, Confidence confidence, String isoInstant) {
        store.appendCheckIn(CheckIn.of(kr.id(), value, confidence, "", "bob", Instant.parse(isoInstant)));
    }

    @Test
    public void shouldWeighKeyResultScoresWhenScoringObjective() {
        KeyResult heavy = kr(alpha, 3, Measure.number("users", 0.0, 10.0));
        KeyResult light = kr(alpha, 1, Measure.milestone());
        checkIn(heavy, 8.0, Confidence.ON_TRACK, "2026-03-05T10:00:00Z");
        checkIn(light, 0.0, Confidence.ON_TRACK, "2026-03-05T10:00:00Z");
        ScoredObjective scored = trees.load(cycle.id(), OkrFilter.ALL).find(alpha.id()).orElseThrow();
        assertEquals(0.6, scored.score().orElseThrow().value(), 1e-12);
        assertEquals(Band.YELLOW, scored.score().orElseThrow().band());
        assertEquals(0.5, trees.load(cycle.id(), OkrFilter.ALL).elapsedFraction(), 1e-12);
        assertEquals(TrackStatus.ON_TRACK, scored.status().orElseThrow());
    }

    @Test
    public void shouldHaveNoScoreWhenObjectiveHasNoKeyResults() {
        ScoredObjective empty = trees.load(cycle.id(), OkrFilter.ALL).find(company.id()).orElseThrow();
        assertTrue(empty.score().isEmpty());
        assertTrue(empty.status().isEmpty());
        assertTrue(empty.keyResults().isEmpty());
    }

    @Test
    public void shouldFilterByTeamAndLevelWhenAsked() {
        store.saveObjective(Objective.draft(cycle.id(), "Beta goal", "", "bea", ObjectiveLevel.TEAM, "Beta"));
        assertEquals(List.of(alpha.id()), ids(trees.load(cycle.id(), OkrFilter.team("alpha"))));
        assertEquals(List.of(company.id()), ids(trees.load(cycle.id(), OkrFilter.level(ObjectiveLevel.COMPANY))));
        assertEquals(3, trees.load(cycle.id(), OkrFilter.ALL).objectives().size());
    }

    @Test
    public void shouldBuildAlignmentTreeWhenReadingRootsAndChildren() {
        OkrTree tree = trees.load(cycle.id(), OkrFilter.ALL);
        assertEquals(List.of(company.id()), tree.roots().stream().map(o -> o.objective().id()).toList());
        assertEquals(List.of(alpha.id()), tree.childrenOf(company.id()).stream().map(o -> o.objective().id()).toList());
        OkrTree teamOnly = trees.load(cycle.id(), OkrFilter.team("Alpha"));
        assertEquals(List.of(alpha.id()), teamOnly.roots().stream().map(o -> o.objective().id()).toList());
    }

    @Test
    public void shouldCountOnlyVisibleIssuesWhenSomeAreHidden() {
        KeyResult work = kr(alpha, 1, Measure.linkedWork(WorkBasis.ISSUE_COUNT));
        store.link(new IssueLink(work.id(), 100));
        store.link(new IssueLink(work.id(), 200));
        store.link(new IssueLink(work.id(), 300));
        issues.put(LinkedIssue.issue(100, "A-1", true, null))
                .put(LinkedIssue.issue(200, "A-2", false, null))
                .put(LinkedIssue.issue(300, "SECRET-1", false, null))
                .hide(300);
        ScoredKeyResult scored = trees.load(cycle.id(), OkrFilter.ALL).findKeyResult(work.id()).orElseThrow();
        assertEquals(0.5, scored.score().value(), 0.0);
        assertEquals(2, scored.measurement().work().totalIssues());
    }

    @Test
    public void shouldAskIssueSourceOnceWhenSeveralLinkedWorkKeyResults() {
        KeyResult first = kr(alpha, 1, Measure.linkedWork(WorkBasis.ISSUE_COUNT));
        KeyResult second = kr(company, 1, Measure.linkedWork(WorkBasis.ISSUE_COUNT));
        store.link(new IssueLink(first.id(), 100));
        store.link(new IssueLink(second.id(), 200));
        issues.put(LinkedIssue.issue(100, "A-1", true, null)).put(LinkedIssue.issue(200, "A-2", false, null));
        OkrTree tree = trees.load(cycle.id(), OkrFilter.ALL);
        assertEquals(1, issues.calls());
        assertEquals(1.0, tree.findKeyResult(first.id()).orElseThrow().score().value(), 0.0);
        assertEquals(0.0, tree.findKeyResult(second.id()).orElseThrow().score().value(), 0.0);
    }

    @Test
    public void shouldReadKpiWhenKeyResultIsKpiBacked() {
        KeyResult leadTime = kr(alpha, 1, Measure.kpi(42, "days", 20, 10));
        kpis.put(42, 14, Instant.parse("2026-03-05T00:00:00Z"));
        ScoredKeyResult scored = trees.load(cycle.id(), OkrFilter.ALL).findKeyResult(leadTime.id()).orElseThrow();
        assertEquals(0.6, scored.score().value(), 1e-12);
        assertEquals(14.0, scored.measurement().current(), 0.0);
    }

    @Test
    public void shouldJudgeStatusFromScoreAndConfidenceWhenHalfway() {
        KeyResult behind = kr(alpha, 1, Measure.number("users", 0.0, 100.0));
        KeyResult confident = kr(alpha, 1, Measure.number("users", 0.0, 100.0));
        KeyResult worried = kr(alpha, 1, Measure.number("users", 0.0, 100.0));
        checkIn(behind, 10.0, Confidence.ON_TRACK, "2026-03-05T00:00:00Z");
        checkIn(confident, 40.0, Confidence.ON_TRACK, "2026-03-05T00:00:00Z");
        checkIn(worried, 40.0, Confidence.OFF_TRACK, "2026-03-05T00:00:00Z");
        OkrTree tree = trees.load(cycle.id(), OkrFilter.ALL);
        assertEquals(TrackStatus.OFF_TRACK, tree.findKeyResult(behind.id()).orElseThrow().status());
        assertEquals(TrackStatus.ON_TRACK, tree.findKeyResult(confident.id()).orElseThrow().status());
        assertEquals(TrackStatus.OFF_TRACK, tree.findKeyResult(worried.id()).orElseThrow().status());
    }

    @Test
    public void shouldForecastFromCheckInsWhenTheySpanAWeek() {
        KeyResult users = kr(alpha, 1, Measure.number("users", 0.0, 100.0));
        checkIn(users, 10.0, Confidence.ON_TRACK, "2026-03-01T00:00:00Z");
        ScoredKeyResult one = trees.load(cycle.id(), OkrFilter.ALL).findKeyResult(users.id()).orElseThrow();
        assertFalse(one.forecast().available());
        assertTrue(one.forecastScore().isEmpty());
        checkIn(users, 40.0, Confidence.ON_TRACK, "2026-03-04T00:00:00Z");
        assertEquals(Forecast.Missing.TOO_SHORT_SPAN,
                trees.load(cycle.id(), OkrFilter.ALL).findKeyResult(users.id()).orElseThrow().forecast().missing());
        // 10, 40, 80 on days 0, 3, 7: 10 a day, 110 at the end of the 10-day cycle; 100 is reached on day 9.
        checkIn(users, 80.0, Confidence.ON_TRACK, "2026-03-08T00:00:00Z");
        ScoredKeyResult two = trees.load(cycle.id(), OkrFilter.ALL).findKeyResult(users.id()).orElseThrow();
        assertEquals(110.0, two.forecast().value(), 1e-9);
        assertEquals(1.0, two.forecastScore().orElseThrow().value(), 1e-9);
        assertEquals(Forecast.Reach.ON_DATE, two.forecast().reach());
        assertEquals(Instant.parse("2026-03-10T00:00:00Z"), two.forecast().targetDate());
    }

    @Test
    public void shouldExplainMissingForecastWhenMilestoneOrLinkedWork() {
        KeyResult launch = kr(alpha, 1, Measure.milestone());
        KeyResult work = kr(alpha, 1, Measure.linkedWork(WorkBasis.ISSUE_COUNT));
        OkrTree tree = trees.load(cycle.id(), OkrFilter.ALL);
        assertEquals(OkrTree.NO_FORECAST_FOR_MILESTONE, tree.findKeyResult(launch.id()).orElseThrow().forecast().reason());
        assertEquals(OkrTree.NO_FORECAST_FOR_LINKED_WORK, tree.findKeyResult(work.id()).orElseThrow().forecast().reason());
    }

    @Test
    public void shouldFlagCheckInDueWhenLastIsAWeekOld() {
        KeyResult users = kr(alpha, 1, Measure.number("users", 0.0, 100.0));
        assertTrue(trees.load(cycle.id(), OkrFilter.ALL).findKeyResult(users.id()).orElseThrow().checkInDue());
        checkIn(users, 10.0, Confidence.ON_TRACK, "2026-03-02T00:00:00Z");
        assertFalse(trees.load(cycle.id(), OkrFilter.ALL).findKeyResult(users.id()).orElseThrow().checkInDue());
    }

    @Test
    public void shouldListLinkedKeyResultsWhenAskedForAnIssue() {
        KeyResult work = kr(alpha, 1, Measure.linkedWork(WorkBasis.ISSUE_COUNT));
        store.link(new IssueLink(work.id(), 100));
        issues.put(LinkedIssue.issue(100, "A-1", true, null));
        List<ScoredKeyResult> linked = trees.forIssue(100);
        assertEquals(1, linked.size());
        assertEquals(work.id(), linked.get(0).keyResult().id());
        assertEquals(1.0, linked.get(0).score().value(), 0.0);
        assertTrue(trees.forIssue(999).isEmpty());
    }

    private static List<Long> ids(OkrTree tree) {
        return tree.objectives().stream().map(o -> o.objective().id()).toList();
    }
}
