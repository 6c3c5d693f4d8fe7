package io.lodestar.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.kpi.run.MeasurementRun;
import io.lodestar.core.kpi.run.MeasurementRunStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.Query;

/**
 * {@link MeasurementRunStore} on Active Objects ({@link KpiRunEntity}, {@link KpiStaleEntity}). Each method is one
 * transaction. A run is claimed through its edit token: the first node whose conditional delete removes the token
 * of version 1 runs it, any other finds nothing to delete, so a run is claimed once even by two nodes at the same
 * instant (the same database-level guarantee the OKR records' optimistic locks rely on).
 */
public final class AoMeasurementRunStore implements MeasurementRunStore {

    static final String RUN = "kpiRun";

    private final ActiveObjects ao;
    private final EditTokens tokens;

    public AoMeasurementRunStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.tokens = new EditTokens(ao);
    }

    @Override
    public MeasurementRun create(MeasurementRun run) {
        return ao.executeInTransaction(() -> {
            KpiRunEntity row = ao.create(KpiRunEntity.class, columns(run));
            tokens.issue(RUN, row.getID());
            return run.withId(row.getID());
        });
    }

    @Override
    public Optional<MeasurementRun> find(long runId) {
        return row(runId).map(AoMeasurementRunStore::run);
    }

    @Override
    public Optional<MeasurementRun> claim(long runId, int total, Instant at) {
        return ao.executeInTransaction(() -> {
            Optional<KpiRunEntity> row = row(runId);
            if (row.isEmpty() || !MeasurementRun.State.QUEUED.name().equals(row.get().getRunState())
                    || !tokens.claim(RUN, runId, 1)) {
                return Optional.empty();
            }
            MeasurementRun started = run(row.get()).started(total, at);
            write(started, row.get());
            return Optional.of(started);
        });
    }

    @Override
    public MeasurementRun update(MeasurementRun run) {
        return ao.executeInTransaction(() -> {
            KpiRunEntity row = row(run.id()).orElseThrow(() -> new NotFoundException("run", run.id()));
            write(run, row);
            return run;
        });
    }

    @Override
    public List<MeasurementRun> recent(int limit) {
        List<MeasurementRun> runs = new ArrayList<>();
        for (KpiRunEntity row : ao.find(KpiRunEntity.class, Query.select().order("ID DESC").limit(limit))) {
            runs.add(run(row));
        }
        return runs;
    }

    @Override
    public List<MeasurementRun> unfinished() {
        List<MeasurementRun> runs = new ArrayList<>();
        for (KpiRunEntity row : ao.find(KpiRunEntity.class, Query.select()
                .where(KpiRunEntity.RUN_STATE + " IN (?, ?)", MeasurementRun.State.QUEUED.name(),
                        MeasurementRun.State.RUNNING.name())
                .order("ID"))) {
            runs.add(run(row));
        }
        return runs;
    }

    @Override
    public void markStale(Collection<Long> kpiIds, Instant changedAt) {
        ao.executeInTransaction(() -> {
            for (Long kpiId : kpiIds) {
                Map<String, Object> row = new HashMap<>();
                row.put(KpiStaleEntity.KPI_ID, kpiId);
                row.put(KpiStaleEntity.CHANGED_AT, changedAt.toEpochMilli());
                ao.create(KpiStaleEntity.class, row);
            }
            return null;
        });
    }

    @Override
    public Map<Long, Instant> staleKpis() {
        Map<Long, Instant> stale = new LinkedHashMap<>();
        for (KpiStaleEntity row : ao.find(KpiStaleEntity.class, Query.select().order(KpiStaleEntity.CHANGED_AT))) {
            stale.put(row.getKpiId(), Instant.ofEpochMilli(row.getChangedAt()));
        }
        return stale;
    }

    /** Deletes the marks up to {@code readFrom}; a later mark (a change during the run) stays. */
    @Override
    public void clearStale(long kpiId, Instant readFrom) {
        ao.executeInTransaction(() -> ao.deleteWithSQL(KpiStaleEntity.class,
                KpiStaleEntity.KPI_ID + " = ? AND " + KpiStaleEntity.CHANGED_AT + " <= ?", kpiId, readFrom.toEpochMilli()));
    }

    private Optional<KpiRunEntity> row(long runId) {
        if (runId <= 0 || runId > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(KpiRunEntity.class, (int) runId));
    }

    private static Map<String, Object> columns(MeasurementRun run) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(KpiRunEntity.RUN_KIND, run.kind().name());
        columns.put(KpiRunEntity.KPI_ID, run.kpiId());
        columns.put(KpiRunEntity.PERIOD_KEY, TextLimits.requireShort(run.periodKey(), "period"));
        columns.put(KpiRunEntity.REQUESTED_BY, TextLimits.requireShort(run.requestedBy(), "run.requestedBy"));
        columns.put(KpiRunEntity.RUN_STATE, run.state().name());
        columns.put(KpiRunEntity.KPIS_TOTAL, run.kpisTotal());
        columns.put(KpiRunEntity.KPIS_DONE, run.kpisDone());
        columns.put(KpiRunEntity.ISSUES_READ, run.issuesRead());
        columns.put(KpiRunEntity.FAILURE, run.failure());
        columns.put(KpiRunEntity.REQUESTED_AT, run.requestedAt().toEpochMilli());
        columns.put(KpiRunEntity.STARTED_AT, millis(run.startedAt()));
        columns.put(KpiRunEntity.FINISHED_AT, millis(run.finishedAt()));
        columns.put(KpiRunEntity.UPDATED_AT, run.updatedAt().toEpochMilli());
        return columns;
    }

    private static void write(MeasurementRun run, KpiRunEntity row) {
        row.setRunState(run.state().name());
        row.setKpisTotal(run.kpisTotal());
        row.setKpisDone(run.kpisDone());
        row.setIssuesRead(run.issuesRead());
        row.setFailure(run.failure());
        row.setStartedAt(millis(run.startedAt()));
        row.setFinishedAt(millis(run.finishedAt()));
        row.setUpdatedAt(run.updatedAt().toEpochMilli());
        row.save();
    }

    private static MeasurementRun run(KpiRunEntity row) {
        return new MeasurementRun(row.getID(), MeasurementRun.Kind.valueOf(row.getRunKind()), row.getKpiId(),
                row.getPeriodKey(), row.getRequestedBy(), MeasurementRun.State.valueOf(row.getRunState()), row.getKpisTotal(),
                row.getKpisDone(), row.getIssuesRead(), row.getFailure(), Instant.ofEpochMilli(row.getRequestedAt()),
                instant(row.getStartedAt()), instant(row.getFinishedAt()), Instant.ofEpochMilli(row.getUpdatedAt()));
    }

    private static Long millis(Instant instant) {
        return instant == null ? null : instant.toEpochMilli();
    }

    private static Instant instant(Long millis) {
        return millis == null ? null : Instant.ofEpochMilli(millis);
    }
}
