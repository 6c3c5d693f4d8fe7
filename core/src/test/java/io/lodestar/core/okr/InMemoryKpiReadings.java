package io.lodestar.core.okr;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** {@link KpiReadings} in memory, for tests: the latest value put for each KPI. */
public final class InMemoryKpiReadings implements KpiReadings {

    private final Map<Long, KpiReading> latest = new HashMap<>();

    public InMemoryKpiReadings put(long kpiId, double value, Instant at) {
        latest.put(kpiId, new KpiReading(kpiId, value, at));
        return this;
    }

    @Override
    public Optional<KpiReading> latest(long kpiId) {
        return Optional.ofNullable(latest.get(kpiId));
    }
}
