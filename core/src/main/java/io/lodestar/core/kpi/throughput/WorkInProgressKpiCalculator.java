package io.lodestar.core.kpi.throughput;

import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.IssueHistory;
import io.lodestar.core.kpi.KpiCalculator;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiParameter;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiValue;
import io.lodestar.core.kpi.StatusSelection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * WORK_IN_PROGRESS of a definition per period: the WIP at the period's last instant (one
 * millisecond before its end), so a day's WIP is what was still open when the day closed.
 */
public final class WorkInProgressKpiCalculator implements KpiCalculator {

    @Override
    public List<KpiValue> compute(KpiDefinition definition, IssueHistory history, List<KpiPeriod> periods) {
        StatusSelection inProgress = StatusSelection.of(definition.formula().get(KpiParameter.WIP_STATUS_IDS),
                StatusCategory.IN_PROGRESS, history.statuses(), history.issues());
        List<Instant> lastInstants = new ArrayList<>(periods.size());
        for (KpiPeriod period : periods) {
            lastInstants.add(period.end().minusMillis(1));
        }
        List<KpiValue> values = new ArrayList<>(periods.size());
        for (WorkInProgress wip : new WorkInProgressCalculator(inProgress).series(history.issues(), lastInstants)) {
            values.add(wip.value());
        }
        return values;
    }

    /**
     * Per calendar period with the default statuses (the In Progress category): a done issue unchanged since before
     * the period was done all through it. Configured statuses may name a Done-category status, so they read all.
     */
    @Override
    public boolean onlyRecentChangesMatter(KpiDefinition definition) {
        return definition.frequency() != io.lodestar.core.kpi.Frequency.PER_SPRINT && byStatusCategory(definition);
    }

    /**
     * Whether the definition counts the statuses of the In Progress category (no statuses configured): then a done
     * issue unchanged since an instant was in progress at none after it, whatever the period.
     */
    public static boolean byStatusCategory(KpiDefinition definition) {
        return definition.formula().get(KpiParameter.WIP_STATUS_IDS).isEmpty();
    }
}
