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
        List<IssueContribution> linked = trees.forIssue(List.of(100L));
        assertEquals(1, linked.size());
        assertEquals(work.id(), linked.get(0).keyResult().keyResult().id());
        assertEquals(1.0, linked.get(0).keyResult().score().value(), 0.0);
        assertEquals(alpha, linked.get(0).objective());
        assertEquals(cycle, linked.get(0).cycle());
        assertEquals(100L, linked.get(0).linkedThrough());
        assertTrue(trees.forIssue(List.of(999L)).isEmpty());
    }

    @Test
    public void shouldCountThroughTheEpicWhenOnlyTheEpicIsLinked() {
        KeyResult points = kr(alpha, 1, Measure.linkedWork(WorkBasis.STORY_POINTS));
        store.link(new IssueLink(points.id(), 700));
        LinkedIssue story = LinkedIssue.issue(701, "A-701", true, 5.0);
        issues.put(LinkedIssue.epic(700, "A-700", false, null,
                List.of(story, LinkedIssue.issue(702, "A-702", false, 35.0))));

        List<IssueContribution> found = trees.forIssue(List.of(701L, 700L));

        assertEquals(1, found.size());
        assertEquals(700L, found.get(0).linkedThrough());
        assertEquals(0.125, found.get(0).keyResult().score().value(), 1e-12);
        assertEquals(List.of(701L, 702L), found.get(0).linkedIssue().orElseThrow().children().stream()
                .map(LinkedIssue::issueId).toList());
    }

    @Test
    public void shouldCountThroughTheIssueItselfWhenLinkedDirectlyAndThroughItsEpic() {
        KeyResult work = kr(alpha, 1, Measure.linkedWork(WorkBasis.ISSUE_COUNT));
        store.link(new IssueLink(work.id(), 700));
        store.link(new IssueLink(work.id(), 701));
        issues.put(LinkedIssue.issue(701, "A-701", false, null));
        issues.put(LinkedIssue.epic(700, "A-700", false, null, List.of()));

        List<IssueContribution> found = trees.forIssue(List.of(701L, 700L));

        assertEquals(1, found.size());
        assertEquals(701L, found.get(0).linkedThrough());
    }

    @Test
    public void shouldCountHiddenLinkedIssuesWhenTheUserMayNotBrowseThem() {
        KeyResult work = kr(alpha, 1, Measure.linkedWork(WorkBasis.ISSUE_COUNT));
        store.link(new IssueLink(work.id(), 100));
        store.link(new IssueLink(work.id(), 200));
        store.link(new IssueLink(work.id(), 300));
        issues.put(LinkedIssue.issue(100, "A-1", true, null));
        issues.put(LinkedIssue.issue(200, "N-1", true, null)).hide(200);
        issues.put(LinkedIssue.issue(300, "N-2", false, null)).hide(300);

        IssueContribution found = trees.forIssue(List.of(100L)).get(0);

        assertEquals(2, found.hiddenIssues());
        assertEquals(List.of(100L), found.visibleIssues().stream().map(LinkedIssue::issueId).toList());
        assertEquals(1.0, found.keyResult().score().value(), 0.0);
    }

    @Test
    public void shouldAskForIssuesOnceWhenManyKeyResultsInSeveralCyclesAreLinked() {
        Cycle next = store.saveCycle(Cycle.of("Next", CycleKind.CUSTOM,
                java.time.LocalDate.of(2026, 3, 11), java.time.LocalDate.of(2026, 3, 21)));
        Objective later = store.saveObjective(Objective.draft(next.id(), "Later", "", "alice", ObjectiveLevel.TEAM, "Alpha"));
        for (int i = 0; i < 10; i++) {
            store.link(new IssueLink(kr(i % 2 == 0 ? alpha : later, 1, Measure.linkedWork(WorkBasis.ISSUE_COUNT)).id(), 100));
        }
        issues.put(LinkedIssue.issue(100, "A-1", false, null));
        int before = issues.calls();

        List<IssueContribution> found = trees.forIssue(List.of(100L));

        assertEquals(10, found.size());
        assertEquals(1, issues.calls() - before);
        assertEquals(java.util.Set.of(cycle.id(), next.id()),
                found.stream().map(c -> c.cycle().id()).collect(java.util.stream.Collectors.toSet()));
    }

    private static List<Long> ids(OkrTree tree) {
        return tree.objectives().stream().map(o -> o.objective().id()).toList();
    }
}
