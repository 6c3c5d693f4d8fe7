package io.lodestar.jira.app;

import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiEvaluation;
import io.lodestar.core.kpi.KpiStore;
import io.lodestar.core.kpi.run.KpiMeasuring;
import io.lodestar.core.kpi.run.MeasurementRun;
import io.lodestar.core.kpi.run.MeasurementRunStore;
import java.time.Clock;

/**
 * "Measure now", an administrator's re-measure of a closed period, and the progress of a run, as the REST API
 * serves them. Nothing is measured in the request: the run is queued in the database and executed in the background
 * ({@link BackgroundRuns}), so the request returns at once and any node may do the work.
 *
 * <p>Who may: measuring now is for those who may change the KPI (its owner, the administrators of its team's
 * project, Jira administrators; see {@link OkrAccess}), and the issues are read with the requester's browse
 * permissions, since the value is then shown to everyone. Re-measuring a frozen period is for Jira administrators
 * only. A run's progress is shown to whoever may see the KPI's values; a scheduled run's, to Jira administrators.
 */
public final class MeasurementActions {

    private final KpiStore kpis;
    private final MeasurementRunStore runs;
    private final KpiMeasuring measuring;
    private final BackgroundRuns background;
    private final OkrAccess access;
    private final Clock clock;

    public MeasurementActions(KpiStore kpis, MeasurementRunStore runs, KpiMeasuring measuring, BackgroundRuns background,
                              OkrAccess access, Clock clock) {
        this.kpis = kpis;
        this.runs = runs;
        this.measuring = measuring;
        this.background = background;
        this.access = access;
        this.clock = clock;
    }

    /** Queues a measurement of the KPI as the current user and starts it in the background (401, 404, 403). */
    public MeasurementRun measureNow(long kpiId) {
        String user = access.requireUser();
        access.requireKpiEdit(kpi(kpiId));
        return start(MeasurementRun.onDemand(kpiId, user, clock.instant()));
    }

    /**
     * Queues a re-measure of the closed period {@code periodKey} of the KPI (Jira administrators only), checked
     * before anything is queued: 400 on {@code period} for a key that is not one of the KPI's periods or is still open.
     */
    public MeasurementRun remeasure(long kpiId, String periodKey) {
        String user = access.requireUser();
        access.requireJiraAdmin();
        KpiDefinition definition = kpi(kpiId);
        KpiEvaluation.closedPeriod(definition, null, periodKey, clock.instant());
        return start(MeasurementRun.remeasure(kpiId, periodKey, user, clock.instant()));
    }

    /** The latest {@code limit} runs of every kind, newest first, for the administration page (401, 403). */
    public java.util.List<MeasurementRun> latest(int limit) {
        access.requireJiraAdmin();
        return runs.recent(limit);
    }

    /** A run, for who may see it (401, 404, 403). */
    public MeasurementRun run(long runId) {
        access.requireUser();
        MeasurementRun run = runs.find(runId).orElseThrow(() -> new NotFoundException("run", runId));
        if (run.kind() == MeasurementRun.Kind.SCHEDULED) {
            access.requireJiraAdmin();
        } else {
            KpiDefinition definition = kpis.find(run.kpiId()).orElse(null);
            if (definition != null && !access.canSeeKpiValues(definition)) {
                throw new AccessDeniedException("the run measures " + definition.name()
                        + ", which is computed over a project you may not browse");
            }
        }
        return run;
    }

    /** The run queued and its background start requested in one transaction: if the start fails, no run is left. */
    private MeasurementRun start(MeasurementRun run) {
        return kpis.inTransaction(() -> {
            MeasurementRun queued = measuring.queue(run);
            background.start(queued.id());
            return queued;
        });
    }

    private KpiDefinition kpi(long kpiId) {
        return kpis.find(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
    }
}
