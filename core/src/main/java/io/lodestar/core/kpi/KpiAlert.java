package io.lodestar.core.kpi;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;
import static io.lodestar.core.common.InvalidInputException.requireText;

import java.time.Instant;

/**
 * Raised when a KPI's value for a period went beyond its alert threshold (or left its band): the
 * value, a plain message saying which limit was crossed, and the action the KPI sheet prescribes.
 * {@code id} is 0 until a {@link KpiStore} assigns one.
 */
public record KpiAlert(long id, long kpiId, KpiPeriod period, double value, String message, String action,
                       Instant raisedAt) {

    public KpiAlert {
        require(id >= 0, "kpi.alert.id", "must not be negative");
        require(kpiId > 0, "kpi.id", "must reference a stored KPI");
        requirePresent(period, "kpi.alert.period");
        require(Double.isFinite(value), "kpi.alert.value", "must be a finite number");
        message = requireText(message, "kpi.alert.message");
        action = action == null ? "" : action.strip();
        requirePresent(raisedAt, "kpi.alert.raisedAt");
    }

    public static KpiAlert of(long kpiId, KpiPeriod period, double value, String message, String action,
                              Instant raisedAt) {
        return new KpiAlert(0, kpiId, period, value, message, action, raisedAt);
    }

    public KpiAlert withId(long newId) {
        return new KpiAlert(newId, kpiId, period, value, message, action, raisedAt);
    }
}
