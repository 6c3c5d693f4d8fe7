package io.lodestar.core.kpi.delivery;

import io.lodestar.core.kpi.IssueHistory;
import io.lodestar.core.kpi.KpiCalculator;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiParameter;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import java.util.ArrayList;
import java.util.List;

/**
 * ON_TIME_DELIVERY of a KPI definition per period: the {@link OnTimeDeliveryCalculator} rate of the
 * issues resolved in each period (a sprint period runs from "Start sprint" to "Complete sprint").
 * The resolution date decides, as the issue's own definition of on time says; the definition's done
 * statuses are not used by this version.
 *
 * <p>Worked example: in March, A (due 03-01) resolved 03-01T23:30-05:00 is on time, B (fix version
 * released 02-20) resolved 03-02 is late, C has no deadline: rate = 1 / 2 = 0.5 (n = 2). A month in
 * which no resolved issue had a deadline is not applicable, with the reason. The deadline is read as the
 * definition's {@link KpiParameter#DEADLINE} says (due date, else release date, by default).
 */
public final class OnTimeDeliveryKpiCalculator implements KpiCalculator {

    @Override
    public List<KpiValue> compute(KpiDefinition definition, IssueHistory history, List<KpiPeriod> periods) {
        int[] onTime = new int[periods.size()];
        int[] measured = new int[periods.size()];
        for (DeliveryOutcome outcome : new OnTimeDeliveryCalculator(definition.formula().get(KpiParameter.DEADLINE))
                .measure(history.issues()).outcomes()) {
            for (int i = 0; i < periods.size(); i++) {
                if (periods.get(i).contains(outcome.resolved().toInstant())) {
                    measured[i]++;
                    onTime[i] += outcome.onTime() ? 1 : 0;
                    break;
                }
            }
        }
        List<KpiValue> values = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            values.add(measured[i] == 0
                    ? KpiValue.notApplicable("no issue with a due date or a released fix version was resolved in "
                            + periods.get(i).key())
                    : KpiValue.of((double) onTime[i] / measured[i], KpiUnit.RATIO, measured[i]));
        }
        return values;
    }
}
