package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;

import io.lodestar.core.common.InvalidInputException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Test;

/** A key result from a JQL query: the share of matching issues done, or a sum over them (issue 11). */
public class QueryKeyResultTest {

    private static KeyResult kr(Measure measure) {
        return KeyResult.of(1, "From JQL", "alice", measure).withId(2, 1);
    }

    private static Measurement measure(Measure measure, QueryCount count) {
        return Measurement.of(kr(measure), List.of(), List.of(), Optional.empty(), Instant.EPOCH, count);
    }

    @Test
    public void shouldScoreTheShareOfVisibleIssuesDoneWhenCountingDoneIssues() {
        Measurement measured = measure(Measure.shareDone("project = ATLAS"), QueryCount.of(8, 6, 0, 3));

        assertEquals(0.75, measured.score().value(), 1e-12);
        assertEquals(75.0, measured.current(), 1e-12);
        assertEquals(3, measured.query().hidden());
        assertNull(measured.gap());
    }

    @Test
    public void shouldScoreTheSumFromStartToTargetWhenSumming() {
        Measure sum = Measure.sum("project = ATLAS", "Story Points", "points", 0.0, 200.0);

        Measurement measured = measure(sum, QueryCount.of(10, 4, 50, 0));

        assertEquals(0.25, measured.score().value(), 1e-12);
        assertEquals(50.0, measured.current(), 1e-12);
    }

    @Test
    public void shouldScoreZeroWithAGapWhenNothingVisibleMatchesOrTheQueryFails() {
        assertEquals(Measurement.NO_MATCHING_ISSUE, measure(Measure.shareDone("project = X"), QueryCount.of(0, 0, 0, 5)).gap());
        Measurement failed = measure(Measure.shareDone("project = X"), QueryCount.failed("The value 'X' does not exist"));
        assertEquals("The value 'X' does not exist", failed.gap());
        assertEquals(Score.ZERO, failed.score());
        assertEquals(Measurement.NO_QUERY_RUN, measure(Measure.shareDone("project = X"), null).gap());
    }

    @Test
    public void shouldRefuseASumWithoutFieldOrTargetAndAShareWithOne() {
        assertEquals("keyResult.field", assertThrows(InvalidInputException.class,
                () -> Measure.sum("project = A", null, "", 0.0, 10.0)).field());
        assertEquals("keyResult.target", assertThrows(InvalidInputException.class,
                () -> Measure.sum("project = A", "Story Points", "", 10.0, 10.0)).field());
        assertEquals("keyResult.field", assertThrows(InvalidInputException.class,
                () -> new Measure.FromQuery("project = A", QueryAggregate.SHARE_DONE, "Story Points", null, null, null)).field());
        assertEquals("keyResult.jql", assertThrows(InvalidInputException.class, () -> Measure.shareDone(" ")).field());
    }

    @Test
    public void shouldRunEachDistinctQueryOnceWhenScoringATree() {
        InMemoryOkrStore store = new InMemoryOkrStore();
        Cycle cycle = store.saveCycle(Cycle.quarter(2026, 1));
        Objective objective = store.saveObjective(Objective.draft(cycle.id(), "O", "", "alice", ObjectiveLevel.TEAM, "A"));
        store.saveKeyResult(KeyResult.of(objective.id(), "One", null, Measure.shareDone("project = A")));
        store.saveKeyResult(KeyResult.of(objective.id(), "Two", null, Measure.shareDone("project = A")));
        int[] runs = {0};
        IssueQuery queries = (jql, field) -> {
            runs[0]++;
            return QueryCount.of(4, 1, 0, 0);
        };
        OkrTree tree = new OkrTreeService(store, new InMemoryIssueSource(), new InMemoryKpiReadings(),
                ManualClock.at("2026-02-01"), queries).load(cycle.id(), OkrFilter.ALL);

        assertEquals(1, runs[0]);
        assertEquals(0.25, tree.find(objective.id()).orElseThrow().score().orElseThrow().value(), 1e-12);
    }

    @Test
    public void shouldRefuseACheckInValueWhenTheKeyResultIsFromAQuery() {
        InMemoryOkrStore store = new InMemoryOkrStore();
        Cycle cycle = store.saveCycle(Cycle.quarter(2026, 1));
        Objective objective = store.saveObjective(Objective.draft(cycle.id(), "O", "", "alice", ObjectiveLevel.TEAM, "A"));
        KeyResult kr = store.saveKeyResult(KeyResult.of(objective.id(), "One", null, Measure.shareDone("project = A")));
        CheckInService checkIns = new CheckInService(store, ManualClock.at("2026-02-01"));

        assertEquals("checkIn.value", assertThrows(InvalidInputException.class,
                () -> checkIns.checkIn(kr.id(), 3.0, Confidence.ON_TRACK, "", "alice")).field());
        assertEquals(Confidence.AT_RISK, checkIns.checkIn(kr.id(), null, Confidence.AT_RISK, "slow", "alice").confidence());
    }
}
