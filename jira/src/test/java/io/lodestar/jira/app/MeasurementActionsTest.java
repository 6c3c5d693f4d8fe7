package io.lodestar.jira.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.kpi.Direction;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.IssueHistorySource;
import io.lodestar.core.kpi.KpiCalculators;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiEvaluation;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.run.KpiMeasuring;
import io.lodestar.core.kpi.run.Readers;
import io.lodestar.jira.host.FakeJira;
import io.lodestar.jira.persistence.AoKpiStore;
import io.lodestar.jira.persistence.AoMeasurementRunStore;
import io.lodestar.jira.persistence.EntityManagerActiveObjects;
import io.lodestar.jira.persistence.LodestarDatabase;
import io.lodestar.jira.persistence.LodestarSchemaUpdater;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * A failing request changes nothing, on the real database: when the background start of a run cannot be requested
 * (the scheduler refuses), the queued run is rolled back with the request's transaction.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(LodestarDatabase.class)
@Data(LodestarSchemaUpdater.class)
public class MeasurementActionsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-18T10:00:00Z"), ZoneOffset.UTC);

    private EntityManager entityManager;

    @Test
    public void shouldLeaveNoQueuedRunWhenTheBackgroundStartFails() {
        EntityManagerActiveObjects ao = new EntityManagerActiveObjects(entityManager);
        AoKpiStore kpis = new AoKpiStore(ao);
        AoMeasurementRunStore runs = new AoMeasurementRunStore(ao);
        KpiDefinition kpi = kpis.save(KpiDefinition.of("Throughput", "", KpiFormula.of(KpiType.THROUGHPUT),
                KpiDataSource.project("TEAM"), Frequency.WEEKLY, ZoneOffset.UTC, "alice",
                KpiGoal.growing(Direction.HIGHER_IS_BETTER, 3, 1), "", Indicator.LAGGING));
        IssueHistorySource issues = (source, sink) -> StatusCatalog.empty();
        KpiMeasuring measuring = new KpiMeasuring(kpis, runs, new KpiEvaluation(kpis, issues, KpiCalculators.builtIn(),
                CLOCK), issues, kpiId -> Optional.of(() -> { }), new Readers() {
                    @Override
                    public <T> T as(String userKey, Supplier<T> work) {
                        return work.get();
                    }
                }, (definition, alert) -> { }, CLOCK);
        FakeJira jira = new FakeJira().user("alice", "Alice Adams").login("alice");
        MeasurementActions actions = new MeasurementActions(kpis, runs, measuring, runId -> {
            throw new IllegalStateException("the measurement could not be started: scheduler stopped");
        }, new OkrAccess(jira.permissions()), CLOCK);

        try {
            actions.measureNow(kpi.id());
            fail("started without a scheduler");
        } catch (IllegalStateException expected) {
            assertEquals(List.of(), runs.recent(10));
        }
    }
}
