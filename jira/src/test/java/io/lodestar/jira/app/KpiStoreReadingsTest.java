package io.lodestar.jira.app;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
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
import io.lodestar.core.okr.KpiReading;
import io.lodestar.core.okr.KpiScale;
import io.lodestar.jira.host.FakeJira;
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

    private static KpiDefinition onTime(String project) {
        return KpiDefinition.of("On time", "", KpiFormula.of(KpiType.ON_TIME_DELIVERY), KpiDataSource.project(project),
                Frequency.MONTHLY, ZoneOffset.UTC, "asm", KpiGoal.band(0.8, 1), "", Indicator.LAGGING);
    }

    private void record(long kpiId, double value, KpiUnit unit) {
        store.record(new KpiMeasurement(kpiId, KpiPeriod.day(LocalDate.of(2026, 2, 1), ZoneOffset.UTC),
                KpiValue.of(value, unit, 8), Instant.parse("2026-02-02T00:00:00Z")));
    }

    @Test
    public void shouldReadARatioKpiOnThePercentScaleOfItsKeyResults() {
        KpiDefinition kpi = store.save(onTime("CORE"));
        record(kpi.id(), 0.95, KpiUnit.RATIO);

        KpiReading reading = readings.latest(kpi.id()).orElseThrow();

        assertEquals(KpiScale.PERCENT, reading.scale());
        assertEquals(95.0, reading.keyResultValue(), 0.0);
        assertEquals("%", KpiStoreReadings.keyResultUnit(kpi));
        assertEquals("issues", KpiStoreReadings.keyResultUnit(wip()));
        assertEquals(KpiScale.AS_IS, KpiStoreReadings.scaleOf(wip()));
    }

    @Test
    public void shouldHideTheValueFromAViewerWhoMayNotBrowseTheKpisProject() {
        FakeJira jira = new FakeJira().user("ann", "Ann").project("CORE", "Core").hideProject("CORE", "ann").login("ann");
        KpiDefinition kpi = store.save(onTime("CORE"));
        record(kpi.id(), 0.95, KpiUnit.RATIO);

        KpiReading asViewer = new KpiStoreReadings(store, new OkrAccess(jira.permissions())).latest(kpi.id()).orElseThrow();
        KpiReading forGrading = readings.latest(kpi.id()).orElseThrow();

        assertTrue(asViewer.hidden());
        assertNull(asViewer.value());
        assertEquals(0.95, forGrading.value(), 0.0);
    }
}
