package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.requirePresent;

import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.MeasurementFollower;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Use case: a KPI-backed key result records its KPI's measurement as a check-in each period, so its history, score
 * and forecast come from check-ins like a numeric key result's. Runs inside the transaction that records the KPI's
 * periods ({@link MeasurementFollower}), so a period and its check-ins land together.
 *
 * <h2>Rules</h2>
 * For each key result backed by the KPI ({@link OkrStore#keyResultsTracking}) whose cycle is not closed, and each
 * stored measurement of the KPI with an applicable value whose instant falls within the cycle (from its start to its
 * end, both included):
 * <ul>
 *   <li>the check-in's instant is the period's end for a closed period (the value it had when the period ended), and
 *       when it was measured for the open period (the value so far);</li>
 *   <li>its value is the KPI's on the key result's scale ({@link KpiScale#of}: a ratio reads as a percentage);</li>
 *   <li>one automatic check-in per key result and period ({@link OkrStore#recordKpiCheckIn}): a period without one
 *       gets one (a key result added since its KPI was measured catches up with the periods of its cycle); a period
 *       that has one is rewritten only when this evaluation recorded that period again: the open period at every
 *       run, a period that closes (its provisional value frozen), and a frozen period re-measured by an
 *       administrator. A frozen period's check-in therefore never changes otherwise;</li>
 *   <li>a new period's check-in and a re-measured one are written to the objective's activity, by {@link CheckIn#LODESTAR};
 *       the open period's updates at every run are not (they would fill the log);</li>
 *   <li>a value that is not applicable records nothing and leaves the period's earlier check-in as it was;</li>
 *   <li>a closed cycle is never touched: its key results are graded and their history is final.</li>
 * </ul>
 * Check-ins by hand are never rewritten: on a KPI-backed key result a person checks in only a confidence and a note
 * ({@link CheckInService#checkIn}), which the key result's confidence and due date are read from.
 */
public final class KpiCheckIns implements MeasurementFollower {

    private final OkrStore store;
    private final Clock clock;

    /** @param clock only its zone is used: the one cycles' dates are read in, as everywhere on the OKR side */
    public KpiCheckIns(OkrStore store, Clock clock) {
        this.store = requirePresent(store, "kpiCheckIns.store");
        this.clock = requirePresent(clock, "kpiCheckIns.clock");
    }

    @Override
    public void recorded(KpiDefinition definition, List<KpiMeasurement> recorded, List<KpiMeasurement> all) {
        List<KeyResult> keyResults = store.keyResultsTracking(List.of(definition.id()));
        if (keyResults.isEmpty()) {
            return;
        }
        Set<String> rewritten = recorded.stream().map(m -> m.period().key()).collect(Collectors.toSet());
        Set<String> remeasured = recorded.stream().filter(m -> m.remeasuredBy() != null)
                .map(m -> m.period().key()).collect(Collectors.toSet());
        KpiScale scale = KpiScale.of(definition);
        Map<Long, Optional<Cycle>> cycles = new HashMap<>();
        for (KeyResult keyResult : keyResults) {
            Optional<Objective> objective = store.findObjective(keyResult.objectiveId());
            Optional<Cycle> cycle = objective.flatMap(o -> cycles.computeIfAbsent(o.cycleId(), store::findCycle));
            if (cycle.isEmpty() || cycle.get().closed()) {
                continue;
            }
            Instant start = cycle.get().startInstant(clock.getZone());
            Instant end = cycle.get().endInstant(clock.getZone());
            Map<String, CheckIn> existing = new HashMap<>();
            store.checkInsOf(keyResult.id()).stream().filter(CheckIn::automatic)
                    .forEach(c -> existing.put(c.kpiPeriod(), c));
            for (KpiMeasurement measurement : all) {
                if (!measurement.value().isApplicable()) {
                    continue;
                }
                Instant at = instantOf(measurement);
                if (at.isBefore(start) || at.isAfter(end)) {
                    continue;
                }
                String period = measurement.period().key();
                CheckIn wanted = CheckIn.automatic(keyResult.id(), scale.toKeyResult(measurement.value().value()),
                        period, at);
                CheckIn before = existing.get(period);
                if (before == null) {
                    CheckIn stored = store.recordKpiCheckIn(wanted);
                    store.appendActivity(Activity.checkedIn(keyResult, stored, measurement.recordedAt()));
                } else if (rewritten.contains(period) && changed(before, wanted)) {
                    CheckIn stored = store.recordKpiCheckIn(wanted);
                    if (remeasured.contains(period)) {
                        store.appendActivity(Activity.checkedIn(keyResult, stored, measurement.recordedAt()));
                    }
                }
            }
        }
    }

    /** When a measurement stands: the end of a closed period, the instant it was measured for the open one. */
    static Instant instantOf(KpiMeasurement measurement) {
        return measurement.provisional() ? measurement.recordedAt() : measurement.period().end();
    }

    private static boolean changed(CheckIn before, CheckIn wanted) {
        return !before.value().equals(wanted.value()) || !before.at().equals(wanted.at());
    }
}
