package io.lodestar.jira.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.InMemoryKpiStore;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.Test;

public class KpiStoreReadingsTest {

    private final InMemoryKpiStore store = new InMemoryKpiStore();
    private final KpiStoreReadings readings = new KpiStoreReadings(store);

    private static KpiDefinition wip() {
        return KpiDefinition.of("WIP", "", KpiFormula.of(KpiType.WORK_IN_PROGRESS), KpiDataSource.project("CORE"),
                Frequency.DAILY, ZoneOffset.UTC, "asm", KpiGoal.band(3, 8), "", Indicator.LEADING);
    }

    @Test
    public void shouldHaveNoReadingWhenTheKpiIsUnknownOrUnmeasured() {
        assertTrue(readings.latest(42).isEmpty());
    }

    @Test
    public void shouldHaveNoReadingWhenTheLatestValueIsNotApplicable() {
        long kpiId = store.save(wip()).id();
        store.record(new KpiMeasurement(kpiId, KpiPeriod.day(LocalDate.of(2026, 2, 1), ZoneOffset.UTC),
                KpiValue.notApplicable("no issue resolved"), Instant.parse("2026-02-02T00:00:00Z")));

        assertTrue(readings.latest(kpiId).isEmpty());
    }

    @Test
    public void shouldReadTheLatestApplicableValueWhenMeasured() {
        long kpiId = store.save(wip()).id();
        store.record(new KpiMeasurement(kpiId, KpiPeriod.day(LocalDate.of(2026, 2, 1), ZoneOffset.UTC),
                KpiValue.of(12.5, KpiUnit.ISSUES, 8), Instant.parse("2026-02-02T00:00:00Z")));

        assertEquals(12.5, readings.latest(kpiId).orElseThrow().value(), 0.0);
    }
}
