package io.lodestar.core.okr;

import io.lodestar.core.common.InvalidInputException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Use cases on check-ins: report a key result's value and confidence, read its history. A check-in
 * is stamped with the injected clock's instant and must fall within the key result's cycle (in the
 * clock's time zone). Check-ins are appended, so two people checking in at once both land.
 */
public final class CheckInService {

    private final OkrStore store;
    private final Clock clock;

    public CheckInService(OkrStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /**
     * Records a check-in now.
     *
     * @param value the measured value; for a milestone 1 (done) or 0 (not done); null to report only
     *              a confidence, which is the only choice for linked work (Jira measures it) and for a
     *              KPI-backed key result (its KPI measures it: the background measurement records the KPI's value
     *              as an automatic check-in each period, see {@link KpiCheckIns}; a person checks in its confidence)
     */
    public CheckIn checkIn(long keyResultId, Double value, Confidence confidence, String note, String author) {
        KeyResult keyResult = OkrLookup.keyResult(store, keyResultId);
        Cycle cycle = OkrLookup.openCycle(store, OkrLookup.objective(store, keyResult.objectiveId()).cycleId());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (!cycle.contains(today)) {
            throw new InvalidInputException("checkIn.at", today + " is outside the cycle " + cycle.name()
                    + " (" + cycle.start() + " to " + cycle.end().minusDays(1) + ")");
        }
        if (keyResult.kind() == KeyResultKind.MILESTONE && value != null && value != 0.0 && value != 1.0) {
            throw new InvalidInputException("checkIn.value", "a milestone is 1 (done) or 0 (not done)");
        }
        if (keyResult.kind() == KeyResultKind.LINKED_WORK && value != null) {
            throw new InvalidInputException("checkIn.value",
                    "linked-work progress comes from its Jira issues; report only a confidence and a note");
        }
        if (keyResult.kind() == KeyResultKind.JQL && value != null) {
            throw new InvalidInputException("checkIn.value",
                    "the value of a key result from a JQL query comes from Jira; report only a confidence and a note");
        }
        if (keyResult.kind() == KeyResultKind.KPI && value != null) {
            throw new InvalidInputException("checkIn.value",
                    "a KPI key result's value comes from its KPI; report only a confidence and a note");
        }
        return store.appendCheckIn(CheckIn.of(keyResultId, value, confidence, note, author, now));
    }

    /** The key result's check-ins, oldest first. */
    public List<CheckIn> history(long keyResultId) {
        OkrLookup.keyResult(store, keyResultId);
        return store.checkInsOf(keyResultId);
    }

    /** The key results of an open cycle whose check-in is due now (see {@link KeyResult#checkInDue}). */
    public List<KeyResult> due(long cycleId) {
        CycleOkrs data = store.loadCycle(cycleId);
        Instant now = clock.instant();
        if (data.cycle().closed() || now.isBefore(data.cycle().startInstant(clock.getZone()))) {
            return List.of();
        }
        return data.keyResults().stream().filter(kr -> kr.checkInDue(data.latestHandCheckInOf(kr.id()), now)).toList();
    }

    /**
     * The key results {@code owner} owns that are due a check-in this week, the earliest due first (overdue ones
     * included). The week runs from Monday midnight to the next Monday midnight in the clock's zone. A key result
     * is due this week when {@link KeyResult#checkInDue} holds at the last instant of the week, its cycle is open,
     * has begun by the week's end and has not ended yet (after its end no check-in is taken). Costs one cycle list
     * and one {@link OkrStore#loadCycle} per open cycle.
     */
    public List<DueCheckIn> dueThisWeek(String owner) {
        Instant now = clock.instant();
        LocalDate monday = LocalDate.ofInstant(now, clock.getZone()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        Instant weekEnd = monday.plusWeeks(1).atStartOfDay(clock.getZone()).toInstant();
        Instant lastInstant = weekEnd.minusNanos(1);
        List<DueCheckIn> due = new ArrayList<>();
        for (Cycle cycle : store.cycles()) {
            Instant cycleStart = cycle.startInstant(clock.getZone());
            if (cycle.closed() || !cycleStart.isBefore(weekEnd) || !now.isBefore(cycle.endInstant(clock.getZone()))) {
                continue;
            }
            CycleOkrs data = store.loadCycle(cycle.id());
            for (KeyResult keyResult : data.keyResults()) {
                if (owner == null || !owner.equals(keyResult.owner())) {
                    continue;
                }
                Optional<CheckIn> latest = data.latestHandCheckInOf(keyResult.id());
                if (keyResult.checkInDue(latest, lastInstant)) {
                    Instant dueAt = latest.map(c -> c.at().plus(keyResult.cadence())).orElse(cycleStart);
                    due.add(new DueCheckIn(keyResult, cycle.id(), dueAt));
                }
            }
        }
        due.sort(Comparator.comparing(DueCheckIn::dueAt).thenComparing(d -> d.keyResult().id()));
        return due;
    }
}
