package io.lodestar.core.kpi.throughput;

import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.IssueHistory;
import io.lodestar.core.kpi.KpiCalculator;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiParameter;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.KpiValue;
import io.lodestar.core.kpi.StatusSelection;
import io.lodestar.core.kpi.sprint.SprintKpiCalculator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * THROUGHPUT (issues) and VELOCITY_PER_WEEK (story points) of a definition per period. Measured per
 * sprint, throughput counts the sprint report's completed issues, so it agrees with velocity.
 */
public final class ThroughputKpiCalculator implements KpiCalculator {

    @Override
    public List<KpiValue> compute(KpiDefinition definition, IssueHistory history, List<KpiPeriod> periods) {
        boolean points = definition.formula().type() == KpiType.VELOCITY_PER_WEEK;
        List<PeriodThroughput> measured;
        if (definition.frequency() == Frequency.PER_SPRINT) {
            Map<String, PeriodThroughput> byKey = new HashMap<>();
            for (PeriodThroughput sprint : ThroughputCalculator.perSprint(SprintKpiCalculator.reports(definition, history))) {
                byKey.put(sprint.period().key(), sprint);
            }
            measured = new ArrayList<>();
            for (KpiPeriod period : periods) {
                measured.add(byKey.get(period.key()));
            }
        } else {
            StatusSelection done = StatusSelection.of(definition.formula().get(KpiParameter.DONE_STATUS_IDS),
                    StatusCategory.DONE, history.statuses(), history.issues());
            measured = new ThroughputCalculator(done).over(history.issues(), periods);
        }
        List<KpiValue> values = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            PeriodThroughput throughput = measured.get(i);
            values.add(throughput == null
                    ? KpiValue.notApplicable("no closed sprint " + periods.get(i).key() + " in the data source")
                    : points ? throughput.velocity() : throughput.throughput());
        }
        return values;
    }

    /** Per calendar period: an issue counts in the period it was done in, by a transition that updated it. */
    @Override
    public boolean onlyRecentChangesMatter(KpiDefinition definition) {
        return definition.frequency() != Frequency.PER_SPRINT;
    }
}
