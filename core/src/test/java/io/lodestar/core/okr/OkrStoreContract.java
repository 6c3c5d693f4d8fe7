package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.common.StaleVersionException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.Before;
import org.junit.Test;

/**
 * The {@link OkrStore} contract as tests. Each store (in memory here, Active Objects in the Jira app)
 * extends this class and supplies a fresh, empty store, so the fake and the real store cannot drift.
 */
public abstract class OkrStoreContract {

    private static final Instant MONDAY = Instant.parse("2026-01-05T09:00:00Z");

    private OkrStore store;
    private Cycle q1;

    /** A new, empty store. */
    protected abstract OkrStore newStore();

    @Before
    public void createStoreWithOneCycle() {
        store = newStore();
        q1 = store.saveCycle(Cycle.quarter(2026, 1));
    }

    private Objective objective(String title) {
        return store.saveObjective(Objective.draft(q1.id(), title, "", "alice", ObjectiveLevel.TEAM, "Alpha"));
    }

    private KeyResult keyResult(Objective objective, Measure measure) {
        return store.saveKeyResult(KeyResult.of(objective.id(), "Measure " + measure.kind(), "bob", measure));
    }

    private CheckIn checkIn(KeyResult kr, double value, Instant at) {
        return store.appendCheckIn(CheckIn.of(kr.id(), value, Confidence.ON_TRACK, "", "bob", at));
    }

    @Test
    public void shouldAssignIdAndVersionOneWhenSavingNewRecords() {
        Objective objective = objective("Delight users");
        KeyResult kr = keyResult(objective, Measure.milestone());
        assertTrue(q1.id() > 0);
        assertEquals(1, q1.version());
        assertTrue(objective.id() > 0);
        assertEquals(1, objective.version());
        assertTrue(kr.id() > 0);
        assertEquals(1, kr.version());
        assertEquals(objective, store.findObjective(objective.id()).orElseThrow());
        assertEquals(kr, store.findKeyResult(kr.id()).orElseThrow());
    }

    @Test
    public void shouldAssignDistinctIdsWhenSavingSeveralObjectives() {
        assertNotEquals(objective("One").id(), objective("Two").id());
    }

    @Test
    public void shouldIncrementVersionWhenUpdatingObjective() {
        Objective saved = objective("Delight users");
        Objective updated = store.saveObjective(saved.withState(ObjectiveState.ACTIVE));
        assertEquals(2, updated.version());
        assertEquals(ObjectiveState.ACTIVE, store.findObjective(saved.id()).orElseThrow().state());
    }

    @Test
    public void shouldRefuseAndKeepStoredObjectiveWhenVersionIsStale() {
        Objective saved = objective("Delight users");
        store.saveObjective(saved.withState(ObjectiveState.ACTIVE));
        StaleVersionException e = assertThrows(StaleVersionException.class,
                () -> store.saveObjective(saved.edit("Other", "", "alice", ObjectiveLevel.TEAM, "Alpha")));
        assertEquals(1, e.expectedVersion());
        assertEquals(2, e.actualVersion());
        assertEquals("Delight users", store.findObjective(saved.id()).orElseThrow().title());
    }

    @Test
    public void shouldRefuseKeyResultWhenVersionIsStale() {
        KeyResult saved = keyResult(objective("O"), Measure.milestone());
        store.saveKeyResult(saved.withWeight(2));
        assertThrows(StaleVersionException.class, () -> store.saveKeyResult(saved.withWeight(3)));
        assertEquals(2.0, store.findKeyResult(saved.id()).orElseThrow().weight(), 0.0);
    }

    @Test
    public void shouldRefuseCycleWhenVersionIsStale() {
        store.saveCycle(q1.close());
        assertThrows(StaleVersionException.class, () -> store.saveCycle(q1));
    }

    @Test
    public void shouldThrowNotFoundWhenUpdatingUnknownObjective() {
        Objective ghost = Objective.draft(q1.id(), "Ghost", "", null, ObjectiveLevel.TEAM, "Alpha").withId(999, 1);
        assertThrows(NotFoundException.class, () -> store.saveObjective(ghost));
    }

    @Test
    public void shouldThrowNotFoundWhenParentRecordIsMissing() {
        assertThrows(NotFoundException.class, () -> store.saveObjective(
                Objective.draft(999, "Orphan", "", null, ObjectiveLevel.TEAM, "Alpha")));
        assertThrows(NotFoundException.class, () -> store.saveKeyResult(KeyResult.of(999, "Orphan", null, Measure.milestone())));
        assertThrows(NotFoundException.class, () -> checkIn(KeyResult.of(1, "x", null, Measure.milestone()).withId(999, 1), 1, MONDAY));
    }

    @Test
    public void shouldRoundTripEveryFieldWhenStoringKeyResults() {
        Objective parent = objective("Parent");
        Objective child = store.saveObjective(Objective.draft(q1.id(), "Child", "Why it matters", null,
                ObjectiveLevel.INDIVIDUAL, null).alignedTo(parent.id()));
        List<Measure> measures = List.of(
                Measure.number("bugs", 15.0, 3.0),
                Measure.number("users", null, 100.0),
                Measure.number("users", 10.0, null),
                Measure.percent(40.0, 80.5),
                Measure.milestone(),
                Measure.linkedWork(WorkBasis.STORY_POINTS),
                Measure.kpi(7, "days", 12.5, 5),
                Measure.band("days", 2, 5.5));
        for (Measure measure : measures) {
            KeyResult kr = new KeyResult(0, 0, child.id(), "KR", null, 2.5, measure, Duration.ofDays(14), 0.35, 41L);
            KeyResult stored = store.saveKeyResult(kr);
            assertEquals(kr.withId(stored.id(), 1), store.findKeyResult(stored.id()).orElseThrow());
        }
        Objective graded = store.saveObjective(child.graded(0.62));
        assertEquals(graded, store.findObjective(child.id()).orElseThrow());
        assertEquals(Long.valueOf(parent.id()), graded.parentId());
    }

    @Test
    public void shouldKeepBothCheckInsWhenAppendedToOneKeyResult() {
        KeyResult kr = keyResult(objective("O"), Measure.number("users", 0.0, 10.0));
        CheckIn first = checkIn(kr, 3, MONDAY);
        CheckIn second = checkIn(kr, 4, MONDAY);
        assertNotEquals(first.id(), second.id());
        assertEquals(List.of(first, second), store.checkInsOf(kr.id()));
    }

    @Test
    public void shouldKeepEveryCheckInWhenAppendedConcurrently() throws Exception {
        KeyResult kr = keyResult(objective("O"), Measure.number("users", 0.0, 10.0));
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            int value = i;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                store.inTransaction(() -> checkIn(kr, value, MONDAY));
            });
            threads.add(t);
            t.start();
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(8, store.checkInsOf(kr.id()).size());
    }

    @Test
    public void shouldListCheckInsOldestFirstWhenAppendedOutOfOrder() {
        KeyResult kr = keyResult(objective("O"), Measure.number("users", 0.0, 10.0));
        CheckIn later = checkIn(kr, 5, MONDAY.plus(Duration.ofDays(7)));
        CheckIn earlier = checkIn(kr, 3, MONDAY);
        assertEquals(List.of(earlier, later), store.checkInsOf(kr.id()));
    }

    @Test
    public void shouldReplaceTheAutomaticCheckInOfAPeriodWhenRecordedAgainAndLeaveOthers() {
        Objective objective = objective("O");
        KeyResult kr = keyResult(objective, Measure.kpi(7, "issues", 0, 10));
        KeyResult other = keyResult(objective, Measure.kpi(7, "issues", 0, 10));
        CheckIn byHand = store.appendCheckIn(CheckIn.of(kr.id(), null, Confidence.AT_RISK, "slow", "bob", MONDAY));
        CheckIn week2 = store.recordKpiCheckIn(CheckIn.automatic(kr.id(), 2, "2026-W02", MONDAY.plus(Duration.ofDays(1))));
        CheckIn otherWeek2 = store.recordKpiCheckIn(CheckIn.automatic(other.id(), 2, "2026-W02", MONDAY.plus(Duration.ofDays(1))));
        CheckIn week3 = store.recordKpiCheckIn(CheckIn.automatic(kr.id(), 1, "2026-W03", MONDAY.plus(Duration.ofDays(8))));

        CheckIn again = store.recordKpiCheckIn(CheckIn.automatic(kr.id(), 4, "2026-W02", MONDAY.plus(Duration.ofDays(7))));

        assertEquals(week2.id(), again.id());
        assertEquals(List.of(byHand, again, week3), store.checkInsOf(kr.id()));
        assertEquals(List.of(otherWeek2), store.checkInsOf(other.id()));
        CheckIn loaded = store.loadCycle(q1.id()).checkInsOf(kr.id()).get(1);
        assertEquals(again, loaded);
        assertTrue(loaded.automatic());
        assertEquals(null, loaded.confidence());
        assertEquals(CheckIn.LODESTAR, loaded.author());
    }

    @Test
    public void shouldRefuseAnAutomaticCheckInWhenStoredAlreadyOrByHandOrOfAnUnknownKeyResult() {
        KeyResult kr = keyResult(objective("O"), Measure.kpi(7, "issues", 0, 10));
        CheckIn stored = store.recordKpiCheckIn(CheckIn.automatic(kr.id(), 2, "2026-W02", MONDAY));
        assertThrows(InvalidInputException.class, () -> store.recordKpiCheckIn(stored));
        assertThrows(InvalidInputException.class,
                () -> store.recordKpiCheckIn(CheckIn.of(kr.id(), 2.0, Confidence.ON_TRACK, "", "bob", MONDAY)));
        assertThrows(NotFoundException.class,
                () -> store.recordKpiCheckIn(CheckIn.automatic(kr.id() + 1000, 2, "2026-W02", MONDAY)));
        assertEquals(List.of(stored), store.checkInsOf(kr.id()));
    }

    @Test
    public void shouldRefuseCheckInWhenItAlreadyHasAnId() {
        KeyResult kr = keyResult(objective("O"), Measure.milestone());
        CheckIn stored = checkIn(kr, 1, MONDAY);
        assertThrows(InvalidInputException.class, () -> store.appendCheckIn(stored));
    }

    @Test
    public void shouldKeepTheIssueKeyAsALabelWhenLinking() {
        Objective objective = objective("O");
        KeyResult kr = keyResult(objective, Measure.linkedWork(WorkBasis.ISSUE_COUNT));
        store.link(new IssueLink(kr.id(), 10100, "ATLAS-7"));
        store.link(new IssueLink(kr.id(), 10200));

        List<IssueLink> links = store.loadCycle(objective.cycleId()).links();

        assertEquals(List.of(new IssueLink(kr.id(), 10100), new IssueLink(kr.id(), 10200)), links);
        assertEquals("ATLAS-7", links.get(0).issueKey());
        assertEquals(null, links.get(1).issueKey());
        assertFalse(store.link(new IssueLink(kr.id(), 10100, "ATLAS-8")));
    }

    @Test
    public void shouldDeleteKeyResultsCheckInsAndLinksWhenDeletingObjective() {
        Objective objective = objective("O");
        KeyResult kr = keyResult(objective, Measure.linkedWork(WorkBasis.ISSUE_COUNT));
        checkIn(kr, 1, MONDAY);
        store.link(new IssueLink(kr.id(), 10100));
        store.deleteObjective(objective.id(), objective.version());
        assertTrue(store.findObjective(objective.id()).isEmpty());
        assertTrue(store.findKeyResult(kr.id()).isEmpty());
        assertTrue(store.checkInsOf(kr.id()).isEmpty());
        assertTrue(store.keyResultsLinkedTo(10100).isEmpty());
    }

    @Test
    public void shouldDeleteCheckInsAndLinksWhenDeletingKeyResult() {
        Objective objective = objective("O");
        KeyResult kr = keyResult(objective, Measure.linkedWork(WorkBasis.ISSUE_COUNT));
        KeyResult other = keyResult(objective, Measure.milestone());
        checkIn(kr, 1, MONDAY);
        store.link(new IssueLink(kr.id(), 10100));
        store.deleteKeyResult(kr.id(), kr.version());
        assertEquals(List.of(other), store.keyResultsOf(objective.id()));
        assertTrue(store.checkInsOf(kr.id()).isEmpty());
        assertTrue(store.linkedIssueIdsOf(kr.id()).isEmpty());
    }

    @Test
    public void shouldRefuseDeleteWhenVersionIsStale() {
        Objective objective = objective("O");
        store.saveObjective(objective.withState(ObjectiveState.ACTIVE));
        assertThrows(StaleVersionException.class, () -> store.deleteObjective(objective.id(), 1));
        assertTrue(store.findObjective(objective.id()).isPresent());
        assertThrows(NotFoundException.class, () -> store.deleteKeyResult(999, 1));
    }

    @Test
    public void shouldLinkOnceWhenLinkingTwice() {
        KeyResult kr = keyResult(objective("O"), Measure.linkedWork(WorkBasis.ISSUE_COUNT));
        assertTrue(store.link(new IssueLink(kr.id(), 10100)));
        assertFalse(store.link(new IssueLink(kr.id(), 10100)));
        assertTrue(store.link(new IssueLink(kr.id(), 10200)));
        assertEquals(List.of(10100L, 10200L), store.linkedIssueIdsOf(kr.id()));
        assertTrue(store.unlink(new IssueLink(kr.id(), 10100)));
        assertFalse(store.unlink(new IssueLink(kr.id(), 10100)));
        assertEquals(List.of(10200L), store.linkedIssueIdsOf(kr.id()));
    }

    @Test
    public void shouldFindTheKeyResultsOfTheGivenKpisWhenAskedWhichKpisTheyTrack() {
        Objective objective = objective("O");
        KeyResult velocity = keyResult(objective, Measure.kpi(41, "points", 20, 30));
        keyResult(objective, Measure.linkedWork(WorkBasis.ISSUE_COUNT));
        KeyResult throughput = keyResult(objective, Measure.kpi(42, "issues", 8, 12));
        KeyResult velocityAgain = keyResult(objective("P"), Measure.kpi(41, "points", 25, 35));

        assertEquals(List.of(velocity, throughput, velocityAgain), store.keyResultsTracking(List.of(41L, 42L, 43L)));
        assertEquals(List.of(throughput), store.keyResultsTracking(List.of(42L)));
        assertTrue(store.keyResultsTracking(List.of(43L)).isEmpty());
        assertTrue(store.keyResultsTracking(List.of()).isEmpty());
    }

    @Test
    public void shouldFindEveryKeyResultWhenIssueIsLinkedToSeveral() {
        Objective objective = objective("O");
        KeyResult first = keyResult(objective, Measure.linkedWork(WorkBasis.ISSUE_COUNT));
        KeyResult second = keyResult(objective, Measure.linkedWork(WorkBasis.STORY_POINTS));
        store.link(new IssueLink(second.id(), 10100));
        store.link(new IssueLink(first.id(), 10100));
        assertEquals(List.of(first, second), store.keyResultsLinkedTo(10100));
        assertTrue(store.keyResultsLinkedTo(10999).isEmpty());
    }

    @Test
    public void shouldLoadOnlyTheConcernedKeyResultsWithAllTheirLinksWhenLoadingWhatIssuesAreLinkedTo() {
        Cycle q2 = store.saveCycle(Cycle.quarter(2026, 2));
        Objective inQ1 = objective("In Q1");
        Objective unrelated = objective("Unrelated");
        Objective inQ2 = store.saveObjective(Objective.draft(q2.id(), "In Q2", "", "alice", ObjectiveLevel.TEAM, "Alpha"));
        KeyResult viaEpic = keyResult(inQ1, Measure.linkedWork(WorkBasis.STORY_POINTS));
        KeyResult notLinked = keyResult(inQ1, Measure.linkedWork(WorkBasis.ISSUE_COUNT));
        KeyResult elsewhere = keyResult(unrelated, Measure.linkedWork(WorkBasis.ISSUE_COUNT));
        KeyResult direct = keyResult(inQ2, Measure.linkedWork(WorkBasis.ISSUE_COUNT));
        store.link(new IssueLink(viaEpic.id(), 700));
        store.link(new IssueLink(viaEpic.id(), 900));
        store.link(new IssueLink(elsewhere.id(), 900));
        store.link(new IssueLink(direct.id(), 701));
        store.link(new IssueLink(direct.id(), 700));
        CheckIn note = checkIn(direct, 1, MONDAY);
        checkIn(notLinked, 1, MONDAY);

        List<CycleOkrs> slices = store.loadLinkedTo(List.of(701L, 700L));

        assertEquals(List.of(q1.id(), q2.id()), slices.stream().map(s -> s.cycle().id()).toList());
        assertEquals(List.of(inQ1), slices.get(0).objectives());
        assertEquals(List.of(viaEpic), slices.get(0).keyResults());
        assertEquals(List.of(700L, 900L), slices.get(0).linkedIssueIdsOf(viaEpic.id()));
        assertTrue(slices.get(0).checkIns().isEmpty());
        assertEquals(List.of(inQ2), slices.get(1).objectives());
        assertEquals(List.of(direct), slices.get(1).keyResults());
        assertEquals(List.of(701L, 700L), slices.get(1).linkedIssueIdsOf(direct.id()));
        assertEquals(List.of(note), slices.get(1).checkIns());
        assertTrue(store.loadLinkedTo(List.of(12345L)).isEmpty());
        assertTrue(store.loadLinkedTo(List.of()).isEmpty());
    }

    @Test
    public void shouldLoadOnlyThatCycleWhenLoadingCycle() {
        Cycle q2 = store.saveCycle(Cycle.quarter(2026, 2));
        Objective inQ1 = objective("In Q1");
        Objective inQ2 = store.saveObjective(Objective.draft(q2.id(), "In Q2", "", "alice", ObjectiveLevel.TEAM, "Alpha"));
        KeyResult krQ1 = keyResult(inQ1, Measure.linkedWork(WorkBasis.ISSUE_COUNT));
        KeyResult krQ2 = keyResult(inQ2, Measure.number("x", 0.0, 1.0));
        CheckIn checkInQ1 = checkIn(krQ1, 1, MONDAY);
        checkIn(krQ2, 1, MONDAY);
        store.link(new IssueLink(krQ1.id(), 10100));
        store.link(new IssueLink(krQ2.id(), 10200));

        CycleOkrs loaded = store.loadCycle(q1.id());

        assertEquals(q1, loaded.cycle());
        assertEquals(List.of(inQ1), loaded.objectives());
        assertEquals(List.of(krQ1), loaded.keyResults());
        assertEquals(List.of(new IssueLink(krQ1.id(), 10100)), loaded.links());
        assertEquals(List.of(checkInQ1), loaded.checkIns());
        assertThrows(NotFoundException.class, () -> store.loadCycle(999));
    }

    @Test
    public void shouldListCyclesByStartDateWhenCreatedOutOfOrder() {
        Cycle year = store.saveCycle(Cycle.year(2025));
        Cycle h2 = store.saveCycle(Cycle.half(2026, 2));
        assertEquals(List.of(year, q1, h2), store.cycles());
    }

    @Test
    public void shouldFindChildrenWhenAlignedAcrossCycles() {
        Cycle year = store.saveCycle(Cycle.year(2026));
        Objective company = store.saveObjective(Objective.draft(year.id(), "Company", "", "ceo", ObjectiveLevel.COMPANY, null));
        Objective team = store.saveObjective(Objective.draft(q1.id(), "Team", "", "alice", ObjectiveLevel.TEAM, "Alpha")
                .alignedTo(company.id()));
        assertEquals(List.of(team), store.childrenOf(company.id()));
        assertEquals(List.of(team), store.objectivesOf(q1.id()));
    }

    @Test
    public void shouldKeepNoWriteWhenTransactionFails() {
        Objective objective = objective("O");
        KeyResult kr = keyResult(objective, Measure.milestone());
        IllegalStateException failure = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> store.inTransaction(() -> {
            store.saveObjective(objective.withState(ObjectiveState.ACTIVE));
            checkIn(kr, 1, MONDAY);
            store.link(new IssueLink(kr.id(), 10100));
            store.saveKeyResult(KeyResult.of(objective.id(), "Added", null, Measure.milestone()));
            throw failure;
        }));
        assertEquals(failure, thrown);
        assertEquals(objective, store.findObjective(objective.id()).orElseThrow());
        assertEquals(List.of(kr), store.keyResultsOf(objective.id()));
        assertTrue(store.checkInsOf(kr.id()).isEmpty());
        assertTrue(store.linkedIssueIdsOf(kr.id()).isEmpty());
    }

    @Test
    public void shouldRollBackOuterWorkWhenNestedTransactionFails() {
        Objective objective = objective("O");
        assertThrows(IllegalStateException.class, () -> store.inTransaction(() -> {
            store.saveObjective(objective.withState(ObjectiveState.ACTIVE));
            return store.inTransaction(() -> {
                throw new IllegalStateException("inner");
            });
        }));
        assertEquals(ObjectiveState.DRAFT, store.findObjective(objective.id()).orElseThrow().state());
    }

    @Test
    public void shouldKeepWritesWhenTransactionSucceeds() {
        Objective result = store.inTransaction(() -> objective("Inside"));
        assertEquals(result, store.findObjective(result.id()).orElseThrow());
        assertEquals(LocalDate.of(2026, 1, 1), store.findCycle(q1.id()).orElseThrow().start());
    }

    // Activity (issue 11)

    private Activity entry(Objective objective, ActivityKind kind, Instant at, String... details) {
        return new Activity(0, objective.id(), null, kind, "alice", at, objective.title(), List.of(details));
    }

    @Test
    public void shouldListActivityOldestFirstWithDetailsWhenAppended() {
        Objective objective = objective("Delight users");
        Activity later = store.appendActivity(entry(objective, ActivityKind.STATE_CHANGED, MONDAY.plusSeconds(60),
                "DRAFT", "ACTIVE"));
        Activity earlier = store.appendActivity(entry(objective, ActivityKind.OBJECTIVE_EDITED, MONDAY, "title", "owner"));
        Activity tie = store.appendActivity(new Activity(0, objective.id(), 7L, ActivityKind.CHECKED_IN, "bob",
                MONDAY.plusSeconds(60), "Ship it", List.of("ON_TRACK", "12.5")));

        assertTrue(later.id() > 0);
        assertEquals(List.of(earlier, later, tie), store.activityOf(objective.id()));
        assertEquals(List.of(), store.activityOf(objective("Other").id()));
    }

    @Test
    public void shouldRefuseActivityWhenTheObjectiveDoesNotExist() {
        Objective objective = objective("Delight users");
        Activity orphan = new Activity(0, objective.id() + 100, null, ActivityKind.OBJECTIVE_CREATED, "alice", MONDAY,
                "x", List.of());
        assertThrows(NotFoundException.class, () -> store.appendActivity(orphan));
    }

    @Test
    public void shouldDropActivityWhenTheTransactionThatWroteItFails() {
        Objective objective = objective("Delight users");
        assertThrows(IllegalStateException.class, () -> store.inTransaction(() -> {
            store.appendActivity(entry(objective, ActivityKind.OBJECTIVE_EDITED, MONDAY, "title"));
            throw new IllegalStateException("boom");
        }));
        assertEquals(List.of(), store.activityOf(objective.id()));
    }

    @Test
    public void shouldDeleteActivityWhenItsObjectiveIsDeleted() {
        Objective objective = objective("Delight users");
        store.appendActivity(entry(objective, ActivityKind.OBJECTIVE_CREATED, MONDAY));
        store.deleteObjective(objective.id(), objective.version());
        assertEquals(List.of(), store.activityOf(objective.id()));
    }

    @Test
    public void shouldKeepRollUpWhenSavingAnObjective() {
        Objective objective = objective("Delight users");
        Objective rolled = store.saveObjective(objective.withRollUp(true));
        assertTrue(store.findObjective(objective.id()).orElseThrow().rollUp());
        assertFalse(store.saveObjective(rolled.withRollUp(false)).rollUp());
        assertFalse(store.findObjective(objective.id()).orElseThrow().rollUp());
    }

    @Test
    public void shouldKeepTheQueryAggregateAndFieldWhenSavingAKeyResultFromJql() {
        Objective objective = objective("Delight users");
        KeyResult share = keyResult(objective, Measure.shareDone("project = ATLAS AND type = Bug"));
        KeyResult sum = keyResult(objective, Measure.sum("project = ATLAS", "customfield_10036", "points", 10.0, 200.0));

        assertEquals(share, store.findKeyResult(share.id()).orElseThrow());
        assertEquals(sum, store.findKeyResult(sum.id()).orElseThrow());
        KeyResult numeric = store.saveKeyResult(sum.edit("Now numeric", "bob", 1, Measure.number("", 0.0, 5.0), null));
        assertEquals(Measure.number("", 0.0, 5.0), store.findKeyResult(numeric.id()).orElseThrow().measure());
    }
}
