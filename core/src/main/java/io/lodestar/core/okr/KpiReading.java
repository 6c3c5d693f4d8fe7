package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;

import java.time.Instant;

/** The latest computed value of a KPI, as a KPI-backed key result sees it. */
public record KpiReading(long kpiId, double value, Instant at) {

    public KpiReading {
        require(kpiId > 0, "kpi.id", "must reference a KPI");
        require(Double.isFinite(value), "kpi.value", "must be a finite number");
        requirePresent(at, "kpi.at");
    }
}
