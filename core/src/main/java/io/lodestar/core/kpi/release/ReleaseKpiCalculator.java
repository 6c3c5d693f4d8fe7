package io.lodestar.core.kpi.release;

import io.lodestar.core.issue.BugTypes;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.IssueHistory;
import io.lodestar.core.kpi.KpiCalculator;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiParameter;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.KpiValue;
import io.lodestar.core.kpi.StatusSelection;
import java.util.ArrayList;
import java.util.List;

/** BUGS_PER_RELEASE and VELOCITY_PER_RELEASE of a definition per period, in the definition's zone. */
public final class ReleaseKpiCalculator implements KpiCalculator {

    @Override
    public List<KpiValue> compute(KpiDefinition definition, IssueHistory history, List<KpiPeriod> periods) {
        StatusSelection done = StatusSelection.of(definition.formula().getOrDefault(KpiParameter.DONE_STATUS_IDS),
                StatusCategory.DONE, history.statuses(), history.issues());
        boolean bugs = definition.formula().type() == KpiType.BUGS_PER_RELEASE;
        List<ReleaseSummary> releases = new ReleaseCalculator(done, bugTypes(definition)).releases(history.issues());
        List<KpiValue> values = new ArrayList<>(periods.size());
        for (KpiPeriod period : periods) {
            values.add(bugs ? ReleaseCalculator.bugsPerRelease(releases, period, definition.zone())
                    : ReleaseCalculator.velocityPerRelease(releases, period, definition.zone()));
        }
        return values;
    }

    /** The issue types a release KPI counts as bugs: its BUG_TYPES for bugs per release, else the default ones. */
    public static BugTypes bugTypes(KpiDefinition definition) {
        return definition.formula().type() == KpiType.BUGS_PER_RELEASE
                ? definition.formula().getOrDefault(KpiParameter.BUG_TYPES) : BugTypes.DEFAULT;
    }
}
