package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.StaleVersionException;
import java.time.Instant;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

public class CycleServiceTest {

    private final InMemoryOkrStore store = new InMemoryOkrStore();
    private final InMemoryIssueSource issues = new InMemoryIssueSource();
    private final InMemoryKpiReadings kpis = new InMemoryKpiReadings();
    private final ManualClock clock = ManualClock.at("2026-03-31");
    private final CycleService cycles = new CycleService(store, issues, kpis, clock);
    private Cycle q1;
    private Cycle q2;
    private Objective objective;
    private Objective next;

    @Before
    public void createTwoQuarters() {
        q1 = cycles.create(Cycle.quarter(2026, 1));
        q2 = cycles.create(Cycle.quarter(2026, 2));
        objective = store.saveObjective(Objective.draft(q1.id(), "Goal", "", "alice", ObjectiveLevel.TEAM, "Alpha"));
        next = store.saveObjective(Objective.draft(q2.id(), "Goal, continued", "", "alice", ObjectiveLevel.TEAM, "Alpha"));
    }

    private KeyResult kr(Measure measure, Double value) {
        KeyResult kr = store.saveKeyResult(KeyResult.of(objective.id(), "KR " + measure.kind(), "bob", measure));
        if (value != null) {
            store.appendCheckIn(CheckIn.of(kr.id(), value, Confidence.ON_TRACK, "", "bob", Instant.parse("2026-03-30T10:00:00Z")));
        }
        return kr;
    }

    @Test
    public void shouldListCyclesWhenCreated() {
        assertEquals(List.of(q1, q2), cycles.cycles());
        assertEquals(q1, cycles.get(q1.id()));
        assertThrows(InvalidInputException.class, () -> cycles.create(q1));
    }

    @Test
    public void shouldFreezeEveryScoreWhenClosingCycle() {
        KeyResult bugs = kr(Measure.number("bugs", 15.0, 3.0), 6.0);
        KeyResult launch = kr(Measure.milestone(), 1.0);
        Objective empty = store.saveObjective(Objective.draft(q1.id(), "Empty", "", "alice", ObjectiveLevel.TEAM, "Alpha"));

        OkrTree graded = cycles.closeAndGrade(q1.id(), q1.version());

        assertTrue(graded.cycle().closed());
        assertEquals(0.75, store.findKeyResult(bugs.id()).orElseThrow().finalScore(), 1e-12);
        assertEquals(1.0, store.findKeyResult(launch.id()).orElseThrow().finalScore(), 0.0);
        Objective frozen = store.findObjective(objective.id()).orElseThrow();
        assertEquals(ObjectiveState.CLOSED, frozen.state());
        assertEquals(0.875, frozen.finalScore(), 1e-12);
        assertEquals(ObjectiveState.CLOSED, store.findObjective(empty.id()).orElseThrow().state());
        assertEquals(null, store.findObjective(empty.id()).orElseThrow().finalScore());
        assertEquals(1.0, graded.elapsedFraction(), 0.0);
    }

    @Test
    public void shouldKeepFrozenScoreWhenDataMovesAfterGrading() {
        KeyResult work = kr(Measure.linkedWork(WorkBasis.ISSUE_COUNT), null);
        store.link(new IssueLink(work.id(), 100));
        issues.put(LinkedIssue.issue(100, "A-1", false, null));
        cycles.closeAndGrade(q1.id(), q1.version());
        issues.put(LinkedIssue.issue(100, "A-1", true, null));
        OkrTree tree = new OkrTreeService(store, issues, kpis, clock).load(q1.id(), OkrFilter.ALL);
        ScoredKeyResult scored = tree.findKeyResult(work.id()).orElseThrow();
        assertEquals(0.0, scored.score().value(), 0.0);
        assertEquals(1.0, scored.measurement().score().value(), 0.0);
        assertEquals(false, scored.checkInDue());
    }

    @Test
    public void shouldRefuseWhenClosingTwiceOrWithStaleVersion() {
        KeyResult launch = kr(Measure.milestone(), 1.0);
        assertThrows(StaleVersionException.class, () -> cycles.closeAndGrade(q1.id(), q1.version() + 1));
        assertEquals(ObjectiveState.DRAFT, store.findObjective(objective.id()).orElseThrow().state());
        assertEquals(null, store.findKeyResult(launch.id()).orElseThrow().finalScore());
        cycles.closeAndGrade(q1.id(), q1.version());
        assertEquals("cycle", assertThrows(InvalidInputException.class,
                () -> cycles.closeAndGrade(q1.id(), q1.version() + 1)).field());
    }

    @Test
    public void shouldStartAtCurrentValueWhenCarryingNumericOver() {
        KeyResult bugs = kr(Measure.number("bugs", 15.0, 3.0), 6.0);
        cycles.closeAndGrade(q1.id(), q1.version());
        KeyResult carried = cycles.carryOver(bugs.id(), next.id());
        assertEquals(next.id(), carried.objectiveId());
        assertEquals(Long.valueOf(bugs.id()), carried.carriedFromId());
        assertEquals(Measure.number("bugs", 6.0, 3.0), carried.measure());
        assertEquals(null, carried.finalScore());
        assertEquals(1, carried.version());
    }

    @Test
    public void shouldKeepLinksWhenCarryingLinkedWorkOver() {
        KeyResult work = kr(Measure.linkedWork(WorkBasis.ISSUE_COUNT), null);
        store.link(new IssueLink(work.id(), 100));
        store.link(new IssueLink(work.id(), 200));
        issues.put(LinkedIssue.issue(100, "A-1", true, null)).put(LinkedIssue.issue(200, "A-2", false, null));
        KeyResult carried = cycles.carryOver(work.id(), next.id());
        assertEquals(List.of(100L, 200L), store.linkedIssueIdsOf(carried.id()));
    }

    @Test
    public void shouldStartAtKpiValueWhenCarryingKpiOver() {
        KeyResult leadTime = kr(Measure.kpi(7, "days", 20, 10), null);
        kpis.put(7, 14, Instant.parse("2026-03-30T00:00:00Z"));
        assertEquals(Measure.kpi(7, "days", 14, 10), cycles.carryOver(leadTime.id(), next.id()).measure());
    }

    @Test
    public void shouldRefuseCarryOverWhenKeyResultIsComplete() {
        KeyResult done = kr(Measure.number("bugs", 15.0, 3.0), 2.0);
        assertEquals("keyResult", assertThrows(InvalidInputException.class,
                () -> cycles.carryOver(done.id(), next.id())).field());
        assertTrue(store.keyResultsOf(next.id()).isEmpty());
    }

    @Test
    public void shouldRefuseCarryOverWhenTargetCycleIsNotLater() {
        KeyResult bugs = kr(Measure.number("bugs", 15.0, 3.0), 6.0);
        Objective sameCycle = store.saveObjective(Objective.draft(q1.id(), "Other", "", "alice", ObjectiveLevel.TEAM, "Alpha"));
        assertEquals("objectiveId", assertThrows(InvalidInputException.class,
                () -> cycles.carryOver(bugs.id(), sameCycle.id())).field());
    }

    @Test
    public void shouldReplaceNameKindAndDatesWhenEditingAnOpenCycle() {
        Cycle edited = cycles.edit(q1.id(), q1.version(), Cycle.of("Winter", CycleKind.CUSTOM,
                java.time.LocalDate.of(2026, 1, 5), java.time.LocalDate.of(2026, 3, 28)));

        assertEquals(new Cycle(q1.id(), q1.version() + 1, "Winter", CycleKind.CUSTOM, java.time.LocalDate.of(2026, 1, 5),
                java.time.LocalDate.of(2026, 3, 28), false), edited);
        assertEquals(edited, cycles.get(q1.id()));
    }

    @Test
    public void shouldRefuseToEditWhenTheCycleIsClosedOrTheVersionStale() {
        Cycle changes = Cycle.of("Winter", CycleKind.CUSTOM, java.time.LocalDate.of(2026, 1, 5), java.time.LocalDate.of(2026, 3, 28));
        assertThrows(StaleVersionException.class, () -> cycles.edit(q1.id(), q1.version() + 1, changes));
        assertThrows(io.lodestar.core.common.NotFoundException.class, () -> cycles.edit(999, 1, changes));
        cycles.closeAndGrade(q1.id(), q1.version());

        assertEquals("cycle", assertThrows(InvalidInputException.class,
                () -> cycles.edit(q1.id(), q1.version() + 1, changes)).field());
        assertEquals("2026 Q1", cycles.get(q1.id()).name());
    }

    @Test
    public void shouldRefuseDatesThatBreakAnAlignmentAcrossCyclesWhenEditing() {
        Cycle year = cycles.create(Cycle.year(2026));
        Objective company = store.saveObjective(Objective.draft(year.id(), "Company", "", "alice", ObjectiveLevel.COMPANY, null));
        store.saveObjective(Objective.draft(q1.id(), "Team", "", "alice", ObjectiveLevel.TEAM, "Alpha").alignedTo(company.id()));

        InvalidInputException early = assertThrows(InvalidInputException.class, () -> cycles.edit(q1.id(), q1.version(),
                Cycle.of("Q1", CycleKind.CUSTOM, java.time.LocalDate.of(2025, 12, 1), java.time.LocalDate.of(2026, 4, 1))));
        assertEquals("cycle.start", early.field());
        InvalidInputException late = assertThrows(InvalidInputException.class, () -> cycles.edit(year.id(), year.version(),
                Cycle.of("2026", CycleKind.YEAR, java.time.LocalDate.of(2026, 2, 1), java.time.LocalDate.of(2027, 2, 1))));
        assertEquals("the year would start after its aligned quarter", "cycle.start", late.field());
        InvalidInputException shorter = assertThrows(InvalidInputException.class, () -> cycles.edit(year.id(), year.version(),
                Cycle.of("2026", CycleKind.CUSTOM, java.time.LocalDate.of(2026, 1, 1), java.time.LocalDate.of(2026, 3, 1))));
        assertEquals("cycle.end", shorter.field());
        assertEquals(Cycle.year(2026).end(), cycles.get(year.id()).end());

        cycles.edit(q1.id(), q1.version(), Cycle.of("Q1", CycleKind.CUSTOM, java.time.LocalDate.of(2026, 1, 5),
                java.time.LocalDate.of(2026, 3, 28)));
        assertEquals(java.time.LocalDate.of(2026, 1, 5), cycles.get(q1.id()).start());
    }
}
