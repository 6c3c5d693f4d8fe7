package io.lodestar.core.okr;

import static io.lodestar.core.kpi.IssueHistoryBuilder.DONE;
import static io.lodestar.core.kpi.IssueHistoryBuilder.WORKFLOW;
import static io.lodestar.core.kpi.IssueHistoryBuilder.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.kpi.Direction;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.InMemoryKpiStore;
import io.lodestar.core.kpi.IssueHistory;
import io.lodestar.core.kpi.IssueHistorySource;
import io.lodestar.core.kpi.KpiCalculators;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiEvaluation;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiType;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.Test;

/** The rules of {@link KpiCheckIns}, through {@link KpiEvaluation} as the background measurement runs it. */
public class KpiCheckInsTest {

    /**
     * Wednesday of ISO week 12 of 2026: week 11 is the last closed week (recorded, frozen), week 12 is open
     * (recorded provisional); week 10 is computed for the trend only, so it is not recorded.
     */
    private static final Instant WEDNESDAY = Instant.parse("2026-03-18T10:00:00Z");

    private final InMemoryKpiStore kpis = new InMemoryKpiStore();
    private final InMemoryOkrStore okrs = new InMemoryOkrStore();
    private final List<IssueSnapshot> issues = new ArrayList<>(List.of(
            issue("CORE-1").moved("2026-03-10T10:00:00Z", DONE).build(),
            issue("CORE-2").moved("2026-03-11T10:00:00Z", DONE).build(),
            issue("CORE-3").moved("2026-03-17T10:00:00Z", DONE).build()));
    private Instant now = WEDNESDAY;

    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final IssueHistorySource source = (dataSource, sink) -> {
        issues.forEach(sink);
        return WORKFLOW;
    };
    private final KpiEvaluation evaluation = new KpiEvaluation(kpis, source, KpiCalculators.builtIn(), clock,
            new KpiCheckIns(okrs, clock));
    private final KpiDefinition throughput = kpis.save(KpiDefinition.of("Throughput CORE", "",
            KpiFormula.of(KpiType.THROUGHPUT), KpiDataSource.project("CORE"), Frequency.WEEKLY, ZoneOffset.UTC, "alice",
            KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1), "", Indicator.LAGGING));

    private KeyResult keyResultIn(Cycle cycle) {
        Cycle stored = okrs.saveCycle(cycle);
        Objective objective = okrs.saveObjective(Objective.draft(stored.id(), "Ship more", "", "alice",
                ObjectiveLevel.TEAM, null));
        return okrs.saveKeyResult(KeyResult.of(objective.id(), "Throughput to 5 a week", "alice",
                Measure.kpi(throughput.id(), "issues", 0, 5)));
    }

    private void measure() {
        evaluation.evaluate(throughput, new IssueHistory(issues, WORKFLOW));
    }

    private Map<String, CheckIn> automaticOf(KeyResult keyResult) {
        Map<String, CheckIn> byPeriod = new java.util.TreeMap<>();
        for (CheckIn checkIn : okrs.checkInsOf(keyResult.id())) {
            if (checkIn.automatic() && byPeriod.put(checkIn.kpiPeriod(), checkIn) != null) {
                fail("two automatic check-ins for " + checkIn.kpiPeriod());
            }
        }
        return byPeriod;
    }

    @Test
    public void shouldCheckInEachPeriodsValueWhenTheKpiIsMeasured() {
        KeyResult keyResult = keyResultIn(Cycle.quarter(2026, 1));

        measure();

        Map<String, CheckIn> checkIns = automaticOf(keyResult);
        assertEquals(List.of("2026-W11", "2026-W12"), List.copyOf(checkIns.keySet()));
        assertEquals("a closed week stands at its end", Instant.parse("2026-03-16T00:00:00Z"), checkIns.get("2026-W11").at());
        assertEquals(2.0, checkIns.get("2026-W11").value(), 0.0);
        assertEquals("the open week stands when it was measured", WEDNESDAY, checkIns.get("2026-W12").at());
        assertEquals(1.0, checkIns.get("2026-W12").value(), 0.0);
        CheckIn any = checkIns.get("2026-W11");
        assertEquals(CheckIn.LODESTAR, any.author());
        assertNull("confidence is checked in by hand", any.confidence());
        List<Activity> activity = okrs.activityOf(keyResult.objectiveId());
        assertEquals(2, activity.size());
        assertEquals(List.of("", "2", "2026-W11"), activity.get(0).details());
        assertEquals(CheckIn.LODESTAR, activity.get(0).actor());
        assertEquals("logged when measured", WEDNESDAY, activity.get(0).at());
    }

    @Test
    public void shouldUpdateTheOpenPeriodsCheckInWhenMeasuredAgain() {
        KeyResult keyResult = keyResultIn(Cycle.quarter(2026, 1));
        measure();
        long openId = automaticOf(keyResult).get("2026-W12").id();

        issues.add(issue("CORE-4").moved("2026-03-18T11:00:00Z", DONE).build());
        now = WEDNESDAY.plusSeconds(7200);
        measure();

        Map<String, CheckIn> checkIns = automaticOf(keyResult);
        assertEquals(2, checkIns.size());
        assertEquals(openId, checkIns.get("2026-W12").id());
        assertEquals(2.0, checkIns.get("2026-W12").value(), 0.0);
        assertEquals(now, checkIns.get("2026-W12").at());
        assertEquals("an update of the open week is not logged again", 2, okrs.activityOf(keyResult.objectiveId()).size());
    }

    @Test
    public void shouldNeverRewriteAFrozenPeriodExceptWhenAnAdministratorRemeasuresIt() {
        KeyResult keyResult = keyResultIn(Cycle.quarter(2026, 1));
        measure();
        // Week 11 gains an issue after it was frozen: a later run leaves its value (and check-in) as they were.
        issues.add(issue("CORE-5").moved("2026-03-12T10:00:00Z", DONE).build());
        now = WEDNESDAY.plusSeconds(3600);
        measure();
        assertEquals(2.0, automaticOf(keyResult).get("2026-W11").value(), 0.0);

        evaluation.remeasure(throughput, new IssueHistory(issues, WORKFLOW), "2026-W11", "carol");

        CheckIn remeasured = automaticOf(keyResult).get("2026-W11");
        assertEquals(3.0, remeasured.value(), 0.0);
        assertEquals(Instant.parse("2026-03-16T00:00:00Z"), remeasured.at());
        List<Activity> activity = okrs.activityOf(keyResult.objectiveId());
        assertEquals("the re-measure is logged", List.of("", "3", "2026-W11"), activity.get(activity.size() - 1).details());
    }

    @Test
    public void shouldFreezeTheOpenPeriodsCheckInWhenItsPeriodCloses() {
        KeyResult keyResult = keyResultIn(Cycle.quarter(2026, 1));
        measure();
        now = Instant.parse("2026-03-24T09:00:00Z");

        measure();

        Map<String, CheckIn> checkIns = automaticOf(keyResult);
        assertEquals(List.of("2026-W11", "2026-W12", "2026-W13"), List.copyOf(checkIns.keySet()));
        assertEquals("week 12 now stands at its end", Instant.parse("2026-03-23T00:00:00Z"), checkIns.get("2026-W12").at());
    }

    @Test
    public void shouldLeaveAClosedCycleAndPeriodsOutsideTheCycleAlone() {
        KeyResult graded = keyResultIn(Cycle.quarter(2026, 1).close());
        KeyResult later = keyResultIn(Cycle.of("From week 12", CycleKind.CUSTOM, LocalDate.parse("2026-03-17"),
                LocalDate.parse("2026-06-01")));

        measure();

        assertTrue(okrs.checkInsOf(graded.id()).isEmpty());
        assertEquals("weeks 10 and 11 ended before the cycle began", List.of("2026-W12"),
                List.copyOf(automaticOf(later).keySet()));
    }

    @Test
    public void shouldScoreAndForecastFromTheCheckInsAndKeepTheConfidenceCheckedInByHand() {
        KeyResult keyResult = keyResultIn(Cycle.quarter(2026, 1));
        measure();
        now = Instant.parse("2026-03-24T09:00:00Z");
        okrs.appendCheckIn(CheckIn.of(keyResult.id(), null, Confidence.AT_RISK, "slow", "alice", now.minusSeconds(60)));
        measure();

        ScoredKeyResult scored = OkrTree.score(okrs.loadCycle(okrs.cycles().get(0).id()), Map.of(), Map.of(),
                Clock.fixed(now, ZoneOffset.UTC)).objectives().get(0).keyResults().get(0);

        assertEquals("week 13 so far: nothing done yet", 0.0, scored.measurement().current(), 0.0);
        assertEquals(TrackStatus.judge(scored.score(), okrs.cycles().get(0).elapsedFraction(now, ZoneOffset.UTC),
                Confidence.AT_RISK), scored.status());
        assertEquals("what the owner last reported", Confidence.AT_RISK, scored.latestCheckIn().confidence());
        assertTrue("three measured weeks make a forecast", scored.forecast().available());
        assertTrue("checked in by hand a minute ago: not due", !scored.checkInDue());
    }

    @Test
    public void shouldDrawTheHistoryFromTheCheckInsWhenTheKpiWasMeasured() {
        KeyResult keyResult = keyResultIn(Cycle.quarter(2026, 1));
        measure();
        CycleOkrs data = okrs.loadCycle(okrs.cycles().get(0).id());
        Map<Long, KpiReading> today = Map.of(throughput.id(), new KpiReading(throughput.id(), 5.0, WEDNESDAY));

        ScoreHistory history = ScoreHistory.of(keyResult.objectiveId(), data, Map.of(), Map.of(), today,
                Clock.fixed(WEDNESDAY, ZoneOffset.UTC));

        ScoreHistory.Point march12 = history.points().stream()
                .filter(p -> p.at().equals(Instant.parse("2026-03-12T00:00:00Z"))).findFirst().orElseThrow();
        ScoreHistory.Point last = history.points().get(history.points().size() - 1);
        assertEquals("before the first check-in: not today's reading", 0.0, march12.score().orElseThrow().value(), 0.0);
        assertEquals("the open week's check-in (1 of 5), not today's reading (5)", 0.2,
                last.score().orElseThrow().value(), 1e-12);
    }

    @Test
    public void shouldRecordNoMeasurementWhenWhatFollowsItFails() {
        keyResultIn(Cycle.quarter(2026, 1));
        KpiEvaluation failing = new KpiEvaluation(kpis, source, KpiCalculators.builtIn(), clock,
                (definition, recorded, all) -> {
                    new KpiCheckIns(okrs, clock).recorded(definition, recorded, all);
                    throw new IllegalStateException("the database went away");
                });
        try {
            failing.evaluate(throughput, new IssueHistory(issues, WORKFLOW));
            fail("expected the failure");
        } catch (IllegalStateException expected) {
            assertTrue(kpis.measurements(throughput.id()).isEmpty());
        }
        // The two in-memory stores are two transactions; in Jira both stores are one AO transaction (see
        // AoKpiCheckInsTest, which checks that the check-ins are rolled back too).
    }
}
