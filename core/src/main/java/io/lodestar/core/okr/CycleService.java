package io.lodestar.core.okr;

import io.lodestar.core.common.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Use cases on cycles: create, edit (while open) and list them, close and grade one, and carry unfinished key results
 * into a later cycle.
 *
 * <p>Grading is the end-of-cycle ritual: every key result's score at that instant is frozen as its
 * final score, every objective is closed with the weighted mean frozen, and the cycle is closed so
 * its OKRs no longer change, even if linked issues or KPIs move afterwards.
 */
public final class CycleService {

    /**
     * Newest first: by start, then (for cycles starting the same day, such as a year and its first quarter) the one
     * ending later first, then the higher id.
     */
    public static final Comparator<Cycle> NEWEST_FIRST =
            Comparator.comparing(Cycle::start).thenComparing(Cycle::end).thenComparing(Cycle::id).reversed();

    private final OkrStore store;
    private final OkrTreeService trees;

    public CycleService(OkrStore store, IssueSource issues, KpiReadings kpis, Clock clock) {
        this.store = store;
        this.trees = new OkrTreeService(store, issues, kpis, clock);
    }

    public Cycle create(Cycle cycle) {
        if (cycle.id() != 0) {
            throw new InvalidInputException("cycle.id", "must not be set on a new cycle");
        }
        return store.inTransaction(() -> store.saveCycle(cycle));
    }

    /**
     * Replaces an open cycle's name, kind and dates, based on {@code version}. A closed cycle is graded and
     * refuses every change. Check-ins already made keep their instants, even when the new dates leave them
     * outside the cycle: they happened, and the history shows them as they were.
     */
    public Cycle edit(long cycleId, long version, Cycle changes) {
        return store.inTransaction(() -> {
            OkrLookup.openCycle(store, cycleId);
            Cycle edited = new Cycle(cycleId, version, changes.name(), changes.kind(), changes.start(), changes.end(), false);
            requireAlignmentsKept(edited);
            return store.saveCycle(edited);
        });
    }

    /**
     * New dates must keep every alignment across cycles valid ({@link Alignment}: a child's cycle lies within its
     * parent's): this cycle within the cycles of the parents of its objectives, and the cycles of objectives aligned
     * to its objectives within this cycle. Refused on {@code cycle.start} or {@code cycle.end}, whichever breaks it.
     */
    private void requireAlignmentsKept(Cycle edited) {
        Map<Long, Cycle> cyclesById = new HashMap<>();
        store.cycles().forEach(cycle -> cyclesById.put(cycle.id(), cycle.id() == edited.id() ? edited : cycle));
        Map<Long, Objective> objectives = new HashMap<>();
        for (Cycle cycle : cyclesById.values()) {
            store.loadCycle(cycle.id()).objectives().forEach(objective -> objectives.put(objective.id(), objective));
        }
        for (Objective child : objectives.values()) {
            Objective parent = child.parentId() == null ? null : objectives.get(child.parentId());
            if (parent == null || parent.cycleId() == child.cycleId()
                    || child.cycleId() != edited.id() && parent.cycleId() != edited.id()) {
                continue;
            }
            Cycle parentCycle = cyclesById.get(parent.cycleId());
            Cycle childCycle = cyclesById.get(child.cycleId());
            if (parentCycle != null && childCycle != null && !parentCycle.encloses(childCycle)) {
                boolean startBreaks = childCycle.start().isBefore(parentCycle.start());
                // Either way, a child starting before its parent is mended by the edited cycle's start.
                String field = startBreaks ? "cycle.start" : "cycle.end";
                throw new InvalidInputException(field, "the objective \"" + child.title() + "\" of " + childCycle.name()
                        + " is aligned to \"" + parent.title() + "\" of " + parentCycle.name()
                        + ", whose dates must enclose its cycle's");
            }
        }
    }

    public Cycle get(long cycleId) {
        return OkrLookup.cycle(store, cycleId);
    }

    public List<Cycle> cycles() {
        return store.cycles();
    }

    /**
     * The cycle a page opens on when none is named: the newest cycle that contains {@code today} (the running
     * quarter, not a planned one), otherwise the newest cycle; empty when there is none.
     */
    public static Optional<Cycle> current(Collection<Cycle> cycles, LocalDate today) {
        List<Cycle> newestFirst = cycles.stream().sorted(NEWEST_FIRST).toList();
        return newestFirst.stream().filter(cycle -> cycle.contains(today)).findFirst()
                .or(() -> newestFirst.stream().findFirst());
    }

    /**
     * Closes and grades the cycle in one transaction and returns its frozen tree. An objective without
     * key results is closed without a score.
     */
    public OkrTree closeAndGrade(long cycleId, long version) {
        return store.inTransaction(() -> {
            OkrLookup.openCycle(store, cycleId);
            OkrTree tree = trees.score(store.loadCycle(cycleId));
            for (ScoredObjective scored : tree.objectives()) {
                for (ScoredKeyResult kr : scored.keyResults()) {
                    store.saveKeyResult(kr.keyResult().graded(kr.score().value()));
                }
                Objective objective = scored.objective();
                store.saveObjective(scored.score()
                        .map(score -> objective.graded(score.value()))
                        .orElse(objective.withState(ObjectiveState.CLOSED)));
            }
            store.saveCycle(tree.cycle().close().withId(cycleId, version));
            return trees.score(store.loadCycle(cycleId));
        });
    }

    /**
     * Carries an unfinished key result into an objective of a later cycle, as a new key result that
     * starts where this one stands: a numeric or KPI key result starts at its current value with the
     * same target; a milestone starts not done; a linked-work key result keeps its links, so its
     * progress starts at the share already done. The new key result remembers where it came from.
     *
     * @throws InvalidInputException when the key result is complete (score 1), cannot be measured, or
     *                               the target objective's cycle does not start after the source cycle
     */
    public KeyResult carryOver(long keyResultId, long intoObjectiveId) {
        return store.inTransaction(() -> {
            KeyResult source = OkrLookup.keyResult(store, keyResultId);
            Objective sourceObjective = OkrLookup.objective(store, source.objectiveId());
            Cycle sourceCycle = OkrLookup.cycle(store, sourceObjective.cycleId());
            Objective target = OkrLookup.objective(store, intoObjectiveId);
            Cycle targetCycle = OkrLookup.openCycle(store, target.cycleId());
            if (targetCycle.start().isBefore(sourceCycle.end())) {
                throw new InvalidInputException("objectiveId", "the cycle " + targetCycle.name()
                        + " does not start after " + sourceCycle.name());
            }
            CycleOkrs sourceOkrs = store.loadCycle(sourceCycle.id());
            ScoredKeyResult scored = trees.score(sourceOkrs).findKeyResult(keyResultId)
                    .orElseThrow();
            if (scored.score().complete()) {
                throw new InvalidInputException("keyResult", "is complete; only unfinished key results are carried over");
            }
            Measurement measurement = scored.measurement();
            Measure measure = source.measure();
            Measure carried;
            if (measure instanceof Measure.Numeric numeric) {
                if (!measurement.measurable()) {
                    throw new InvalidInputException("keyResult", measurement.gap());
                }
                carried = new Measure.Numeric(numeric.format(), numeric.unit(), measurement.current(), numeric.target());
            } else if (measure instanceof Measure.KpiBacked kpi) {
                carried = Measure.kpi(kpi.kpiId(), kpi.unit(), measurement.current(), kpi.target());
            } else if (measure instanceof Measure.Invalid) {
                throw new InvalidInputException("keyResult", measurement.gap());
            } else {
                carried = measure;
            }
            KeyResult created = store.saveKeyResult(source.carriedInto(intoObjectiveId, carried));
            if (carried.kind() == KeyResultKind.LINKED_WORK) {
                sourceOkrs.links().stream()
                        .filter(link -> link.keyResultId() == keyResultId)
                        .forEach(link -> store.link(new IssueLink(created.id(), link.issueId(), link.issueKey())));
            }
            return created;
        });
    }
}
