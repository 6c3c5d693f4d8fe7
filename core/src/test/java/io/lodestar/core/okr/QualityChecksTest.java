package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

public class QualityChecksTest {

    private final InMemoryOkrStore store = new InMemoryOkrStore();
    private final QualityService quality = new QualityService(store);
    private Cycle q1;
    private Objective company;

    @Before
    public void createCycle() {
        q1 = store.saveCycle(Cycle.quarter(2026, 1));
        company = objective(q1, "Company", ObjectiveLevel.COMPANY, null, null);
        numeric(company, 0.0, 1.0);
        numeric(company, 0.0, 1.0);
    }

    private Objective objective(Cycle cycle, String title, ObjectiveLevel level, String team, Long parentId) {
        return store.saveObjective(Objective.draft(cycle.id(), title, "", "alice", level, team).alignedTo(parentId));
    }

    private Objective teamObjective(String title) {
        return objective(q1, title, ObjectiveLevel.TEAM, "Alpha", company.id());
    }

    private KeyResult numeric(Objective objective, Double start, Double target) {
        return store.saveKeyResult(KeyResult.of(objective.id(), "Numeric", "bob", Measure.number("x", start, target)));
    }

    private KeyResult milestone(Objective objective) {
        return store.saveKeyResult(KeyResult.of(objective.id(), "Milestone", "bob", Measure.milestone()));
    }

    private List<Finding> findings(QualityRule rule) {
        return quality.check(q1.id(), Map.of()).stream().filter(f -> f.rule() == rule).toList();
    }

    @Test
    public void shouldFindNothingWhenOkrsAreWellFormed() {
        Objective good = teamObjective("Good");
        numeric(good, 0.0, 10.0);
        milestone(good);
        assertEquals(List.of(), quality.check(q1.id(), Map.of("Alpha", 10)));
    }

    @Test
    public void shouldWarnWhenFewerThanTwoKeyResults() {
        Objective lonely = teamObjective("Lonely");
        numeric(lonely, 0.0, 10.0);
        Objective empty = teamObjective("Empty");
        List<Finding> found = findings(QualityRule.TOO_FEW_KEY_RESULTS);
        assertEquals(List.of("objective:" + lonely.id(), "objective:" + empty.id()), found.stream().map(Finding::subject).toList());
        assertEquals(Severity.WARNING, found.get(0).severity());
        assertEquals("Objective \"Lonely\" has 1 key result; at least 2 measure it from more than one angle.", found.get(0).message());
    }

    @Test
    public void shouldWarnWhenMoreThanFiveKeyResults() {
        Objective five = teamObjective("Five");
        Objective six = teamObjective("Six");
        for (int i = 0; i < 5; i++) {
            numeric(five, 0.0, 1.0);
            numeric(six, 0.0, 1.0);
        }
        numeric(six, 0.0, 1.0);
        assertEquals(List.of("objective:" + six.id()), findings(QualityRule.TOO_MANY_KEY_RESULTS).stream().map(Finding::subject).toList());
    }

    @Test
    public void shouldWarnWhenTeamHasMoreThanFiveObjectives() {
        for (int i = 1; i <= 5; i++) {
            teamObjective("Objective " + i);
        }
        assertTrue(findings(QualityRule.TOO_MANY_OBJECTIVES).isEmpty());
        teamObjective("Objective 6");
        List<Finding> found = findings(QualityRule.TOO_MANY_OBJECTIVES);
        assertEquals(1, found.size());
        assertEquals("team:Alpha", found.get(0).subject());
    }

    @Test
    public void shouldReportErrorWhenNumericKeyResultLacksStartOrTarget() {
        Objective objective = teamObjective("Objective");
        KeyResult noTarget = numeric(objective, 5.0, null);
        KeyResult noStart = numeric(objective, null, 5.0);
        List<Finding> found = findings(QualityRule.NO_START_OR_TARGET);
        assertEquals(List.of("keyResult:" + noTarget.id(), "keyResult:" + noStart.id()), found.stream().map(Finding::subject).toList());
        assertEquals(Severity.ERROR, found.get(0).severity());
        assertTrue(found.get(0).message().contains("no target"));
        assertTrue(found.get(1).message().contains("no start"));
    }

    @Test
    public void shouldWarnWhenObjectiveOrKeyResultHasNoOwner() {
        Objective unowned = store.saveObjective(Objective.draft(q1.id(), "Unowned", "", " ", ObjectiveLevel.TEAM, "Alpha")
                .alignedTo(company.id()));
        KeyResult orphan = store.saveKeyResult(KeyResult.of(unowned.id(), "Orphan", null, Measure.number("x", 0.0, 1.0)));
        numeric(unowned, 0.0, 1.0);
        assertEquals(List.of("objective:" + unowned.id(), "keyResult:" + orphan.id()),
                findings(QualityRule.NO_OWNER).stream().map(Finding::subject).toList());
    }

    @Test
    public void shouldWarnWhenAllKeyResultsAreMilestones() {
        Objective tasks = teamObjective("Tasks");
        milestone(tasks);
        milestone(tasks);
        assertEquals(List.of("objective:" + tasks.id()), findings(QualityRule.ONLY_MILESTONES).stream().map(Finding::subject).toList());
    }

    @Test
    public void shouldAdviseWhenTeamObjectiveAlignsToNothing() {
        Objective loose = objective(q1, "Loose", ObjectiveLevel.TEAM, "Alpha", null);
        objective(q1, "Individual", ObjectiveLevel.INDIVIDUAL, "Alpha", null);
        List<Finding> found = findings(QualityRule.NOT_ALIGNED);
        assertEquals(List.of("objective:" + loose.id()), found.stream().map(Finding::subject).toList());
        assertEquals(Severity.INFO, found.get(0).severity());
    }

    @Test
    public void shouldWarnWhenTeamHasMoreThanTenKpis() {
        List<Finding> found = quality.check(q1.id(), Map.of("Alpha", 11, "Beta", 10)).stream()
                .filter(f -> f.rule() == QualityRule.TOO_MANY_KPIS).toList();
        assertEquals(List.of("team:Alpha"), found.stream().map(Finding::subject).toList());
    }

    @Test
    public void shouldFlagNotAmbitiousWhenTeamScoresOneTwoCyclesRunning() {
        gradedCycle(2025, 3, "Alpha", 1.0, 1.0);
        gradedCycle(2025, 4, "Alpha", 1.0);
        gradedCycle(2025, 4, "Beta", 1.0);
        assertEquals(List.of("team:Alpha"), findings(QualityRule.NOT_AMBITIOUS).stream().map(Finding::subject).toList());
    }

    @Test
    public void shouldNotFlagAmbitionWhenOnlyOneCycleOrMixedScores() {
        gradedCycle(2025, 3, "Alpha", 1.0, 0.6);
        gradedCycle(2025, 4, "Alpha", 1.0);
        gradedCycle(2025, 4, "Beta", 0.1);
        assertTrue(findings(QualityRule.NOT_AMBITIOUS).isEmpty());
        assertTrue(findings(QualityRule.TOO_AMBITIOUS).isEmpty());
    }

    @Test
    public void shouldFlagTooAmbitiousWhenTeamNeverReachesPointFour() {
        gradedCycle(2025, 3, "Alpha", 0.39, 0.2);
        gradedCycle(2025, 4, "Alpha", 0.0);
        gradedCycle(2025, 2, "Beta", 0.39);
        gradedCycle(2025, 3, "Beta", 0.4);
        assertEquals(List.of("team:Alpha"), findings(QualityRule.TOO_AMBITIOUS).stream().map(Finding::subject).toList());
    }

    @Test
    public void shouldIgnoreLaterCyclesWhenJudgingAmbition() {
        gradedCycle(2026, 2, "Alpha", 1.0);
        gradedCycle(2026, 3, "Alpha", 1.0);
        assertTrue(findings(QualityRule.NOT_AMBITIOUS).isEmpty());
    }

    private void gradedCycle(int year, int quarter, String team, double... scores) {
        Cycle cycle = store.cycles().stream().filter(c -> c.name().equals(year + " Q" + quarter)).findFirst()
                .orElseGet(() -> store.saveCycle(Cycle.quarter(year, quarter)));
        for (double score : scores) {
            Objective objective = objective(cycle, team + " " + score, ObjectiveLevel.TEAM, team, null);
            store.saveObjective(objective.graded(score));
        }
        Cycle stored = store.findCycle(cycle.id()).orElseThrow();
        if (!stored.closed()) {
            store.saveCycle(stored.close());
        }
    }
}
