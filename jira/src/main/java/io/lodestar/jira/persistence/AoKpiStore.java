package io.lodestar.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.core.common.DamagedRecordException;
import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.common.StaleVersionException;
import io.lodestar.core.kpi.KpiAlert;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiStore;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.Query;

/**
 * {@link KpiStore} on Active Objects. Every write is one transaction; definitions are guarded by
 * {@link EditTokens} like the OKR records.
 */
public final class AoKpiStore implements KpiStore {

    private static final System.Logger LOG = System.getLogger(AoKpiStore.class.getName());

    /** The record kind of KPI definitions, in edit tokens and in not-found and stale errors. */
    static final String KPI = "kpi";

    private final ActiveObjects ao;
    private final EditTokens tokens;

    public AoKpiStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.tokens = new EditTokens(ao);
    }

    @Override
    public <T> T inTransaction(java.util.function.Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }

    @Override
    public KpiDefinition save(KpiDefinition definition) {
        Objects.requireNonNull(definition, "definition");
        return ao.executeInTransaction(() -> {
            if (definition.id() == 0) {
                KpiDefinitionEntity row = ao.create(KpiDefinitionEntity.class, KpiRows.columns(definition, 1L));
                tokens.issue(KPI, row.getID());
                return definition.stored(row.getID(), 1L);
            }
            KpiDefinitionEntity row = claim(definition.id(), definition.version());
            KpiRows.write(definition, definition.version() + 1, row);
            return definition.stored(definition.id(), definition.version() + 1);
        });
    }

    @Override
    public Optional<KpiDefinition> find(long kpiId) {
        return row(kpiId).map(AoKpiStore::definitionOrDamaged);
    }

    /** The definition of a row asked for by id; a row today's rules refuse is a {@link DamagedRecordException}. */
    private static KpiDefinition definitionOrDamaged(KpiDefinitionEntity row) {
        try {
            return KpiRows.definition(row);
        } catch (RuntimeException e) {
            throw new DamagedRecordException(KPI, row.getID(), row.getVersion(), problem(e));
        }
    }

    private static String problem(RuntimeException e) {
        return e instanceof InvalidInputException invalid ? invalid.field() + " " + invalid.reason()
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    @Override
    public List<KpiDefinition> definitions() {
        List<KpiDefinition> definitions = new ArrayList<>();
        for (KpiDefinitionEntity row : ao.find(KpiDefinitionEntity.class, Query.select().order("ID"))) {
            readable(row).ifPresent(definitions::add);
        }
        return definitions;
    }

    /**
     * The definition of a row, or empty when the row holds what today's rules refuse (written by an older
     * version or a bug): such a KPI is left out of lists, with a warning in the log naming it and why, so
     * that one bad row never hides every other KPI. Asked for by id ({@link #find}), it is a
     * {@link DamagedRecordException}, and a Jira administrator can still replace or delete it by id and version.
     */
    private static Optional<KpiDefinition> readable(KpiDefinitionEntity row) {
        try {
            return Optional.of(KpiRows.definition(row));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "KPI " + row.getID() + " is left out: its stored definition is refused ("
                    + problem(e) + "); a Jira administrator replaces it with PUT /kpis/" + row.getID()
                    + " or deletes it with DELETE /kpis/" + row.getID());
            return Optional.empty();
        }
    }

    /** One query on the indexed TEAM column; the team is normalized as definitions keep it, so equality matches. */
    @Override
    public List<KpiDefinition> definitionsOf(String team) {
        String key = InvalidInputException.requirePresent(KpiDefinition.teamKey(team), "team");
        List<KpiDefinition> definitions = new ArrayList<>();
        for (KpiDefinitionEntity row : ao.find(KpiDefinitionEntity.class, Query.select()
                .where(KpiDefinitionEntity.TEAM + " = ?", key).order("ID"))) {
            readable(row).ifPresent(definitions::add);
        }
        return definitions;
    }

    @Override
    public void delete(long kpiId, long expectedVersion) {
        ao.executeInTransaction(() -> {
            KpiDefinitionEntity row = claim(kpiId, expectedVersion);
            ao.deleteWithSQL(KpiValueEntity.class, KpiValueEntity.KPI_ID + " = ?", kpiId);
            ao.deleteWithSQL(KpiAlertEntity.class, KpiAlertEntity.KPI_ID + " = ?", kpiId);
            ao.deleteWithSQL(KpiWatchEntity.class, KpiWatchEntity.KPI_ID + " = ?", kpiId);
            tokens.remove(List.of(EditTokens.key(KPI, kpiId)));
            ao.delete(row);
            return null;
        });
    }

    /** Replaces the KPI's value for the period, if any, in the same transaction as the insert. */
    @Override
    public KpiMeasurement record(KpiMeasurement measurement) {
        Objects.requireNonNull(measurement, "measurement");
        return ao.executeInTransaction(() -> {
            requireRow(measurement.kpiId());
            ao.deleteWithSQL(KpiValueEntity.class,
                    KpiValueEntity.KPI_ID + " = ? AND " + KpiValueEntity.PERIOD_KEY + " = ?",
                    measurement.kpiId(), measurement.period().key());
            ao.create(KpiValueEntity.class, KpiRows.columns(measurement));
            return measurement;
        });
    }

    /**
     * By period start. Should two nodes record the same period at the same moment, both rows may
     * land (neither saw the other's to replace it); the later one (higher id) is the value.
     */
    @Override
    public List<KpiMeasurement> measurements(long kpiId) {
        Map<String, KpiMeasurement> byPeriod = new LinkedHashMap<>();
        for (KpiValueEntity row : ao.find(KpiValueEntity.class, Query.select()
                .where(KpiValueEntity.KPI_ID + " = ?", kpiId)
                .order(KpiValueEntity.PERIOD_START + ", ID"))) {
            byPeriod.remove(row.getPeriodKey());
            byPeriod.put(row.getPeriodKey(), KpiRows.measurement(row));
        }
        return new ArrayList<>(byPeriod.values());
    }

    /**
     * One query per {@link Chunks#SIZE} KPIs, so a scorecard of any size costs the same few statements; rows are
     * grouped the way {@link #measurements} groups one KPI's.
     */
    @Override
    public Map<Long, List<KpiMeasurement>> measurementsOf(Collection<Long> kpiIds) {
        Map<Long, Map<String, KpiMeasurement>> byKpi = new LinkedHashMap<>();
        for (Long kpiId : kpiIds) {
            byKpi.putIfAbsent(kpiId, new LinkedHashMap<>());
        }
        for (List<Long> chunk : Chunks.of(byKpi.keySet())) {
            for (KpiValueEntity row : ao.find(KpiValueEntity.class, Query.select()
                    .where(KpiValueEntity.KPI_ID + " IN (" + Chunks.placeholders(chunk) + ")", chunk.toArray())
                    .order(KpiValueEntity.PERIOD_START + ", ID"))) {
                Map<String, KpiMeasurement> byPeriod = byKpi.get(row.getKpiId());
                byPeriod.remove(row.getPeriodKey());
                byPeriod.put(row.getPeriodKey(), KpiRows.measurement(row));
            }
        }
        Map<Long, List<KpiMeasurement>> result = new LinkedHashMap<>();
        byKpi.forEach((kpiId, byPeriod) -> result.put(kpiId, new ArrayList<>(byPeriod.values())));
        return result;
    }

    @Override
    public KpiAlert raise(KpiAlert alert) {
        Objects.requireNonNull(alert, "alert");
        return ao.executeInTransaction(() -> {
            requireRow(alert.kpiId());
            KpiAlertEntity row = ao.create(KpiAlertEntity.class, KpiRows.columns(alert));
            return alert.withId(row.getID());
        });
    }

    @Override
    public List<KpiAlert> alerts(long kpiId) {
        List<KpiAlert> alerts = new ArrayList<>();
        for (KpiAlertEntity row : ao.find(KpiAlertEntity.class, Query.select()
                .where(KpiAlertEntity.KPI_ID + " = ?", kpiId)
                .order(KpiAlertEntity.RAISED_AT + ", ID"))) {
            alerts.add(KpiRows.alert(row));
        }
        return alerts;
    }

    private Optional<KpiDefinitionEntity> row(long kpiId) {
        if (kpiId <= 0 || kpiId > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(KpiDefinitionEntity.class, (int) kpiId));
    }

    private KpiDefinitionEntity requireRow(long kpiId) {
        return row(kpiId).orElseThrow(() -> new NotFoundException(KPI, kpiId));
    }

    private KpiDefinitionEntity claim(long kpiId, long expectedVersion) {
        if (tokens.claim(KPI, kpiId, expectedVersion)) {
            return requireRow(kpiId);
        }
        KpiDefinitionEntity row = requireRow(kpiId);
        throw new StaleVersionException(KPI, kpiId, expectedVersion, row.getVersion());
    }
}
