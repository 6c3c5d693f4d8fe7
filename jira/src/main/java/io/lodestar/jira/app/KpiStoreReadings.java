package io.lodestar.jira.app;

import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiStore;
import io.lodestar.core.okr.KpiReading;
import io.lodestar.core.okr.KpiReadings;
import java.util.Optional;

/**
 * Core's OKR port {@link KpiReadings} over the KPI side's {@link KpiStore}: a KPI-backed key result
 * reads the KPI's latest recorded measurement. A measurement that is not applicable (too few issues,
 * no sprint...) gives no reading, never 0, as the port's contract asks.
 */
public final class KpiStoreReadings implements KpiReadings {

    private final KpiStore kpis;

    public KpiStoreReadings(KpiStore kpis) {
        this.kpis = kpis;
    }

    @Override
    public Optional<KpiReading> latest(long kpiId) {
        Optional<KpiMeasurement> latest = kpis.latestMeasurement(kpiId);
        return latest.filter(m -> m.value().isApplicable())
                .map(m -> new KpiReading(kpiId, m.value().value(), m.recordedAt()));
    }
}
