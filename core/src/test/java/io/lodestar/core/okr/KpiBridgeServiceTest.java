package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.common.InvalidInputException;
import java.time.Instant;
import org.junit.Before;
import org.junit.Test;

public class KpiBridgeServiceTest {

    private final InMemoryOkrStore store = new InMemoryOkrStore();
    private final InMemoryKpiReadings kpis = new InMemoryKpiReadings();
    private final ManualClock clock = ManualClock.at("2026-03-20");
    private final KpiBridgeService bridge = new KpiBridgeService(store, new InMemoryIssueSource(), kpis, clock);
    private Cycle q1;
    private Objective objective;

    @Before
    public void createObjective() {
        q1 = store.saveCycle(Cycle.quarter(2026, 1));
        objective = store.saveObjective(Objective.draft(q1.id(), "Quality", "", "alice", ObjectiveLevel.TEAM, "Alpha"));
    }

    private KeyResult kr(Measure measure, double value) {
        KeyResult kr = store.saveKeyResult(KeyResult.of(objective.id(), "Bugs per release", "bob", measure));
        store.appendCheckIn(CheckIn.of(kr.id(), value, Confidence.ON_TRACK, "", "bob", Instant.parse("2026-03-19T00:00:00Z")));
        return kr;
    }

    @Test
    public void shouldProposeKpiAtAchievedValueWhenKeyResultSucceeded() {
        KeyResult bugs = kr(Measure.number("bugs", 15.0, 3.0), 5.0);
        KpiProposal proposal = bridge.proposeKpi(bugs.id());
        assertEquals(new KpiProposal("Bugs per release", "bugs", 5.0, Direction.DECREASE, "Alpha", bugs.id()), proposal);
    }

    @Test
    public void shouldProposeKpiWhenExactlyPointSeven() {
        KeyResult users = kr(Measure.number("users", 0.0, 10.0), 7.0);
        assertEquals(7.0, bridge.proposeKpi(users.id()).target(), 0.0);
    }

    @Test
    public void shouldRefuseProposalWhenNotAchieved() {
        KeyResult bugs = kr(Measure.number("bugs", 15.0, 3.0), 10.0);
        assertEquals("keyResult", assertThrows(InvalidInputException.class, () -> bridge.proposeKpi(bugs.id())).field());
    }

    @Test
    public void shouldKeepTheKeyResultsTargetAsTheKpisWhenTheKeyResultReachedIt() {
        KeyResult bugs = kr(Measure.number("bugs", 15.0, 3.0), 2.0);
        assertEquals(new KpiProposal("Bugs per release", "bugs", 3.0, Direction.DECREASE, "Alpha", bugs.id()),
                bridge.proposeKpiAtTarget(bugs.id()));
    }

    @Test
    public void shouldRefuseToKeepAKeyResultAsAKpiWhenItSucceededWithoutReachingItsTarget() {
        KeyResult bugs = kr(Measure.number("bugs", 15.0, 3.0), 5.0);
        assertEquals("keyResult", assertThrows(InvalidInputException.class, () -> bridge.proposeKpiAtTarget(bugs.id())).field());
    }

    @Test
    public void shouldRefuseProposalWhenMilestone() {
        KeyResult launch = kr(Measure.milestone(), 1.0);
        assertThrows(InvalidInputException.class, () -> bridge.proposeKpi(launch.id()));
    }

    @Test
    public void shouldDraftObjectiveWithKpiKeyResultWhenKpiInAlert() {
        KpiAlertSnapshot alert = new KpiAlertSnapshot(9, "Lead time", "days", 12, 5, Direction.DECREASE, "Alpha");
        KpiBridgeService.Drafted drafted = bridge.draftFromAlert(alert, q1.id(), "alice");
        assertEquals(ObjectiveState.DRAFT, drafted.objective().state());
        assertEquals(ObjectiveLevel.TEAM, drafted.objective().level());
        assertEquals("Alpha", drafted.objective().team());
        assertTrue(drafted.objective().id() > 0);
        assertEquals(Measure.kpi(9, "days", 12, 5), drafted.keyResult().measure());
        assertEquals("Lead time reaches 5 days", drafted.keyResult().title());
        assertEquals(drafted.objective().id(), drafted.keyResult().objectiveId());
    }

    @Test
    public void shouldDraftPercentKeyResultWhenKpiIsRatio() {
        KpiAlertSnapshot alert = new KpiAlertSnapshot(4, "On-time delivery", "RATIO", 0.8, 0.95, Direction.INCREASE,
                "Alpha", KpiScale.PERCENT);
        KpiBridgeService.Drafted drafted = bridge.draftFromAlert(alert, q1.id(), "alice");
        assertEquals(Measure.kpi(4, "%", 80, 95), drafted.keyResult().measure());
        assertEquals("On-time delivery reaches 95 %", drafted.keyResult().title());
    }

    @Test
    public void shouldDraftCompanyObjectiveWhenKpiHasNoTeam() {
        KpiAlertSnapshot alert = new KpiAlertSnapshot(3, "Throughput", "", 20.5, 30, Direction.INCREASE, null);
        KpiBridgeService.Drafted drafted = bridge.draftFromAlert(alert, q1.id(), "ceo");
        assertEquals(ObjectiveLevel.COMPANY, drafted.objective().level());
        assertEquals("Throughput reaches 30", drafted.keyResult().title());
        assertEquals(Direction.INCREASE, ((Measure.KpiBacked) drafted.keyResult().measure()).direction());
    }

    @Test
    public void shouldRefuseDraftWhenKpiIsNotInAlert() {
        KpiAlertSnapshot healthy = new KpiAlertSnapshot(9, "Velocity", "points", 40, 30, Direction.INCREASE, "Alpha");
        assertEquals("kpi", assertThrows(InvalidInputException.class, () -> bridge.draftFromAlert(healthy, q1.id(), "alice")).field());
        KpiAlertSnapshot onTarget = new KpiAlertSnapshot(9, "Velocity", "points", 30, 30, Direction.INCREASE, "Alpha");
        assertThrows(InvalidInputException.class, () -> bridge.draftFromAlert(onTarget, q1.id(), "alice"));
        assertTrue(store.objectivesOf(q1.id()).stream().noneMatch(o -> o.title().contains("Velocity")));
    }
}
