package io.lodestar.core.kpi.run;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: measurement runs and the KPIs marked stale, in the database every node shares (Active Objects in Jira,
 * {@code InMemoryMeasurementRunStore} in tests; one contract suite runs against both). Nothing is kept in memory
 * between calls. Each method is one transaction.
 *
 * <h2>Runs</h2>
 * {@link #create} assigns a fresh positive id. {@link #claim} moves a QUEUED run to RUNNING for exactly one caller
 * even when two nodes call it at once (the other gets empty); {@link #update} writes a claimed run's progress and
 * end. Runs are listed newest first.
 *
 * <h2>Stale KPIs</h2>
 * A KPI is stale when an issue change may have moved its value since it was last measured. {@link #markStale}
 * keeps the latest change time per KPI; {@link #clearStale} removes the mark only when no change came after the
 * moment the run began reading the KPI's issues, so a change made during a run is measured by the next one.
 */
public interface MeasurementRunStore {

    MeasurementRun create(MeasurementRun run);

    Optional<MeasurementRun> find(long runId);

    /** The QUEUED run, now RUNNING with {@code total} KPIs to measure; empty when it was not QUEUED (or is unknown). */
    Optional<MeasurementRun> claim(long runId, int total, Instant at);

    /** Writes the progress, state and end of a run that was claimed. */
    MeasurementRun update(MeasurementRun run);

    /** The latest {@code limit} runs, newest first. */
    List<MeasurementRun> recent(int limit);

    /** The runs not finished (QUEUED or RUNNING), oldest first. */
    List<MeasurementRun> unfinished();

    void markStale(Collection<Long> kpiIds, Instant changedAt);

    /** Every stale KPI with the time of its latest change. */
    Map<Long, Instant> staleKpis();

    /** Removes the KPI's mark if its latest change is not after {@code readFrom}. */
    void clearStale(long kpiId, Instant readFrom);
}
