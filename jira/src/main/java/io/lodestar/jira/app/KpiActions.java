package io.lodestar.jira.app;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiStore;
import java.util.List;

/**
 * KPI definitions and their recorded values, as the REST API serves them: any logged-in user reads,
 * the owner and Jira administrators change (see {@link OkrAccess}). Computing values from issue data
 * (refresh) belongs to the KPI side's evaluation, which this class does not do.
 */
public final class KpiActions {

    private final KpiStore store;
    private final OkrAccess access;

    public KpiActions(KpiStore store, OkrAccess access) {
        this.store = store;
        this.access = access;
    }

    /** A definition with its recorded values, oldest first. */
    public record KpiRecord(KpiDefinition definition, List<KpiMeasurement> measurements) {
    }

    public List<KpiRecord> list() {
        access.requireUser();
        return store.definitions().stream().map(d -> new KpiRecord(d, store.measurements(d.id()))).toList();
    }

    public KpiRecord get(long kpiId) {
        access.requireUser();
        KpiDefinition definition = store.find(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
        return new KpiRecord(definition, store.measurements(kpiId));
    }

    public KpiRecord create(KpiDefinition definition) {
        access.requireKpiEdit(definition.owner());
        if (definition.id() != 0) {
            throw new InvalidInputException("kpi.id", "must not be set on a new KPI");
        }
        KpiDefinition stored = store.save(definition);
        return new KpiRecord(stored, List.of());
    }

    /** Replaces a definition; {@code changed} carries the id and the version the edit was based on. */
    public KpiRecord edit(KpiDefinition changed) {
        KpiDefinition current = store.find(changed.id()).orElseThrow(() -> new NotFoundException("kpi", changed.id()));
        access.requireKpiEdit(current.owner());
        KpiDefinition stored = store.save(changed);
        return new KpiRecord(stored, store.measurements(stored.id()));
    }

    public void delete(long kpiId, long version) {
        KpiDefinition current = store.find(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
        access.requireKpiEdit(current.owner());
        store.delete(kpiId, version);
    }

    public boolean canEdit(KpiDefinition definition) {
        return access.canEditKpi(definition.owner());
    }

    public String displayName(String userKey) {
        return access.displayName(userKey);
    }
}
