package io.lodestar.jira.persistence;

import static io.lodestar.core.kpi.IssueHistoryBuilder.DONE;
import static io.lodestar.core.kpi.IssueHistoryBuilder.WORKFLOW;
import static io.lodestar.core.kpi.IssueHistoryBuilder.issue;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.kpi.Direction;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.IssueHistory;
import io.lodestar.core.kpi.IssueHistorySource;
import io.lodestar.core.kpi.KpiCalculators;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiEvaluation;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.okr.CheckIn;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.KpiCheckIns;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * A KPI's periods and its key results' automatic check-ins on Active Objects: the KPI store and the OKR store share
 * the app's one ActiveObjects, so the check-ins land in the measurement's transaction, and roll back with it.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(LodestarDatabase.class)
@Data(LodestarSchemaUpdater.class)
public class AoKpiCheckInsTest {

    /** Wednesday of ISO week 12 of 2026. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-18T10:00:00Z"), ZoneOffset.UTC);
    private static final List<IssueSnapshot> ISSUES = List.of(
            issue("CORE-1").moved("2026-03-10T10:00:00Z", DONE).build(),
            issue("CORE-2").moved("2026-03-17T10:00:00Z", DONE).build());
    private static final IssueHistorySource SOURCE = (dataSource, sink) -> {
        ISSUES.forEach(sink);
        return WORKFLOW;
    };

    private EntityManager entityManager;
    private AoKpiStore kpis;
    private AoOkrStore okrs;
    private KpiDefinition throughput;
    private KeyResult keyResult;

    @Before
    public void storeAKpiAndAKeyResultOnIt() {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        kpis = new AoKpiStore(ao);
        okrs = new AoOkrStore(ao);
        throughput = kpis.save(KpiDefinition.of("Throughput CORE", "", KpiFormula.of(KpiType.THROUGHPUT),
                KpiDataSource.project("CORE"), Frequency.WEEKLY, ZoneOffset.UTC, "alice",
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1), "", Indicator.LAGGING));
        Cycle q1 = okrs.saveCycle(Cycle.quarter(2026, 1));
        Objective objective = okrs.saveObjective(Objective.draft(q1.id(), "Ship more", "", "alice", ObjectiveLevel.TEAM, null));
        keyResult = okrs.saveKeyResult(KeyResult.of(objective.id(), "Throughput to 5", "alice",
                Measure.kpi(throughput.id(), "issues", 0, 5)));
    }

    @Test
    public void shouldStoreOneAutomaticCheckInPerPeriodWhenMeasuredTwice() {
        KpiEvaluation evaluation = new KpiEvaluation(kpis, SOURCE, KpiCalculators.builtIn(), CLOCK,
                new KpiCheckIns(okrs, CLOCK));

        evaluation.evaluate(throughput, new IssueHistory(ISSUES, WORKFLOW));
        evaluation.evaluate(throughput, new IssueHistory(ISSUES, WORKFLOW));

        List<CheckIn> checkIns = okrs.checkInsOf(keyResult.id());
        assertEquals(List.of("2026-W11", "2026-W12"), checkIns.stream().map(CheckIn::kpiPeriod).toList());
        assertEquals(List.of(1.0, 1.0), checkIns.stream().map(CheckIn::value).toList());
        assertTrue(checkIns.stream().allMatch(c -> c.automatic() && c.confidence() == null));
        assertEquals(2, okrs.activityOf(keyResult.objectiveId()).size());
    }

    @Test
    public void shouldRollTheCheckInsBackWithTheMeasurementWhenTheTransactionFails() {
        KpiEvaluation failing = new KpiEvaluation(kpis, SOURCE, KpiCalculators.builtIn(), CLOCK,
                (definition, recorded, all) -> {
                    new KpiCheckIns(okrs, CLOCK).recorded(definition, recorded, all);
                    throw new IllegalStateException("the node stopped");
                });

        assertThrows(IllegalStateException.class, () -> failing.evaluate(throughput, new IssueHistory(ISSUES, WORKFLOW)));

        assertEquals(List.of(), kpis.measurements(throughput.id()));
        assertEquals(List.of(), okrs.checkInsOf(keyResult.id()));
        assertEquals(List.of(), okrs.activityOf(keyResult.objectiveId()));
    }
}
