package io.lodestar.jira.persistence;

import static org.junit.Assert.assertEquals;

import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiStoreContract;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The KPI page's scorecard reads the values of all its KPIs together: one statement for 2 KPIs as for 20, with
 * 3 periods each as with 30 (counted with AO's SQL listener, {@link StatementCounter}).
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(LodestarDatabase.class)
@Data(LodestarSchemaUpdater.class)
public class AoKpiQueryCountTest {

    private static final Instant RECORDED = Instant.parse("2026-11-30T12:00:00Z");

    private EntityManager entityManager;
    private AoKpiStore store;

    @Before
    public void createStore() {
        store = new AoKpiStore(new EntityManagerActiveObjects(entityManager));
    }

    @Test
    public void shouldReadEveryKpisMeasurementsWithOneStatementWhenTwoOrTwentyKpisHaveFewOrManyPeriods() {
        List<Long> few = kpisWith(2, 3);
        List<Long> many = kpisWith(20, 30);

        List<String> fewStatements = StatementCounter.statementsOf(entityManager, () -> store.measurementsOf(few));
        @SuppressWarnings("unchecked")
        Map<Long, List<KpiMeasurement>>[] read = new Map[1];
        List<String> manyStatements = StatementCounter.statementsOf(entityManager,
                () -> read[0] = store.measurementsOf(many));

        assertEquals(20, read[0].size());
        assertEquals(30, read[0].get(many.get(19)).size());
        assertEquals(store.measurements(many.get(7)), read[0].get(many.get(7)));
        assertEquals(String.join("\n", fewStatements), 1, fewStatements.size());
        assertEquals(String.join("\n", manyStatements), 1, manyStatements.size());
    }

    private List<Long> kpisWith(int kpis, int periods) {
        List<Long> ids = new ArrayList<>();
        for (int k = 0; k < kpis; k++) {
            KpiDefinition stored = store.save(KpiStoreContract.wipBandOfProjectCore());
            for (int week = 0; week < periods; week++) {
                KpiPeriod period = KpiPeriod.week(LocalDate.of(2026, 1, 5).plusWeeks(week), ZoneOffset.UTC);
                store.record(new KpiMeasurement(stored.id(), period, KpiValue.of(week, KpiUnit.ISSUES, week), RECORDED));
            }
            ids.add(stored.id());
        }
        return ids;
    }
}
