package io.lodestar.core.okr;

import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.common.StaleVersionException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Port: where cycles, objectives, key results, check-ins and issue links are kept. Implemented with
 * Active Objects in the Jira app ({@code AoOkrStore}) and in memory in tests ({@code InMemoryOkrStore});
 * one contract test suite runs against both. The store keeps no state in memory between calls, so
 * every cluster node sees the same data.
 *
 * <h2>Ids and versions</h2>
 * <ul>
 *   <li>A record with id 0 is new: {@code save*} inserts it, assigns a fresh positive id (unique per
 *       kind of record, never reused) and version 1, and returns the stored record.</li>
 *   <li>A record with a positive id is an update: it is stored only if its {@code version} equals the
 *       stored version; the stored and returned record then has version + 1. Otherwise the store
 *       throws {@link StaleVersionException} and changes nothing. An unknown id throws
 *       {@link NotFoundException}. The id and version of the argument are the only ones that count:
 *       the store never merges fields.</li>
 *   <li>Check-ins and links have no version: they are appended or removed, never edited, so two
 *       concurrent check-ins on one key result both land.</li>
 * </ul>
 *
 * <h2>Referential rules</h2>
 * An objective must reference a stored cycle, a key result a stored objective, a check-in or link a
 * stored key result ({@link NotFoundException} otherwise). Deleting an objective deletes its key
 * results; deleting a key result deletes its check-ins and links. The store does not check business
 * rules (alignment loops, cycle ranges): services do, inside {@link #inTransaction}.
 *
 * <h2>Order</h2>
 * Lists of cycles are ordered by start date then id; objectives and key results by id (creation order);
 * check-ins chronologically, ties in the order they were appended ({@link CycleOkrs#CHRONOLOGICAL}).
 */
public interface OkrStore {

    /**
     * Runs {@code work} as one atomic unit: either every write it makes is kept, or, if it throws,
     * none is (the exception is rethrown unchanged). A call inside another joins the outer unit.
     */
    <T> T inTransaction(Supplier<T> work);

    /** Runs {@code work} as one atomic unit, see {@link #inTransaction(Supplier)}. */
    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    Cycle saveCycle(Cycle cycle);

    Optional<Cycle> findCycle(long cycleId);

    /** Every cycle, by start date. */
    List<Cycle> cycles();

    Objective saveObjective(Objective objective);

    Optional<Objective> findObjective(long objectiveId);

    /** The objectives of a cycle, by id. */
    List<Objective> objectivesOf(long cycleId);

    /** The objectives aligned to {@code parentId}, in any cycle, by id. */
    List<Objective> childrenOf(long parentId);

    /**
     * Deletes the objective, its key results and their check-ins and links.
     *
     * @throws StaleVersionException when {@code expectedVersion} is not the stored version
     * @throws NotFoundException     when there is no such objective
     */
    void deleteObjective(long objectiveId, long expectedVersion);

    KeyResult saveKeyResult(KeyResult keyResult);

    Optional<KeyResult> findKeyResult(long keyResultId);

    /** The key results of an objective, by id. */
    List<KeyResult> keyResultsOf(long objectiveId);

    /**
     * Deletes the key result with its check-ins and links.
     *
     * @throws StaleVersionException when {@code expectedVersion} is not the stored version
     * @throws NotFoundException     when there is no such key result
     */
    void deleteKeyResult(long keyResultId, long expectedVersion);

    /**
     * Appends a check-in (whose id must be 0) and returns it with its assigned id.
     *
     * @throws NotFoundException when its key result does not exist
     */
    CheckIn appendCheckIn(CheckIn checkIn);

    /**
     * Records an automatic check-in ({@link CheckIn#automatic()}; its id must be 0): it replaces the key result's
     * automatic check-in of the same KPI period, keeping that one's id, or is appended when there is none, so a key
     * result holds at most one per period. Check-ins by hand are never touched. Returns the stored check-in.
     *
     * @throws NotFoundException when its key result does not exist
     */
    CheckIn recordKpiCheckIn(CheckIn checkIn);

    /** The key result's check-ins, oldest first. */
    List<CheckIn> checkInsOf(long keyResultId);

    /**
     * Links an issue to a key result. Idempotent: returns false when the link already existed.
     *
     * @throws NotFoundException when the key result does not exist
     */
    boolean link(IssueLink link);

    /** Removes a link. Idempotent: returns false when there was no such link. */
    boolean unlink(IssueLink link);

    /** The Jira issue ids linked to a key result, in the order they were linked. */
    List<Long> linkedIssueIdsOf(long keyResultId);

    /** The key results an issue (by Jira issue id) is directly linked to, by id. */
    List<KeyResult> keyResultsLinkedTo(long issueId);

    /**
     * The key results measured by any of these KPIs ({@link Measure.KpiBacked}), by id, in a number of queries
     * that does not grow with the number of KPIs: what the KPI page lists beside each KPI, and what deleting a KPI
     * must take care of.
     */
    List<KeyResult> keyResultsTracking(Collection<Long> kpiIds);

    /**
     * What the issue panel scores, in one call whose cost does not grow with the number of key results: for
     * each cycle holding a key result linked to any of {@code issueIds}, one {@link CycleOkrs} with that cycle,
     * only the objectives and key results concerned, every link of those key results (to any issue) and their
     * check-ins. Cycles in the order of {@link #cycles()}; no issue ids or no links give an empty list.
     */
    List<CycleOkrs> loadLinkedTo(Collection<Long> issueIds);

    /**
     * The whole stored content of a cycle in one call: its objectives, their key results, the links
     * and check-ins of those key results.
     *
     * @throws NotFoundException when there is no such cycle
     */
    CycleOkrs loadCycle(long cycleId);

    /**
     * Appends an entry to an objective's activity log (its id must be 0) and returns it with its assigned id. Called
     * inside the transaction of the change it records, so both land or neither.
     *
     * @throws NotFoundException when its objective does not exist
     */
    Activity appendActivity(Activity activity);

    /** The objective's activity, oldest first; ties (same instant) in the order they were appended. */
    List<Activity> activityOf(long objectiveId);
}
