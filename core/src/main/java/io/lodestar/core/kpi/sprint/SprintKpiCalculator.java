package io.lodestar.core.kpi.sprint;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.IssueHistory;
import io.lodestar.core.kpi.KpiCalculator;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiParameter;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiValue;
import io.lodestar.core.kpi.StatusSelection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * VELOCITY, AVERAGE_VELOCITY, SAY_DO_RATIO and SCOPE_CHANGE of a definition, per sprint period,
 * from the {@link VelocityCalculator}'s sprint reports. A board data source keeps only that board's
 * sprints. A period that is not a closed sprint of the data gets a not-applicable value.
 */
public final class SprintKpiCalculator implements KpiCalculator {

    @Override
    public List<KpiValue> compute(KpiDefinition definition, IssueHistory history, List<KpiPeriod> periods) {
        List<SprintReport> reports = reports(definition, history);
        Map<String, Integer> indexByKey = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            indexByKey.put(KpiPeriod.sprint(reports.get(i).sprint()).key(), i);
        }
        KpiFormula formula = definition.formula();
        List<KpiValue> values = new ArrayList<>(periods.size());
        for (KpiPeriod period : periods) {
            Integer index = indexByKey.get(period.key());
            if (index == null) {
                values.add(KpiValue.notApplicable("no closed sprint " + period.key() + " in the data source"));
                continue;
            }
            SprintReport report = reports.get(index);
            values.add(switch (formula.type()) {
                case VELOCITY -> report.velocity();
                case SAY_DO_RATIO -> report.sayDoRatio();
                case SCOPE_CHANGE -> report.scopeChangeValue();
                case AVERAGE_VELOCITY -> VelocityCalculator.averageVelocity(reports.subList(0, index + 1),
                        formula.get(KpiParameter.SPRINT_COUNT));
                default -> throw new IllegalArgumentException(formula.type() + " is not a sprint KPI");
            });
        }
        return values;
    }

    /** The sprint reports of the definition's data source, with its done statuses and estimate moment. */
    public static List<SprintReport> reports(KpiDefinition definition, IssueHistory history) {
        KpiFormula formula = definition.formula();
        List<IssueSnapshot> issues = history.issues();
        StatusSelection done = StatusSelection.of(formula.getOrDefault(KpiParameter.DONE_STATUS_IDS),
                StatusCategory.DONE, history.statuses(), issues);
        return new VelocityCalculator(done, formula.getOrDefault(KpiParameter.COMPLETED_ESTIMATE))
                .closedSprints(issues, boardOf(definition.dataSource()));
    }

    /** The board id of a board data source, null (every board) otherwise. */
    public static Long boardOf(KpiDataSource source) {
        return source.kind() == KpiDataSource.Kind.BOARD ? Long.valueOf(source.reference()) : null;
    }
}
