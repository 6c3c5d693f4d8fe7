package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;
import static io.lodestar.core.common.InvalidInputException.requireText;

/**
 * A KPI definition proposed from an achieved key result: keep watching the value the team reached,
 * so the gain is not lost once the OKR is over. The OKR model does not know the KPI side's types
 * (io.lodestar.core.kpi); the application layer maps this proposal to a KPI definition.
 *
 * @param target           the value achieved, which the KPI now has to hold
 * @param direction        which way is better, as for the key result
 * @param team             the team of the key result's objective, or null
 * @param sourceKeyResultId the key result it was proposed from
 */
public record KpiProposal(String name, String unit, double target, Direction direction, String team,
                          long sourceKeyResultId) {

    public KpiProposal {
        name = requireText(name, "kpi.name");
        unit = unit == null ? "" : unit.strip();
        require(Double.isFinite(target), "kpi.target", "must be a finite number");
        requirePresent(direction, "kpi.direction");
    }
}
