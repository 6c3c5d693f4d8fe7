package io.lodestar.core.kpi.sprint;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.DoneRule;
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
        if (lastColumnUnknown(definition, history)) {
            return periods.stream().map(period -> KpiValue.notApplicable(
                    "the board's last column is not known (Jira Software did not give the board's columns)")).toList();
        }
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
        return new VelocityCalculator(done(definition, history), formula.getOrDefault(KpiParameter.COMPLETED_ESTIMATE))
                .closedSprints(issues, boardOf(definition.dataSource()));
    }

    /**
     * What "done" means to the definition: the statuses of the board's last column under
     * {@link DoneRule#BOARD_LAST_COLUMN} (none when the columns are unknown, never the category in their place), else
     * the formula's done statuses or the Done category.
     */
    public static StatusSelection done(KpiDefinition definition, IssueHistory history) {
        KpiFormula formula = definition.formula();
        if (formula.getOrDefault(KpiParameter.DONE_RULE) == DoneRule.BOARD_LAST_COLUMN) {
            return StatusSelection.exactly(history.lastColumnStatusIds());
        }
        return StatusSelection.of(formula.getOrDefault(KpiParameter.DONE_STATUS_IDS), StatusCategory.DONE,
                history.statuses(), history.issues());
    }

    /** Whether the definition counts the board's last column but the source could not read it. */
    public static boolean lastColumnUnknown(KpiDefinition definition, IssueHistory history) {
        return definition.formula().getOrDefault(KpiParameter.DONE_RULE) == DoneRule.BOARD_LAST_COLUMN
                && history.lastColumnStatusIds().isEmpty();
    }

    /** The board id of a board data source, null (every board) otherwise. */
    public static Long boardOf(KpiDataSource source) {
        return source.kind() == KpiDataSource.Kind.BOARD ? Long.valueOf(source.reference()) : null;
    }
}
