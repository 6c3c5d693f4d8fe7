package io.lodestar.core.kpi.run;

import io.lodestar.core.common.NotFoundException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link MeasurementRunStore} in memory, for tests; {@link MeasurementRunStoreContract} checks it like the AO store. */
public final class InMemoryMeasurementRunStore implements MeasurementRunStore {

    private final Map<Long, MeasurementRun> runs = new TreeMap<>();
    private final Map<Long, Instant> stale = new LinkedHashMap<>();
    private long lastId;

    @Override
    public synchronized MeasurementRun create(MeasurementRun run) {
        MeasurementRun stored = run.withId(++lastId);
        runs.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<MeasurementRun> find(long runId) {
        return Optional.ofNullable(runs.get(runId));
    }

    @Override
    public synchronized Optional<MeasurementRun> claim(long runId, int total, Instant at) {
        MeasurementRun run = runs.get(runId);
        if (run == null || run.state() != MeasurementRun.State.QUEUED) {
            return Optional.empty();
        }
        MeasurementRun started = run.started(total, at);
        runs.put(runId, started);
        return Optional.of(started);
    }

    @Override
    public synchronized MeasurementRun update(MeasurementRun run) {
        if (!runs.containsKey(run.id())) {
            throw new NotFoundException("run", run.id());
        }
        runs.put(run.id(), run);
        return run;
    }

    @Override
    public synchronized List<MeasurementRun> recent(int limit) {
        List<MeasurementRun> all = new ArrayList<>(runs.values());
        all.sort(Comparator.comparingLong(MeasurementRun::id).reversed());
        return List.copyOf(all.subList(0, Math.min(limit, all.size())));
    }

    @Override
    public synchronized List<MeasurementRun> unfinished() {
        return runs.values().stream().filter(run -> !run.isFinished()).toList();
    }

    @Override
    public synchronized void markStale(Collection<Long> kpiIds, Instant changedAt) {
        kpiIds.forEach(id -> stale.merge(id, changedAt, (a, b) -> a.isAfter(b) ? a : b));
    }

    @Override
    public synchronized Map<Long, Instant> staleKpis() {
        return Map.copyOf(stale);
    }

    @Override
    public synchronized void clearStale(long kpiId, Instant readFrom) {
        Instant changed = stale.get(kpiId);
        if (changed != null && !changed.isAfter(readFrom)) {
            stale.remove(kpiId);
        }
    }
}
