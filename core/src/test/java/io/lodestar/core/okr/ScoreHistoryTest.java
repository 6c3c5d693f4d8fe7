package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

/** An objective's score over its cycle, from check-ins and from when linked issues were done (issue 11). */
public class ScoreHistoryTest {

    private final InMemoryOkrStore store = new InMemoryOkrStore();
    private Cycle cycle;
    private Objective objective;

    @Before
    public void createObjective() {
        // Three weeks: Monday 2 March to Monday 23 March (exclusive).
        cycle = store.saveCycle(Cycle.of("March", CycleKind.CUSTOM, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 23)));
        objective = store.saveObjective(Objective.draft(cycle.id(), "Ship", "", "alice", ObjectiveLevel.TEAM, "ALPHA"));
    }

    private List<Double> scores(ScoreHistory history) {
        return history.points().stream().map(p -> p.score().map(Score::value).orElse(Double.NaN)).toList();
    }

    @Test
    public void shouldFollowCheckInsWeekByWeekWhenTheKeyResultIsNumeric() {
        KeyResult kr = store.saveKeyResult(KeyResult.of(objective.id(), "To 10", "bob", Measure.number("", 0.0, 10.0)));
        store.appendCheckIn(CheckIn.of(kr.id(), 3.0, Confidence.ON_TRACK, "", "bob", Instant.parse("2026-03-04T10:00:00Z")));
        store.appendCheckIn(CheckIn.of(kr.id(), 6.0, Confidence.ON_TRACK, "", "bob", Instant.parse("2026-03-12T10:00:00Z")));

        ScoreHistory history = ScoreHistory.of(objective.id(), store.loadCycle(cycle.id()), Map.of(), Map.of(), Map.of(),
                ManualClock.at("2026-03-17"));

        assertEquals(List.of(Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-09T00:00:00Z"),
                Instant.parse("2026-03-16T00:00:00Z"), Instant.parse("2026-03-17T00:00:00Z")),
                history.points().stream().map(ScoreHistory.Point::at).toList());
        assertEquals(List.of(0.0, 0.3, 0.6, 0.6), scores(history));
    }

    @Test
    public void shouldCountLinkedIssuesAsDoneFromWhenTheyWereDoneWhenTheKeyResultIsLinkedWork() {
        KeyResult kr = store.saveKeyResult(KeyResult.of(objective.id(), "Epics", "bob", Measure.linkedWork(WorkBasis.ISSUE_COUNT)));
        List<LinkedIssue> issues = List.of(LinkedIssue.issue(1, "A-1", true, null), LinkedIssue.issue(2, "A-2", true, null),
                LinkedIssue.issue(3, "A-3", false, null), LinkedIssue.issue(4, "A-4", true, null));
        // A-4 is done but Jira does not say since when: it counts at the last point only.
        Map<Long, Instant> doneAt = Map.of(1L, Instant.parse("2026-03-05T10:00:00Z"), 2L, Instant.parse("2026-03-20T10:00:00Z"));

        ScoreHistory history = ScoreHistory.of(objective.id(), store.loadCycle(cycle.id()), Map.of(kr.id(), issues), doneAt,
                Map.of(), ManualClock.at("2026-03-30"));

        assertEquals(Instant.parse("2026-03-23T00:00:00Z"), history.points().get(history.points().size() - 1).at());
        assertEquals(List.of(0.0, 0.25, 0.25, 0.75), scores(history));
    }

    @Test
    public void shouldHaveNoPointsWhenTheCycleHasNotStarted() {
        assertTrue(ScoreHistory.of(objective.id(), store.loadCycle(cycle.id()), Map.of(), Map.of(), Map.of(),
                ManualClock.at("2026-02-01")).points().isEmpty());
    }

    @Test
    public void shouldHaveNoScoreAtPointsWhenTheObjectiveHasNothingToScore() {
        ScoreHistory history = ScoreHistory.of(objective.id(), store.loadCycle(cycle.id()), Map.of(), Map.of(), Map.of(),
                ManualClock.at("2026-03-05"));
        assertEquals(2, history.points().size());
        assertTrue(history.points().stream().allMatch(p -> p.score().isEmpty()));
    }
}
