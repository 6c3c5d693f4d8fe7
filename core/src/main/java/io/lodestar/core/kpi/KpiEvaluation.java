package io.lodestar.core.kpi;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;

import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.kpi.sprint.SprintKpiCalculator;
import io.lodestar.core.kpi.sprint.VelocityCalculator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use case: evaluate a KPI now. It loads the definition's issues, computes the value of the latest
 * complete period and of the one before, records the value for its period (replacing an earlier
 * recording of the same period), rates it against the goal, gives the trend, and raises an alert
 * when the value is RED.
 *
 * <h2>Which period</h2>
 * <ul>
 *   <li>Calendar KPIs measure the last <em>complete</em> period before the clock's instant
 *       (yesterday, last week from Monday, last month, in the KPI's zone), so a recorded value does
 *       not change once its period is over and alerts fire on whole periods.</li>
 *   <li>Sprint KPIs measure the last sprint completed before that instant (of the board, for a
 *       board data source). With no such sprint, nothing is recorded and the value is not
 *       applicable, saying so.</li>
 * </ul>
 * The trend compares with the value of the previous period computed from the same data (not the
 * stored one, which may be missing or computed with an older definition).
 *
 * <h2>Alerts</h2>
 * A RED value raises one alert per KPI and period: re-evaluating the same period (a refresh that
 * runs every hour) returns the alert already raised instead of raising it again.
 */
public final class KpiEvaluation {

    private final KpiStore store;
    private final IssueHistorySource source;
    private final KpiCalculators calculators;
    private final Clock clock;

    public KpiEvaluation(KpiStore store, IssueHistorySource source, KpiCalculators calculators, Clock clock) {
        this.store = requirePresent(store, "kpiEvaluation.store");
        this.source = requirePresent(source, "kpiEvaluation.source");
        this.calculators = requirePresent(calculators, "kpiEvaluation.calculators");
        this.clock = requirePresent(clock, "kpiEvaluation.clock");
    }

    /**
     * Evaluates the stored KPI {@code kpiId}.
     *
     * @throws NotFoundException when there is no such KPI
     */
    public KpiAssessment evaluate(long kpiId) {
        KpiDefinition definition = store.find(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
        return evaluate(definition, source.load(definition.dataSource()));
    }

    /** Evaluates every stored KPI, loading each distinct data source once; by KPI id. */
    public List<KpiAssessment> evaluateAll() {
        Map<KpiDataSource, IssueHistory> loaded = new LinkedHashMap<>();
        List<KpiAssessment> assessments = new ArrayList<>();
        for (KpiDefinition definition : store.definitions()) {
            IssueHistory history = loaded.computeIfAbsent(definition.dataSource(), source::load);
            assessments.add(evaluate(definition, history));
        }
        return assessments;
    }

    /** Evaluates a stored definition over issues already loaded from its data source. */
    public KpiAssessment evaluate(KpiDefinition definition, IssueHistory history) {
        require(definition.id() > 0, "kpi.id", "must be a stored KPI to record its value");
        Instant now = clock.instant();
        List<KpiPeriod> periods = periodsToMeasure(definition, history, now);
        if (periods.isEmpty()) {
            String reason = "no sprint completed yet in " + definition.dataSource().kind().name().toLowerCase()
                    + " " + definition.dataSource().reference();
            return new KpiAssessment(definition, Optional.empty(), KpiValue.notApplicable(reason), Optional.empty(),
                    Trend.unknown(reason), Optional.empty());
        }
        KpiPeriod current = periods.get(periods.size() - 1);
        List<KpiValue> values = compute(definition, history, periods);
        KpiValue value = values.get(values.size() - 1);
        Trend trend = periods.size() == 1 ? Trend.unknown("no previous period in the data")
                : Trend.between(values.get(0), value, definition.goal());
        Optional<Rating> rating = value.isApplicable() ? Optional.of(definition.goal().rate(value.value()))
                : Optional.empty();
        // The value and its alert land together or not at all; the issues were read before, outside the transaction.
        return store.inTransaction(() -> {
            store.record(new KpiMeasurement(definition.id(), current, value, now));
            Optional<KpiAlert> alert = rating.filter(Rating.RED::equals)
                    .map(red -> alertFor(definition, current, value.value(), now));
            return new KpiAssessment(definition, Optional.of(current), value, rating, trend, alert);
        });
    }

    /** The previous and the current period (or only the current one, or none for sprints). */
    private static List<KpiPeriod> periodsToMeasure(KpiDefinition definition, IssueHistory history, Instant now) {
        if (definition.frequency() != Frequency.PER_SPRINT) {
            KpiPeriod current = KpiPeriod.lastCompleteBefore(definition.frequency(), now, definition.zone());
            return List.of(KpiPeriod.lastCompleteBefore(definition.frequency(), current.start(), definition.zone()),
                    current);
        }
        List<KpiPeriod> completed = new ArrayList<>();
        for (Sprint sprint : VelocityCalculator.closedSprintsOf(history.issues(),
                SprintKpiCalculator.boardOf(definition.dataSource()))) {
            if (!sprint.completeDate().toInstant().isAfter(now)) {
                completed.add(KpiPeriod.sprint(sprint));
            }
        }
        return completed.subList(Math.max(0, completed.size() - 2), completed.size());
    }

    private List<KpiValue> compute(KpiDefinition definition, IssueHistory history, List<KpiPeriod> periods) {
        Optional<KpiCalculator> calculator = calculators.find(definition.formula().type());
        if (calculator.isEmpty()) {
            KpiValue missing = KpiValue.notApplicable("Lodestar cannot compute " + definition.formula().type()
                    + " in this installation");
            return periods.stream().map(period -> missing).toList();
        }
        List<KpiValue> values = calculator.get().compute(definition, history, periods);
        if (values.size() != periods.size()) {
            throw new IllegalStateException(definition.formula().type() + " calculator returned " + values.size()
                    + " values for " + periods.size() + " periods");
        }
        return values;
    }

    private KpiAlert alertFor(KpiDefinition definition, KpiPeriod period, double value, Instant now) {
        for (KpiAlert raised : store.alerts(definition.id())) {
            if (raised.period().key().equals(period.key())) {
                return raised;
            }
        }
        return store.raise(KpiAlert.of(definition.id(), period, value, message(definition, value),
                definition.actionIfAlert(), now));
    }

    /** A plain sentence naming the limit crossed; numbers rounded to 2 decimals for display only. */
    static String message(KpiDefinition definition, double value) {
        String name = definition.name() + " " + display(value);
        if (definition.goal() instanceof KpiGoal.Band band) {
            return value < band.minimum() ? name + " is below the minimum " + display(band.minimum())
                    : name + " is above the maximum " + display(band.maximum());
        }
        KpiGoal.Growing growing = (KpiGoal.Growing) definition.goal();
        return name + (growing.direction() == Direction.HIGHER_IS_BETTER ? " is below" : " is above")
                + " the alert threshold " + display(growing.alertThreshold());
    }

    private static String display(double number) {
        return BigDecimal.valueOf(number).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }
}
