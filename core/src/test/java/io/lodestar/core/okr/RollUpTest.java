package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.Before;
import org.junit.Test;

/** An objective's progress rolling up from its aligned objectives, weighted (issue 11). */
public class RollUpTest {

    private final InMemoryOkrStore store = new InMemoryOkrStore();
    private final ManualClock clock = ManualClock.at("2026-03-06");
    private final OkrTreeService trees = new OkrTreeService(store, new InMemoryIssueSource(), new InMemoryKpiReadings(), clock);
    private Cycle cycle;
    private Objective company;
    private Objective alpha;
    private Objective beta;

    @Before
    public void createTree() {
        cycle = store.saveCycle(Cycle.of("March", CycleKind.CUSTOM, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 11)));
        company = store.saveObjective(Objective.draft(cycle.id(), "Company", "", "ceo", ObjectiveLevel.COMPANY, null));
        alpha = store.saveObjective(Objective.draft(cycle.id(), "Alpha", "", "alice", ObjectiveLevel.TEAM, "ALPHA")
                .alignedTo(company.id()));
        beta = store.saveObjective(Objective.draft(cycle.id(), "Beta", "", "bob", ObjectiveLevel.TEAM, "BETA")
                .alignedTo(company.id()));
    }

    /** A numeric key result from 0 to 10 checked in at {@code value}, so it scores value / 10. */
    private void kr(Objective objective, double weight, double value) {
        KeyResult kr = store.saveKeyResult(KeyResult.of(objective.id(), "KR", "bob", Measure.number("", 0.0, 10.0))
                .withWeight(weight));
        store.appendCheckIn(CheckIn.of(kr.id(), value, Confidence.ON_TRACK, "", "bob", Instant.parse("2026-03-05T10:00:00Z")));
    }

    private ScoredObjective scored(Objective objective) {
        return trees.load(cycle.id(), OkrFilter.ALL).find(objective.id()).orElseThrow();
    }

    private void rollUp(Objective objective) {
        Objective stored = store.findObjective(objective.id()).orElseThrow();
        store.saveObjective(stored.withRollUp(true));
    }

    @Test
    public void shouldScoreOnlyOwnKeyResultsWhenNotRollingUp() {
        kr(company, 1, 10);
        kr(alpha, 1, 0);
        assertEquals(1.0, scored(company).score().orElseThrow().value(), 1e-12);
    }

    @Test
    public void shouldWeighAlignedObjectivesByTheirKeyResultsWeightsWhenRollingUp() {
        kr(company, 1, 10);
        kr(alpha, 1, 4);
        kr(alpha, 1, 1);
        rollUp(company);

        ScoredObjective scored = scored(company);

        // (1 x 1.0 + 2 x 0.25) / 3; beta has nothing to score and is left out
        assertEquals(0.5, scored.score().orElseThrow().value(), 1e-12);
        assertEquals(3.0, scored.weight(), 1e-12);
    }

    @Test
    public void shouldScoreFromAlignedObjectivesAloneWhenItHasNoKeyResultOfItsOwn() {
        kr(alpha, 3, 10);
        kr(beta, 1, 2);
        rollUp(company);

        assertEquals((3 * 1.0 + 1 * 0.2) / 4, scored(company).score().orElseThrow().value(), 1e-12);
    }

    @Test
    public void shouldHaveNoScoreWhenRollingUpWithoutChildrenOrKeyResults() {
        Objective lonely = store.saveObjective(Objective.draft(cycle.id(), "Lonely", "", "ceo", ObjectiveLevel.COMPANY, null)
                .withRollUp(true));
        assertTrue(scored(lonely).score().isEmpty());
        assertEquals(0.0, scored(lonely).weight(), 0);
    }

    @Test
    public void shouldScoreLikeOwnKeyResultsWhenRollingUpWithoutChildren() {
        kr(beta, 2, 5);
        rollUp(beta);
        assertEquals(0.5, scored(beta).score().orElseThrow().value(), 1e-12);
    }

    @Test
    public void shouldRollUpThroughSeveralLevelsWhenEachLevelRollsUp() {
        Objective person = store.saveObjective(Objective.draft(cycle.id(), "Person", "", "carol", ObjectiveLevel.INDIVIDUAL,
                "ALPHA").alignedTo(alpha.id()));
        kr(person, 1, 10);
        kr(alpha, 1, 0);
        rollUp(alpha);
        rollUp(company);

        assertEquals(0.5, scored(alpha).score().orElseThrow().value(), 1e-12);
        assertEquals(0.5, scored(company).score().orElseThrow().value(), 1e-12);
    }

    @Test
    public void shouldKeepTheRolledUpScoreWhenTheTreeIsFilteredToOneTeam() {
        kr(company, 1, 10);
        kr(alpha, 1, 0);
        rollUp(company);
        OkrTree onlyCompany = trees.load(cycle.id(), OkrFilter.level(ObjectiveLevel.COMPANY));
        assertEquals(0.5, onlyCompany.find(company.id()).orElseThrow().score().orElseThrow().value(), 1e-12);
    }
}
