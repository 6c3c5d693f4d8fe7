package io.lodestar.jira.app;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.CycleService;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.OkrStore;
import io.lodestar.core.okr.OkrTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Listing cycles (any logged-in user), creating, editing (while open) and closing them (Jira administrators only). Closing grades the cycle and carries
 * the chosen unfinished key results into objectives of a later cycle, all in one transaction: a
 * carry-over that core refuses leaves the cycle open.
 */
public final class CycleActions {

    private final OkrStore store;
    private final CycleService cycles;
    private final OkrAccess access;

    public CycleActions(OkrStore store, CycleService cycles, OkrAccess access) {
        this.store = store;
        this.cycles = cycles;
        this.access = access;
    }

    /** An unfinished key result to continue in an objective of a later cycle. */
    public record CarryOver(long keyResultId, long objectiveId) {
    }

    /** A graded cycle and the key results created by carrying others over. */
    public record Closed(OkrTree graded, List<KeyResult> carried) {
    }

    /** Every cycle, the newest (latest start) first. */
    public List<Cycle> newestFirst() {
        access.requireUser();
        List<Cycle> all = new ArrayList<>(cycles.cycles());
        java.util.Collections.reverse(all);
        return all;
    }

    /** The cycle shown when none is named ({@link CycleService#current}); empty when there is no cycle at all. */
    public java.util.Optional<Cycle> current(java.time.LocalDate today) {
        access.requireUser();
        return CycleService.current(cycles.cycles(), today);
    }

    /** Runs a request's work as one transaction: kept whole when it returns, rolled back when it throws. */
    public <T> T atomically(java.util.function.Supplier<T> work) {
        return store.inTransaction(work);
    }

    /** Creates the cycle that {@code input} reads from the request, once the user is known to be a Jira administrator. */
    public Cycle create(java.util.function.Supplier<Cycle> input) {
        access.requireJiraAdmin();
        return cycles.create(input.get());
    }

    /** A request to edit an open cycle: the version it was based on and the cycle as it should be. */
    public record EditRequest(long version, Cycle changes) {
    }

    /**
     * Edits the cycle as {@code input} reads the request: unknown cycle 404, then not a Jira administrator 403, then
     * the fields (400), a closed cycle (400 on {@code cycle}) and the version (409).
     */
    public Cycle edit(long cycleId, java.util.function.Supplier<EditRequest> input) {
        access.requireUser();
        cycles.get(cycleId);
        access.requireJiraAdmin();
        EditRequest request = input.get();
        return cycles.edit(cycleId, request.version(), request.changes());
    }

    /** A request to close a cycle: the version it was based on and the carry-overs. */
    public record CloseRequest(long version, List<CarryOver> carryOvers) {
    }

    /** Closes the cycle as {@code input} reads the request, once the user is known to be a Jira administrator. */
    public Closed close(long cycleId, java.util.function.Supplier<CloseRequest> input) {
        access.requireJiraAdmin();
        CloseRequest request = input.get();
        return close(cycleId, request.version(), request.carryOvers());
    }

    public Closed close(long cycleId, long version, List<CarryOver> carryOvers) {
        access.requireJiraAdmin();
        return store.inTransaction(() -> {
            OkrTree graded = cycles.closeAndGrade(cycleId, version);
            List<KeyResult> carried = new ArrayList<>();
            for (CarryOver carry : carryOvers) {
                if (graded.findKeyResult(carry.keyResultId()).isEmpty()) {
                    throw new InvalidInputException("carryOver.keyResultId",
                            "key result " + carry.keyResultId() + " is not in this cycle");
                }
                carried.add(cycles.carryOver(carry.keyResultId(), carry.objectiveId()));
            }
            return new Closed(graded, carried);
        });
    }
}
