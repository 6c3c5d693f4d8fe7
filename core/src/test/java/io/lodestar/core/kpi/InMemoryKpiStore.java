package io.lodestar.core.kpi;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.common.StaleVersionException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A {@link KpiStore} in memory, faithful to the port's contract (ids never reused, optimistic
 * versions, one measurement per KPI and period key, cascade on delete), for tests of the KPI
 * services. {@link KpiStoreContract} checks it and the Active Objects store with the same cases.
 */
public final class InMemoryKpiStore implements KpiStore {

    private Map<Long, KpiDefinition> definitions = new TreeMap<>();
    private Map<Long, Map<String, KpiMeasurement>> measurements = new TreeMap<>();
    private List<KpiAlert> alerts = new ArrayList<>();
    private long lastDefinitionId;
    private long lastAlertId;
    private int transactionDepth;

    /** Restores every map on failure; ids handed out stay used, as a database sequence's would. */
    @Override
    public synchronized <T> T inTransaction(Supplier<T> work) {
        if (transactionDepth > 0) {
            return work.get();
        }
        Map<Long, KpiDefinition> savedDefinitions = new TreeMap<>(definitions);
        Map<Long, Map<String, KpiMeasurement>> savedMeasurements = new TreeMap<>();
        measurements.forEach((id, byPeriod) -> savedMeasurements.put(id, new TreeMap<>(byPeriod)));
        List<KpiAlert> savedAlerts = new ArrayList<>(alerts);
        transactionDepth++;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            definitions = savedDefinitions;
            measurements = savedMeasurements;
            alerts = savedAlerts;
            throw e;
        } finally {
            transactionDepth--;
        }
    }

    @Override
    public synchronized KpiDefinition save(KpiDefinition definition) {
        if (definition.id() == 0) {
            KpiDefinition stored = definition.stored(++lastDefinitionId, 1);
            definitions.put(stored.id(), stored);
            return stored;
        }
        KpiDefinition current = definitions.get(definition.id());
        if (current == null) {
            throw new NotFoundException("kpi", definition.id());
        }
        if (current.version() != definition.version()) {
            throw new StaleVersionException("kpi", definition.id(), definition.version(), current.version());
        }
        KpiDefinition stored = definition.stored(definition.id(), definition.version() + 1);
        definitions.put(stored.id(), stored);
        return stored;
    }

    @Override
    public synchronized Optional<KpiDefinition> find(long kpiId) {
        return Optional.ofNullable(definitions.get(kpiId));
    }

    @Override
    public synchronized List<KpiDefinition> definitions() {
        return List.copyOf(definitions.values());
    }

    @Override
    public synchronized List<KpiDefinition> definitionsOf(String team) {
        String key = InvalidInputException.requirePresent(KpiDefinition.teamKey(team), "team");
        return definitions.values().stream().filter(definition -> key.equals(definition.team())).toList();
    }

    @Override
    public synchronized void delete(long kpiId, long expectedVersion) {
        KpiDefinition current = definitions.get(kpiId);
        if (current == null) {
            throw new NotFoundException("kpi", kpiId);
        }
        if (current.version() != expectedVersion) {
            throw new StaleVersionException("kpi", kpiId, expectedVersion, current.version());
        }
        definitions.remove(kpiId);
        measurements.remove(kpiId);
        alerts.removeIf(alert -> alert.kpiId() == kpiId);
    }

    @Override
    public synchronized KpiMeasurement record(KpiMeasurement measurement) {
        requireKpi(measurement.kpiId());
        measurements.computeIfAbsent(measurement.kpiId(), id -> new TreeMap<>())
                .put(measurement.period().key(), measurement);
        return measurement;
    }

    @Override
    public synchronized List<KpiMeasurement> measurements(long kpiId) {
        List<KpiMeasurement> list = new ArrayList<>(measurements.getOrDefault(kpiId, Map.of()).values());
        list.sort(Comparator.comparing((KpiMeasurement m) -> m.period().start()));
        return List.copyOf(list);
    }

    @Override
    public synchronized KpiAlert raise(KpiAlert alert) {
        requireKpi(alert.kpiId());
        if (alert.id() != 0) {
            throw new IllegalArgumentException("a new alert has id 0, not " + alert.id());
        }
        KpiAlert stored = alert.withId(++lastAlertId);
        alerts.add(stored);
        return stored;
    }

    @Override
    public synchronized List<KpiAlert> alerts(long kpiId) {
        return alerts.stream().filter(alert -> alert.kpiId() == kpiId)
                .sorted(Comparator.comparing(KpiAlert::raisedAt)).toList();
    }

    private void requireKpi(long kpiId) {
        if (!definitions.containsKey(kpiId)) {
            throw new NotFoundException("kpi", kpiId);
        }
    }
}
