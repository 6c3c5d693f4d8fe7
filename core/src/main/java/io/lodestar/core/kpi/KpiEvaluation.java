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
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use case: evaluate a KPI now. It loads the definition's issues, computes the value of the latest
 * complete period and of the one before, records the value for its period unless that period is
 * already frozen, records the open period as provisional, rates the closed period against the goal,
 * gives the trend, and raises an alert when the value is RED.
 *
 * <h2>Frozen periods</h2>
 * A closed period's measurement is frozen once recorded: later runs keep it, however the issues have
 * changed since (a re-estimate, a move, a reopened issue), so history does not drift. The first run
 * after a period closes records it; a closed period still holding only its provisional value (no run
 * came before its close, or that run stopped) is measured and frozen by the next run. Only
 * {@link #remeasure}, an administrator's explicit request, replaces a frozen value, and records who
 * asked. The open period (this week so far, this month so far) is recorded provisional and measured
 * again by every run; a sprint KPI has no open period (the velocity chart counts closed sprints).
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
 * <h2>What follows</h2>
 * Inside the same transaction, the {@link MeasurementFollower} is told of every period recorded (the key results
 * backed by the KPI record its value as a check-in), so a period and what follows from it land together.
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
    private final MeasurementFollower follower;

    /** An evaluation whose recorded periods change nothing else ({@link MeasurementFollower#NONE}). */
    public KpiEvaluation(KpiStore store, IssueHistorySource source, KpiCalculators calculators, Clock clock) {
        this(store, source, calculators, clock, MeasurementFollower.NONE);
    }

    /**
     * @param follower told of every period recorded, inside the same transaction (the key results' automatic
     *                 check-ins)
     */
    public KpiEvaluation(KpiStore store, IssueHistorySource source, KpiCalculators calculators, Clock clock,
                         MeasurementFollower follower) {
        this.store = requirePresent(store, "kpiEvaluation.store");
        this.source = requirePresent(source, "kpiEvaluation.source");
        this.calculators = requirePresent(calculators, "kpiEvaluation.calculators");
        this.clock = requirePresent(clock, "kpiEvaluation.clock");
        this.follower = requirePresent(follower, "kpiEvaluation.follower");
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

    /**
     * Evaluates a stored definition over issues already loaded from its data source: records the last closed
     * period unless it is frozen, completes closed periods left provisional, and records the open period as
     * provisional, all in one transaction (a run stopped half-way leaves every period as it was).
     */
    public KpiAssessment evaluate(KpiDefinition definition, IssueHistory history) {
        require(definition.id() > 0, "kpi.id", "must be a stored KPI to record its value");
        Instant now = clock.instant();
        Map<String, KpiMeasurement> stored = new LinkedHashMap<>();
        store.measurements(definition.id()).forEach(m -> stored.put(m.period().key(), m));
        List<KpiPeriod> closed = periodsToMeasure(definition, history, now);
        if (closed.isEmpty()) {
            String reason = "no sprint completed yet in " + definition.dataSource().kind().name().toLowerCase()
                    + " " + definition.dataSource().reference();
            return new KpiAssessment(definition, Optional.empty(), KpiValue.notApplicable(reason), Optional.empty(),
                    Trend.unknown(reason), Optional.empty());
        }
        KpiPeriod current = closed.get(closed.size() - 1);
        Optional<KpiPeriod> open = definition.frequency() == Frequency.PER_SPRINT ? Optional.empty()
                : Optional.of(KpiPeriod.containing(definition.frequency(), now, definition.zone()));
        List<KpiPeriod> unfinished = leftProvisional(definition, stored.values(), closed, now);
        List<KpiPeriod> periods = new ArrayList<>(unfinished);
        periods.addAll(closed);
        open.ifPresent(periods::add);
        periods.sort(java.util.Comparator.comparing(KpiPeriod::start));
        List<KpiValue> values = compute(definition, history, periods);
        Map<String, KpiValue> byKey = new LinkedHashMap<>();
        for (int i = 0; i < periods.size(); i++) {
            byKey.put(periods.get(i).key(), values.get(i));
        }
        KpiMeasurement frozen = stored.get(current.key());
        KpiValue value = frozen != null && frozen.isFrozen() ? frozen.value() : byKey.get(current.key());
        Trend trend = closed.size() == 1 ? Trend.unknown("no previous period in the data")
                : Trend.between(byKey.get(closed.get(0).key()), value, definition.goal());
        Optional<Rating> rating = value.isApplicable() ? Optional.of(definition.goal().rate(value.value()))
                : Optional.empty();
        // Every period of the KPI and its alert land together or not at all; the issues were read before, outside.
        return store.inTransaction(() -> {
            List<KpiMeasurement> recorded = new ArrayList<>();
            for (KpiPeriod period : periods) {
                KpiMeasurement existing = stored.get(period.key());
                boolean completes = existing != null && existing.provisional() && !period.end().isAfter(now);
                if (period.equals(current) ? existing == null || completes : completes) {
                    recorded.add(store.record(new KpiMeasurement(definition.id(), period, byKey.get(period.key()), now)));
                }
            }
            open.ifPresent(period -> recorded.add(store.record(KpiMeasurement.provisional(definition.id(), period,
                    byKey.get(period.key()), now))));
            follower.recorded(definition, recorded, store.measurements(definition.id()));
            Optional<KpiAlert> alert = rating.filter(Rating.RED::equals)
                    .map(red -> alertFor(definition, current, value.value(), now));
            return new KpiAssessment(definition, Optional.of(current), value, rating, trend, alert);
        });
    }

    /**
     * The earliest instant whose changes can move a value that {@link #evaluate(KpiDefinition, IssueHistory)} would
     * record now, when only recent changes matter to the definition's calculator
     * ({@link KpiCalculator#onlyRecentChangesMatter}): the start of the earliest period it measures (the closed
     * period before the last, or an older one left provisional among {@code stored}). Empty when the evaluation
     * needs every issue: sprint KPIs (which sprints closed is read from the issues), and types that read older
     * history. A measurement may then read only the issues updated since or not done
     * ({@link IssueHistorySource#read(KpiDataSource, Instant, java.util.function.Consumer)}) and records the same
     * values.
     */
    public Optional<Instant> changedSince(KpiDefinition definition, Collection<KpiMeasurement> stored) {
        if (definition.frequency() == Frequency.PER_SPRINT) {
            return Optional.empty();
        }
        Optional<KpiCalculator> calculator = calculators.find(definition.formula().type());
        if (calculator.isEmpty() || !calculator.get().onlyRecentChangesMatter(definition)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<KpiPeriod> closed = periodsToMeasure(definition, null, now);
        Instant since = closed.get(0).start();
        for (KpiPeriod left : leftProvisional(definition, stored, closed, now)) {
            since = left.start().isBefore(since) ? left.start() : since;
        }
        return Optional.of(since);
    }

    /**
     * An administrator's explicit re-measure of the closed period {@code periodKey}: computed now from
     * {@code history} and recorded over its frozen value, with who asked and when. Raises no alert (the period's
     * alert, if any, was raised when it closed).
     *
     * @throws io.lodestar.core.common.InvalidInputException on {@code period} for a key that is not one of the
     *         KPI's periods, a period still open, or a sprint not completed in the data
     */
    public KpiMeasurement remeasure(KpiDefinition definition, IssueHistory history, String periodKey, String by) {
        require(definition.id() > 0, "kpi.id", "must be a stored KPI to record its value");
        requirePresent(by, "run.requestedBy");
        Instant now = clock.instant();
        KpiPeriod period = closedPeriod(definition, history, periodKey, now);
        KpiValue value = compute(definition, history, List.of(period)).get(0);
        return store.inTransaction(() -> {
            KpiMeasurement recorded = store.record(new KpiMeasurement(definition.id(), period, value, now, false, by));
            follower.recorded(definition, List.of(recorded), store.measurements(definition.id()));
            return recorded;
        });
    }

    /**
     * The closed period of a KPI with this key, checked without reading issues for calendar periods (so a request
     * can be refused before any run starts); a sprint is looked up in {@code history} when it is given.
     */
    public static KpiPeriod closedPeriod(KpiDefinition definition, IssueHistory history, String periodKey, Instant now) {
        if (definition.frequency() == Frequency.PER_SPRINT) {
            require(KpiPeriod.isSprintKey(periodKey), "period", "is not a sprint period key such as sprint-42");
            if (history == null) {
                return null;
            }
            for (Sprint sprint : VelocityCalculator.closedSprintsOf(history.issues(),
                    SprintKpiCalculator.boardOf(definition.dataSource()))) {
                KpiPeriod period = KpiPeriod.sprint(sprint);
                if (period.key().equals(periodKey.strip()) && !period.end().isAfter(now)) {
                    return period;
                }
            }
            throw new io.lodestar.core.common.InvalidInputException("period", periodKey.strip()
                    + " is not a sprint completed in the KPI's data");
        }
        KpiPeriod period = KpiPeriod.parse(definition.frequency(), periodKey, definition.zone());
        require(!period.end().isAfter(now), "period", period.key() + " is still open: only a closed period is re-measured");
        return period;
    }

    /**
     * Closed periods whose only measurement is still the provisional one (the period closed while no run came, or
     * the run of its close stopped): measured again now and frozen. Keys that are not periods of the KPI's present
     * frequency (an edited KPI) are left alone.
     */
    private static List<KpiPeriod> leftProvisional(KpiDefinition definition, Collection<KpiMeasurement> stored,
                                                   List<KpiPeriod> closed, Instant now) {
        List<KpiPeriod> left = new ArrayList<>();
        if (definition.frequency() == Frequency.PER_SPRINT) {
            return left;
        }
        for (KpiMeasurement measurement : stored) {
            KpiPeriod period = measurement.period();
            boolean measuredNow = closed.stream().anyMatch(p -> p.key().equals(period.key()));
            if (measurement.provisional() && !period.end().isAfter(now) && !measuredNow
                    && sameCalendarPeriod(definition, period)) {
                left.add(period);
            }
        }
        return left;
    }

    private static boolean sameCalendarPeriod(KpiDefinition definition, KpiPeriod period) {
        try {
            return KpiPeriod.parse(definition.frequency(), period.key(), definition.zone()).equals(period);
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The previous and the last closed period (or only the last one, or none for sprints). */
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
