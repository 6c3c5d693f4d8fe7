package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;

import java.time.Instant;

/**
 * The latest computed value of a KPI, as a KPI-backed key result sees it, or the fact that the viewer
 * may not see it ({@link #hidden}): a KPI computed over a Jira project the viewer may not browse tells
 * them nothing of its values, so its key results are not measured for them.
 *
 * @param value the KPI's value on its own scale (a ratio as a fraction); null when hidden
 * @param at    when it was recorded; null when hidden
 * @param scale how its key results read it (see {@link KpiScale})
 */
public record KpiReading(long kpiId, Double value, Instant at, KpiScale scale) {

    public KpiReading {
        require(kpiId > 0, "kpi.id", "must reference a KPI");
        requirePresent(scale, "kpi.scale");
        require((value == null) == (at == null), "kpi.at", "is set exactly when the value is");
        require(value == null || Double.isFinite(value), "kpi.value", "must be a finite number");
    }

    /** A visible value read as it is ({@link KpiScale#AS_IS}). */
    public KpiReading(long kpiId, double value, Instant at) {
        this(kpiId, value, at, KpiScale.AS_IS);
    }

    /** A KPI whose values the viewer may not see. */
    public static KpiReading hidden(long kpiId, KpiScale scale) {
        return new KpiReading(kpiId, null, null, scale);
    }

    public boolean hidden() {
        return value == null;
    }

    /** The value on its key results' scale (95 for a ratio of 0.95). */
    public double keyResultValue() {
        if (hidden()) {
            throw new IllegalStateException("the values of KPI " + kpiId + " are hidden from this viewer");
        }
        return scale.toKeyResult(value);
    }
}
