package io.lodestar.core.kpi.delivery;

import io.lodestar.core.kpi.Distribution;
import io.lodestar.core.kpi.KpiValue;
import java.util.List;
import java.util.Objects;

/**
 * On-time delivery over a set of issues.
 *
 * @param rate             on-time issues / resolved issues with a deadline, a ratio (0.75, not 75);
 *                         not applicable when no resolved issue has a deadline
 * @param onTime           resolved issues with a deadline resolved on or before it
 * @param late             resolved issues with a deadline resolved after it
 * @param withoutDeadline  resolved issues excluded because they have neither a due date nor a fix
 *                         version with a release date
 * @param unresolved       issues excluded because they are not resolved
 * @param lateDelays       the delays in days of the late issues; empty when none was late
 * @param outcomes         one outcome per resolved issue with a deadline, in input order
 */
public record OnTimeDeliveryReport(KpiValue rate, int onTime, int late, int withoutDeadline, int unresolved,
                                   Distribution lateDelays, List<DeliveryOutcome> outcomes) {

    public OnTimeDeliveryReport {
        Objects.requireNonNull(rate, "rate");
        Objects.requireNonNull(lateDelays, "lateDelays");
        outcomes = List.copyOf(outcomes);
    }
}
