package io.lodestar.core.kpi;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;

import java.time.Instant;

/**
 * A KPI value recorded for a period: the value (possibly not applicable, with its reason) and when
 * it was computed. A KPI has at most one measurement per period key; recording again replaces it.
 */
public record KpiMeasurement(long kpiId, KpiPeriod period, KpiValue value, Instant recordedAt) {

    public KpiMeasurement {
        require(kpiId > 0, "kpi.id", "must reference a stored KPI");
        requirePresent(period, "kpi.measurement.period");
        requirePresent(value, "kpi.measurement.value");
        requirePresent(recordedAt, "kpi.measurement.recordedAt");
    }
}
