package io.lodestar.core.okr;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.common.StaleVersionException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * An {@link OkrStore} in memory, for tests. It follows the port's contract to the letter (id
 * assignment, version checks, cascades, order, rollback) so that tests written against it hold for
 * the Active Objects store; {@link OkrStoreContract} checks both.
 *
 * <p>Every method holds this object's monitor, so a transaction is serialisable: other threads wait
 * until it ends. Ids come from counters that a rollback does not rewind, like database sequences.
 */
public final class InMemoryOkrStore implements OkrStore {

    private Map<Long, Cycle> cycles = new TreeMap<>();
    private Map<Long, Objective> objectives = new TreeMap<>();
    private Map<Long, KeyResult> keyResults = new TreeMap<>();
    private List<CheckIn> checkIns = new ArrayList<>();
    private List<IssueLink> links = new ArrayList<>();
    private List<Activity> activity = new ArrayList<>();
    private long nextCycleId = 1;
    private long nextObjectiveId = 1;
    private long nextKeyResultId = 1;
    private long nextCheckInId = 1;
    private long nextActivityId = 1;
    private int transactionDepth;

    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (transactionDepth > 0) {
            return work.get();
        }
        Map<Long, Cycle> savedCycles = new TreeMap<>(cycles);
        Map<Long, Objective> savedObjectives = new TreeMap<>(objectives);
        Map<Long, KeyResult> savedKeyResults = new TreeMap<>(keyResults);
        List<CheckIn> savedCheckIns = new ArrayList<>(checkIns);
        List<IssueLink> savedLinks = new ArrayList<>(links);
        List<Activity> savedActivity = new ArrayList<>(activity);
        transactionDepth++;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            cycles = savedCycles;
            objectives = savedObjectives;
            keyResults = savedKeyResults;
            checkIns = savedCheckIns;
            links = savedLinks;
            activity = savedActivity;
            throw e;
        } finally {
            transactionDepth--;
        }
    }

    @Override
    public synchronized Cycle saveCycle(Cycle cycle) {
        if (cycle.id() == 0) {
            Cycle stored = cycle.withId(nextCycleId++, 1);
            cycles.put(stored.id(), stored);
            return stored;
        }
        Cycle stored = checkVersion("cycle", cycle.id(), cycle.version(), cycles);
        Cycle updated = cycle.withId(stored.id(), stored.version() + 1);
        cycles.put(updated.id(), updated);
        return updated;
    }

    @Override
    public synchronized Optional<Cycle> findCycle(long cycleId) {
        return Optional.ofNullable(cycles.get(cycleId));
    }

    @Override
    public synchronized List<Cycle> cycles() {
        return cycles.values().stream()
                .sorted(Comparator.comparing(Cycle::start).thenComparingLong(Cycle::id))
                .toList();
    }

    @Override
    public synchronized Objective saveObjective(Objective objective) {
        if (!cycles.containsKey(objective.cycleId())) {
            throw new NotFoundException("cycle", objective.cycleId());
        }
        if (objective.id() == 0) {
            Objective stored = objective.withId(nextObjectiveId++, 1);
            objectives.put(stored.id(), stored);
            return stored;
        }
        Objective stored = checkVersion("objective", objective.id(), objective.version(), objectives);
        Objective updated = objective.withId(stored.id(), stored.version() + 1);
        objectives.put(updated.id(), updated);
        return updated;
    }

    @Override
    public synchronized Optional<Objective> findObjective(long objectiveId) {
        return Optional.ofNullable(objectives.get(objectiveId));
    }

    @Override
    public synchronized List<Objective> objectivesOf(long cycleId) {
        return objectives.values().stream().filter(o -> o.cycleId() == cycleId).toList();
    }

    @Override
    public synchronized List<Objective> childrenOf(long parentId) {
        return objectives.values().stream()
                .filter(o -> o.parentId() != null && o.parentId() == parentId)
                .toList();
    }

    @Override
    public synchronized void deleteObjective(long objectiveId, long expectedVersion) {
        checkVersion("objective", objectiveId, expectedVersion, objectives);
        for (KeyResult kr : keyResultsOf(objectiveId)) {
            removeKeyResult(kr.id());
        }
        objectives.remove(objectiveId);
        activity.removeIf(entry -> entry.objectiveId() == objectiveId);
    }

    @Override
    public synchronized KeyResult saveKeyResult(KeyResult keyResult) {
        if (!objectives.containsKey(keyResult.objectiveId())) {
            throw new NotFoundException("objective", keyResult.objectiveId());
        }
        if (keyResult.id() == 0) {
            KeyResult stored = keyResult.withId(nextKeyResultId++, 1);
            keyResults.put(stored.id(), stored);
            return stored;
        }
        KeyResult stored = checkVersion("keyResult", keyResult.id(), keyResult.version(), keyResults);
        KeyResult updated = keyResult.withId(stored.id(), stored.version() + 1);
        keyResults.put(updated.id(), updated);
        return updated;
    }

    @Override
    public synchronized Optional<KeyResult> findKeyResult(long keyResultId) {
        return Optional.ofNullable(keyResults.get(keyResultId));
    }

    @Override
    public synchronized List<KeyResult> keyResultsOf(long objectiveId) {
        return keyResults.values().stream().filter(kr -> kr.objectiveId() == objectiveId).toList();
    }

    @Override
    public synchronized void deleteKeyResult(long keyResultId, long expectedVersion) {
        checkVersion("keyResult", keyResultId, expectedVersion, keyResults);
        removeKeyResult(keyResultId);
    }

    @Override
    public synchronized CheckIn appendCheckIn(CheckIn checkIn) {
        if (checkIn.id() != 0) {
            throw new InvalidInputException("checkIn.id", "must be 0: check-ins are appended, never edited");
        }
        if (!keyResults.containsKey(checkIn.keyResultId())) {
            throw new NotFoundException("keyResult", checkIn.keyResultId());
        }
        CheckIn stored = checkIn.withId(nextCheckInId++);
        checkIns.add(stored);
        return stored;
    }

    @Override
    public synchronized CheckIn recordKpiCheckIn(CheckIn checkIn) {
        if (checkIn.id() != 0 || !checkIn.automatic()) {
            throw new InvalidInputException("checkIn.kpiPeriod", "must be a new automatic check-in");
        }
        if (!keyResults.containsKey(checkIn.keyResultId())) {
            throw new NotFoundException("keyResult", checkIn.keyResultId());
        }
        for (int i = 0; i < checkIns.size(); i++) {
            CheckIn old = checkIns.get(i);
            if (old.keyResultId() == checkIn.keyResultId() && checkIn.kpiPeriod().equals(old.kpiPeriod())) {
                CheckIn stored = checkIn.withId(old.id());
                checkIns.set(i, stored);
                return stored;
            }
        }
        CheckIn stored = checkIn.withId(nextCheckInId++);
        checkIns.add(stored);
        return stored;
    }

    @Override
    public synchronized List<CheckIn> checkInsOf(long keyResultId) {
        return checkIns.stream()
                .filter(c -> c.keyResultId() == keyResultId)
                .sorted(CycleOkrs.CHRONOLOGICAL)
                .toList();
    }

    @Override
    public synchronized boolean link(IssueLink link) {
        if (!keyResults.containsKey(link.keyResultId())) {
            throw new NotFoundException("keyResult", link.keyResultId());
        }
        if (links.contains(link)) {
            return false;
        }
        return links.add(link);
    }

    @Override
    public synchronized boolean unlink(IssueLink link) {
        return links.remove(link);
    }

    @Override
    public synchronized List<Long> linkedIssueIdsOf(long keyResultId) {
        return links.stream().filter(l -> l.keyResultId() == keyResultId).map(IssueLink::issueId).toList();
    }

    @Override
    public synchronized List<KeyResult> keyResultsLinkedTo(long issueId) {
        return links.stream()
                .filter(l -> l.issueId() == issueId)
                .map(l -> keyResults.get(l.keyResultId()))
                .sorted(Comparator.comparingLong(KeyResult::id))
                .toList();
    }

    @Override
    public synchronized List<KeyResult> keyResultsTracking(java.util.Collection<Long> kpiIds) {
        return keyResults.values().stream()
                .filter(kr -> kr.measure() instanceof Measure.KpiBacked kpi && kpiIds.contains(kpi.kpiId()))
                .sorted(Comparator.comparingLong(KeyResult::id))
                .toList();
    }

    @Override
    public synchronized List<CycleOkrs> loadLinkedTo(Collection<Long> issueIds) {
        Set<Long> keyResultIds = links.stream().filter(l -> issueIds.contains(l.issueId()))
                .map(IssueLink::keyResultId).collect(Collectors.toSet());
        List<CycleOkrs> slices = new ArrayList<>();
        for (Cycle cycle : cycles()) {
            CycleOkrs whole = loadCycle(cycle.id());
            List<KeyResult> concerned = whole.keyResults().stream().filter(kr -> keyResultIds.contains(kr.id())).toList();
            if (concerned.isEmpty()) {
                continue;
            }
            Set<Long> objectiveIds = concerned.stream().map(KeyResult::objectiveId).collect(Collectors.toSet());
            Set<Long> ids = concerned.stream().map(KeyResult::id).collect(Collectors.toSet());
            slices.add(new CycleOkrs(cycle,
                    whole.objectives().stream().filter(o -> objectiveIds.contains(o.id())).toList(), concerned,
                    whole.links().stream().filter(l -> ids.contains(l.keyResultId())).toList(),
                    whole.checkIns().stream().filter(c -> ids.contains(c.keyResultId())).toList()));
        }
        return slices;
    }

    @Override
    public synchronized CycleOkrs loadCycle(long cycleId) {
        Cycle cycle = findCycle(cycleId).orElseThrow(() -> new NotFoundException("cycle", cycleId));
        List<Objective> cycleObjectives = objectivesOf(cycleId);
        List<KeyResult> cycleKeyResults = cycleObjectives.stream()
                .flatMap(o -> keyResultsOf(o.id()).stream())
                .sorted(Comparator.comparingLong(KeyResult::id))
                .toList();
        List<Long> ids = cycleKeyResults.stream().map(KeyResult::id).toList();
        return new CycleOkrs(cycle, cycleObjectives, cycleKeyResults,
                links.stream().filter(l -> ids.contains(l.keyResultId())).toList(),
                checkIns.stream().filter(c -> ids.contains(c.keyResultId())).toList());
    }

    private void removeKeyResult(long keyResultId) {
        keyResults.remove(keyResultId);
        checkIns.removeIf(c -> c.keyResultId() == keyResultId);
        links.removeIf(l -> l.keyResultId() == keyResultId);
    }

    private static <T> T checkVersion(String kind, long id, long expectedVersion, Map<Long, T> records) {
        T stored = records.get(id);
        if (stored == null) {
            throw new NotFoundException(kind, id);
        }
        long actual = versionOf(stored);
        if (actual != expectedVersion) {
            throw new StaleVersionException(kind, id, expectedVersion, actual);
        }
        return stored;
    }

    private static long versionOf(Object record) {
        if (record instanceof Cycle cycle) {
            return cycle.version();
        }
        if (record instanceof Objective objective) {
            return objective.version();
        }
        return ((KeyResult) record).version();
    }

    @Override
    public synchronized Activity appendActivity(Activity entry) {
        if (entry.id() != 0) {
            throw new InvalidInputException("activity.id", "must be 0: activity is appended, never edited");
        }
        if (!objectives.containsKey(entry.objectiveId())) {
            throw new NotFoundException("objective", entry.objectiveId());
        }
        Activity stored = entry.withId(nextActivityId++);
        activity.add(stored);
        return stored;
    }

    @Override
    public synchronized List<Activity> activityOf(long objectiveId) {
        return activity.stream()
                .filter(a -> a.objectiveId() == objectiveId)
                .sorted(Comparator.comparing(Activity::at).thenComparingLong(Activity::id))
                .toList();
    }
}
