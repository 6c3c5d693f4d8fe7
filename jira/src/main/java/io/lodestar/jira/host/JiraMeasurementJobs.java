package io.lodestar.jira.host;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import io.lodestar.core.kpi.run.KpiMeasuring;
import io.lodestar.core.kpi.run.MeasurementRun;
import io.lodestar.jira.app.BackgroundRuns;
import java.io.Serializable;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;

/**
 * KPI measurement on atlassian-scheduler. One job runner, registered on every node when the app starts
 * ({@link #start}, the bean's init-method) and unregistered when it stops:
 * <ul>
 *   <li>the scheduled job {@value #SCHEDULED_ID}, every {@link #INTERVAL_MILLIS} ms, RUN_ONCE_PER_CLUSTER: the
 *       scheduler runs it on one node per period; it ends runs left by a stopped node, then measures every due KPI
 *       ({@link KpiMeasuring#isDue});</li>
 *   <li>one run-once job per requested run ("Measure now", re-measure), also RUN_ONCE_PER_CLUSTER and carrying the
 *       run id, so whichever node picks it up executes that run, and the request thread only queues it.</li>
 * </ul>
 * A requested run whose one-off job was lost (it fired before the request committed, or its node stopped) stays
 * QUEUED and is executed by the next scheduled job ({@link KpiMeasuring#pendingRequests}).
 * Scheduling the job again at every start is how atlassian-scheduler is meant to be used: the same job id replaces
 * the same schedule. The schedule is not removed at stop, since the other nodes still run it.
 */
public final class JiraMeasurementJobs implements JobRunner, BackgroundRuns {

    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.lodestar.jira.kpi-measurement");
    static final String SCHEDULED_ID = "io.lodestar.jira.kpi-measurement.scheduled";
    static final String RUN_PREFIX = "io.lodestar.jira.kpi-measurement.run-";
    static final String RUN_ID = "runId";
    /** Every 15 minutes: an issue change is measured within a quarter of an hour; a quiet run costs a few queries. */
    static final long INTERVAL_MILLIS = 15 * 60 * 1000L;

    /** How often the scheduled job runs, in minutes, as the administration page states it. */
    public static long intervalMinutes() {
        return INTERVAL_MILLIS / 60_000L;
    }
    static final long VISIBLE_WAIT_MILLIS = 5000;
    static final long VISIBLE_POLL_MILLIS = 200;

    private final SchedulerService scheduler;
    private final KpiMeasuring measuring;
    private final Clock clock;

    public JiraMeasurementJobs(SchedulerService scheduler, KpiMeasuring measuring, Clock clock) {
        this.scheduler = scheduler;
        this.measuring = measuring;
        this.clock = clock;
    }

    public void start() throws SchedulerServiceException {
        IntervalJobs.start(scheduler, RUNNER, this, SCHEDULED_ID, INTERVAL_MILLIS);
    }

    public void stop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public void start(long runId) {
        try {
            scheduler.scheduleJob(JobId.of(RUN_PREFIX + runId), JobConfig.forJobRunnerKey(RUNNER)
                    .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                    .withSchedule(Schedule.runOnce(null))
                    .withParameters(Map.of(RUN_ID, (Serializable) Long.valueOf(runId))));
        } catch (SchedulerServiceException e) {
            throw new IllegalStateException("the measurement could not be started: " + e.getMessage(), e);
        }
    }

    /**
     * Whether the run's row can be read yet: the job is scheduled inside the request's transaction and may start
     * before it commits, so it waits a little ({@link #VISIBLE_WAIT_MILLIS} at most) before giving the run up to the
     * scheduled job.
     */
    private boolean visible(long runId) {
        for (int attempt = 0; attempt * VISIBLE_POLL_MILLIS < VISIBLE_WAIT_MILLIS; attempt++) {
            if (measuring.find(runId).isPresent()) {
                return true;
            }
            try {
                Thread.sleep(VISIBLE_POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return measuring.find(runId).isPresent();
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        Object runId = request.getJobConfig().getParameters() == null ? null
                : request.getJobConfig().getParameters().get(RUN_ID);
        try {
            Optional<MeasurementRun> ended;
            if (runId instanceof Long id) {
                if (!visible(id)) {
                    return JobRunnerResponse.aborted("run " + id + " is not in the database; the scheduled job runs it"
                            + " if its request committed");
                }
                ended = measuring.execute(id);
            } else {
                measuring.abandonStalled();
                for (MeasurementRun pending : measuring.pendingRequests()) {
                    measuring.execute(pending.id());
                }
                ended = measuring.execute(measuring.queue(MeasurementRun.scheduled(clock.instant())).id());
            }
            return ended.map(run -> run.state() == MeasurementRun.State.DONE
                            ? JobRunnerResponse.success(run.kpisDone() + " KPIs measured")
                            : JobRunnerResponse.failed(run.failure()))
                    .orElseGet(() -> JobRunnerResponse.aborted("run " + runId + " was claimed by another node"));
        } catch (RuntimeException e) {
            return JobRunnerResponse.failed(e);
        } finally {
            if (runId != null) {
                scheduler.unscheduleJob(request.getJobId());
            }
        }
    }
}
