package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;
import static io.lodestar.core.common.InvalidInputException.requireText;

/**
 * A KPI in alert, as the OKR side needs to know it to draft an objective that brings it back to
 * target. The application layer builds it from the KPI side's types (io.lodestar.core.kpi), which
 * the OKR model deliberately does not import.
 *
 * @param current   the KPI's latest value
 * @param target    the value it should reach
 * @param direction which way is better
 * @param team      the team the KPI belongs to, or null
 * @param scale     how key results read the KPI ({@link KpiScale}); current and target are on the KPI's scale
 */
public record KpiAlertSnapshot(long kpiId, String name, String unit, double current, double target,
                               Direction direction, String team, KpiScale scale) {

    /** A KPI read as it is ({@link KpiScale#AS_IS}). */
    public KpiAlertSnapshot(long kpiId, String name, String unit, double current, double target,
                            Direction direction, String team) {
        this(kpiId, name, unit, current, target, direction, team, KpiScale.AS_IS);
    }

    public KpiAlertSnapshot {
        require(kpiId > 0, "kpi.id", "must reference a KPI");
        name = requireText(name, "kpi.name");
        require(Double.isFinite(current), "kpi.current", "must be a finite number");
        require(Double.isFinite(target), "kpi.target", "must be a finite number");
        requirePresent(direction, "kpi.direction");
        requirePresent(scale, "kpi.scale");
    }

    /** Whether the current value is on the wrong side of the target for the KPI's direction. */
    public boolean inAlert() {
        return direction == Direction.INCREASE ? current < target : current > target;
    }
}
