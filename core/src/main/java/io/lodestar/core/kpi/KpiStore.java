package io.lodestar.core.kpi;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.common.StaleVersionException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Port: where KPI definitions, their recorded values and their alerts are kept. Implemented with
 * Active Objects in the Jira app ({@code AoKpiStore}) and in memory in core's tests
 * ({@code InMemoryKpiStore}); one contract suite runs against both. The store keeps no state in
 * memory between calls, so every cluster node sees the same data.
 *
 * <h2>Definitions: ids and versions</h2>
 * <ul>
 *   <li>A definition with id 0 is new: {@link #save} inserts it, assigns a fresh positive id (never
 *       reused) and version 1, and returns the stored definition.</li>
 *   <li>A definition with a positive id is an update: stored only if its {@code version} equals the
 *       stored version, and returned with version + 1. Otherwise {@link StaleVersionException} and
 *       nothing changes. An unknown id throws {@link NotFoundException}.</li>
 *   <li>Deleting a definition deletes its measurements and alerts.</li>
 *   <li>The team is stored as the definition keeps it (upper case, or none), and definitions are
 *       looked up by team with {@link #definitionsOf} without reading the others.</li>
 *   <li>A formula is stored as its type plus {@link KpiFormula#parametersAsText()} and read back
 *       with {@link KpiFormula#fromText}; the goal as its kind and numbers; the zone by its id.</li>
 * </ul>
 *
 * <h2>Measurements</h2>
 * One measurement per KPI and {@link KpiPeriod#key()}: recording a period again replaces the earlier
 * measurement (a sprint re-evaluated after a late edit, a re-run refresh). A not-applicable value is
 * stored with its reason, never as 0. Measurements are listed by period start, oldest first.
 *
 * <h2>Alerts</h2>
 * Alerts are appended, never edited; listed by {@code raisedAt}, ties in the order they were raised.
 * Recording a measurement or raising an alert for an unknown KPI throws {@link NotFoundException}.
 */
public interface KpiStore {

    /**
     * Runs {@code work} as one atomic unit: either every write it makes is kept, or, if it throws, none is
     * (the exception is rethrown unchanged). A call inside another joins the outer unit.
     */
    <T> T inTransaction(Supplier<T> work);

    /** Inserts (id 0) or updates (positive id, matching version) a definition; returns the stored one. */
    KpiDefinition save(KpiDefinition definition);

    /**
     * The definition with this id, or empty when there is none.
     *
     * @throws io.lodestar.core.common.DamagedRecordException when the stored definition is one today's rules refuse
     *         (lists leave such a KPI out instead); it names the problem and the stored version, with which it can
     *         still be replaced or deleted
     */
    Optional<KpiDefinition> find(long kpiId);

    /** Every definition, by id. */
    List<KpiDefinition> definitions();

    /**
     * The definitions of one team, by id: those whose {@link KpiDefinition#team()} is
     * {@link KpiDefinition#teamKey teamKey(team)}, so {@code "atlas"} finds the KPIs of ATLAS.
     *
     * @throws InvalidInputException on field {@code team} when {@code team} is null or blank
     */
    List<KpiDefinition> definitionsOf(String team);

    /**
     * Deletes a definition with its measurements and alerts.
     *
     * @throws StaleVersionException when {@code expectedVersion} is not the stored version
     * @throws NotFoundException     when there is no such definition
     */
    void delete(long kpiId, long expectedVersion);

    /** Records (or replaces, for the same period key) a measurement and returns it. */
    KpiMeasurement record(KpiMeasurement measurement);

    /** The KPI's measurements by period start, oldest first; empty for an unknown KPI. */
    List<KpiMeasurement> measurements(long kpiId);

    /**
     * The measurements of several KPIs at once, each list as {@link #measurements} gives it, keyed by
     * every requested id (an unknown KPI maps to an empty list). A page that shows many KPIs reads them
     * with a number of queries that does not grow with the number of KPIs; this default reads them one
     * by one, for stores where a read costs no query.
     */
    default Map<Long, List<KpiMeasurement>> measurementsOf(Collection<Long> kpiIds) {
        Map<Long, List<KpiMeasurement>> byKpi = new LinkedHashMap<>();
        for (Long kpiId : kpiIds) {
            byKpi.computeIfAbsent(kpiId, this::measurements);
        }
        return byKpi;
    }

    /** The measurement with the latest period start, if any. */
    default Optional<KpiMeasurement> latestMeasurement(long kpiId) {
        List<KpiMeasurement> all = measurements(kpiId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    /** Appends an alert (id 0) and returns it with its assigned id. */
    KpiAlert raise(KpiAlert alert);

    /** The KPI's alerts, oldest first; empty for an unknown KPI. */
    List<KpiAlert> alerts(long kpiId);
}
