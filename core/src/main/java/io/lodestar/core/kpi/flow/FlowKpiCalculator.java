package io.lodestar.core.kpi.flow;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Status;
import io.lodestar.core.issue.StatusCatalog;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.Distribution;
import io.lodestar.core.kpi.IssueHistory;
import io.lodestar.core.kpi.KpiCalculator;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiParameter;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import io.lodestar.core.kpi.Statistic;
import io.lodestar.core.kpi.StatusSelection;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * RESOLUTION_TIME, LEAD_TIME, CYCLE_TIME and TIME_IN_STATUS of a KPI definition per period: the glue
 * between {@link io.lodestar.core.kpi.KpiEvaluation} and the flow calculators of this package.
 *
 * <p>An issue belongs to the period in which it finished: resolution for resolution time and time in
 * status, first entry into done for lead time, last entry into done for cycle time (a sprint period
 * runs from "Start sprint" to "Complete sprint"). The period's value is the definition's
 * {@link KpiParameter#STATISTIC} (median by default) of the times of its issues, in days; a period
 * where no issue finished is not applicable, with the reason.
 *
 * <p>Stages: with no {@link KpiParameter#STARTED_STATUS_IDS} nor {@link KpiParameter#DONE_STATUS_IDS},
 * the status categories ({@link StageMapping#byStatusCategory()}); otherwise the configured ids, the
 * missing one defaulting to its category, and every other known status in To Do. Time in status sums,
 * per resolved issue, the time spent in {@link KpiParameter#MEASURED_STATUS_IDS} (default: the In
 * Progress category).
 *
 * <p>Worked example: weekly cycle time (median), week of 2024-01-08: A done Tue after 2 days, B done
 * Thu after 5 days, C done Fri after 3 days: median 3 days (n = 3); the week before, nothing was done:
 * not applicable, "no issue finished in 2024-W01".
 */
public final class FlowKpiCalculator implements KpiCalculator {

    @Override
    public List<KpiValue> compute(KpiDefinition definition, IssueHistory history, List<KpiPeriod> periods) {
        KpiFormula formula = definition.formula();
        KpiType type = formula.type();
        Statistic statistic = formula.get(KpiParameter.STATISTIC);
        List<IssueSnapshot> issues = history.issues();
        double[][] samples = new double[periods.size()][];
        int[] counts = new int[periods.size()];
        if (type == KpiType.TIME_IN_STATUS) {
            timeInStatus(issues, history.statuses(), formula, periods, samples, counts);
        } else {
            FlowTimes times = flowTimes(definition, history);
            for (FlowTime time : times.perIssue()) {
                add(periods, time.end(), time.days(), samples, counts);
            }
        }
        List<KpiValue> values = new ArrayList<>(periods.size());
        for (int i = 0; i < periods.size(); i++) {
            double[] sample = samples[i] == null ? new double[0] : samples[i];
            values.add(statistic.of(Distribution.of(sample, counts[i], KpiUnit.DAYS,
                    "no issue finished in " + periods.get(i).key())));
        }
        return values;
    }

    /** Per calendar period: an issue counts in the period it finished in (resolved, or entered done), an update. */
    @Override
    public boolean onlyRecentChangesMatter(KpiDefinition definition) {
        return definition.frequency() != io.lodestar.core.kpi.Frequency.PER_SPRINT;
    }

    /**
     * The per-issue times behind a RESOLUTION_TIME, LEAD_TIME or CYCLE_TIME definition, measured exactly as
     * {@link #compute} measures them (same stages), for a control chart of every finished issue.
     *
     * @throws IllegalArgumentException for another type
     */
    public static FlowTimes flowTimes(KpiDefinition definition, IssueHistory history) {
        KpiFormula formula = definition.formula();
        return switch (formula.type()) {
            case RESOLUTION_TIME -> new ResolutionTimeCalculator().measure(history.issues());
            case LEAD_TIME -> new LeadTimeCalculator(mapping(formula, history), history.statuses()).measure(history.issues());
            case CYCLE_TIME -> new CycleTimeCalculator(mapping(formula, history), history.statuses(),
                    formula.get(KpiParameter.START_ENTRY)).measure(history.issues());
            default -> throw new IllegalArgumentException("not a flow time KPI: " + formula.type());
        };
    }

    private static void timeInStatus(List<IssueSnapshot> issues, StatusCatalog catalog, KpiFormula formula,
                                     List<KpiPeriod> periods, double[][] samples, int[] counts) {
        StatusSelection measured = StatusSelection.of(formula.get(KpiParameter.MEASURED_STATUS_IDS),
                StatusCategory.IN_PROGRESS, catalog, issues);
        if (periods.isEmpty()) {
            return;
        }
        // Only issues resolved in a period are measured, so each is replayed to its resolution.
        TimeInStatusCalculator calculator = new TimeInStatusCalculator(periods.get(periods.size() - 1).end());
        for (IssueSnapshot issue : issues) {
            if (issue.resolved() == null || indexOf(periods, issue.resolved().toInstant()) < 0) {
                continue;
            }
            IssueTimeInStatus times = calculator.forIssue(issue);
            if (times == null) {
                continue;
            }
            long millis = 0;
            for (StatusTime time : times.statuses()) {
                if (measured.test(time.statusId())) {
                    millis += time.millis();
                }
            }
            add(periods, issue.resolved(), millis / FlowTime.MILLIS_PER_DAY, samples, counts);
        }
    }

    /**
     * The stage mapping a definition asks for: categories by default, else the configured started and
     * done ids (the other one by its category) with every other known status in To Do.
     */
    static StageMapping mapping(KpiFormula formula, IssueHistory history) {
        Set<String> startedIds = formula.getOrDefault(KpiParameter.STARTED_STATUS_IDS);
        Set<String> doneIds = formula.getOrDefault(KpiParameter.DONE_STATUS_IDS);
        if (startedIds.isEmpty() && doneIds.isEmpty()) {
            return StageMapping.byStatusCategory();
        }
        StatusSelection started = StatusSelection.of(startedIds, StatusCategory.IN_PROGRESS, history.statuses(), history.issues());
        StatusSelection done = StatusSelection.of(doneIds, StatusCategory.DONE, history.statuses(), history.issues());
        Set<String> known = new LinkedHashSet<>(startedIds);
        known.addAll(doneIds);
        for (Status status : history.statuses().statuses()) {
            known.add(status.id());
        }
        for (IssueSnapshot issue : history.issues()) {
            known.add(issue.status().id());
        }
        List<String> toDo = new ArrayList<>();
        List<String> inProgress = new ArrayList<>();
        List<String> finished = new ArrayList<>();
        for (String id : known) {
            (done.test(id) ? finished : started.test(id) ? inProgress : toDo).add(id);
        }
        Map<String, List<String>> stages = new LinkedHashMap<>();
        stages.put("To Do", toDo);
        stages.put("In Progress", inProgress);
        stages.put("Done", finished);
        return StageMapping.of(stages, "In Progress", "Done");
    }

    private static void add(List<KpiPeriod> periods, OffsetDateTime at, double days, double[][] samples, int[] counts) {
        int period = indexOf(periods, at.toInstant());
        if (period < 0) {
            return;
        }
        if (samples[period] == null) {
            samples[period] = new double[16];
        } else if (counts[period] == samples[period].length) {
            samples[period] = Arrays.copyOf(samples[period], counts[period] * 2);
        }
        samples[period][counts[period]++] = days;
    }

    /** The period containing {@code at}, or -1; periods are few, so a scan is enough. */
    static int indexOf(List<KpiPeriod> periods, Instant at) {
        for (int i = 0; i < periods.size(); i++) {
            if (periods.get(i).contains(at)) {
                return i;
            }
        }
        return -1;
    }
}
