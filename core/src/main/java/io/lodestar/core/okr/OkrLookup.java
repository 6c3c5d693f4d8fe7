package io.lodestar.core.okr;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;

/** Loads-or-fails shared by the services, so "unknown id" reads the same everywhere. */
final class OkrLookup {

    private OkrLookup() {
    }

    static Cycle cycle(OkrStore store, long cycleId) {
        return store.findCycle(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
    }

    /** The cycle, refusing it when it is closed: a graded cycle's OKRs are frozen. */
    static Cycle openCycle(OkrStore store, long cycleId) {
        Cycle cycle = cycle(store, cycleId);
        if (cycle.closed()) {
            throw new InvalidInputException("cycle", cycle.name() + " is closed and graded; its OKRs can no longer change");
        }
        return cycle;
    }

    static Objective objective(OkrStore store, long objectiveId) {
        return store.findObjective(objectiveId).orElseThrow(() -> new NotFoundException("objective", objectiveId));
    }

    static KeyResult keyResult(OkrStore store, long keyResultId) {
        return store.findKeyResult(keyResultId).orElseThrow(() -> new NotFoundException("keyResult", keyResultId));
    }
}
