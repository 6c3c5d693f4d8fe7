package io.lodestar.core.okr;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.StaleVersionException;

/**
 * Use cases on objectives: create, edit, align, activate, close, delete. Every write runs in one
 * store transaction; a write based on a stale version fails with {@link StaleVersionException}.
 * Objectives of a closed (graded) cycle are frozen and refuse every change.
 *
 * <p>No clock: nothing here depends on the time.
 */
public final class ObjectiveService {

    private final OkrStore store;

    public ObjectiveService(OkrStore store) {
        this.store = store;
    }

    public Objective get(long objectiveId) {
        return OkrLookup.objective(store, objectiveId);
    }

    /** Creates a draft objective, aligned to {@code parentId} when given. */
    public Objective create(NewObjective command) {
        return store.inTransaction(() -> {
            Cycle cycle = OkrLookup.openCycle(store, command.cycleId());
            Objective draft = Objective.draft(cycle.id(), command.title(), command.description(), command.owner(),
                    command.level(), command.team());
            if (command.parentId() != null) {
                checkAlignment(draft, cycle, command.parentId());
                draft = draft.alignedTo(command.parentId());
            }
            return store.saveObjective(draft);
        });
    }

    public Objective edit(long objectiveId, long version, ObjectiveChanges changes) {
        return store.inTransaction(() -> {
            Objective objective = editable(objectiveId);
            return store.saveObjective(objective.edit(changes.title(), changes.description(), changes.owner(),
                    changes.level(), changes.team()).withId(objectiveId, version));
        });
    }

    /** Aligns the objective to {@code parentId}, or to nothing when null. */
    public Objective align(long objectiveId, long version, Long parentId) {
        return store.inTransaction(() -> {
            Objective objective = editable(objectiveId);
            if (parentId != null) {
                checkAlignment(objective, OkrLookup.cycle(store, objective.cycleId()), parentId);
            }
            return store.saveObjective(objective.alignedTo(parentId).withId(objectiveId, version));
        });
    }

    public Objective activate(long objectiveId, long version) {
        return changeState(objectiveId, version, ObjectiveState.ACTIVE);
    }

    /** Closes an objective before its cycle ends (achieved early, or abandoned); it keeps being scored. */
    public Objective close(long objectiveId, long version) {
        return changeState(objectiveId, version, ObjectiveState.CLOSED);
    }

    /**
     * Chooses whether the objective's progress also rolls up from the objectives aligned to it (see
     * {@link ScoredObjective}), besides its own key results.
     */
    public Objective rollUp(long objectiveId, long version, boolean rollUp) {
        return store.inTransaction(() -> {
            Objective objective = editable(objectiveId);
            return store.saveObjective(objective.withRollUp(rollUp).withId(objectiveId, version));
        });
    }

    /**
     * Deletes an objective with its key results, check-ins and links. Refused while other objectives
     * align to it: they would silently lose their parent.
     */
    public void delete(long objectiveId, long version) {
        store.inTransaction(() -> {
            editable(objectiveId);
            if (!store.childrenOf(objectiveId).isEmpty()) {
                throw new InvalidInputException("objective", "other objectives align to it; realign them first");
            }
            store.deleteObjective(objectiveId, version);
        });
    }

    private Objective changeState(long objectiveId, long version, ObjectiveState state) {
        return store.inTransaction(() -> {
            Objective objective = editable(objectiveId);
            return store.saveObjective(objective.withState(state).withId(objectiveId, version));
        });
    }

    private Objective editable(long objectiveId) {
        Objective objective = OkrLookup.objective(store, objectiveId);
        OkrLookup.openCycle(store, objective.cycleId());
        return objective;
    }

    private void checkAlignment(Objective child, Cycle childCycle, long parentId) {
        Objective parent = store.findObjective(parentId)
                .orElseThrow(() -> new InvalidInputException("objective.parentId", "objective " + parentId + " does not exist"));
        Alignment.check(child, childCycle, parent, OkrLookup.cycle(store, parent.cycleId()), store::findObjective);
    }
}
