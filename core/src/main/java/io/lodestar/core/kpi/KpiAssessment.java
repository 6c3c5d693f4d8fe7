package io.lodestar.core.kpi;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of evaluating a KPI: the period measured (empty when there is none yet, e.g. no
 * closed sprint), its value, its rating against the goal (empty when not applicable), the trend
 * against the previous period, and the alert raised, if any.
 */
public record KpiAssessment(KpiDefinition definition, Optional<KpiPeriod> period, KpiValue value,
                            Optional<Rating> rating, Trend trend, Optional<KpiAlert> alert) {

    public KpiAssessment {
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(rating, "rating");
        Objects.requireNonNull(trend, "trend");
        Objects.requireNonNull(alert, "alert");
    }
}
