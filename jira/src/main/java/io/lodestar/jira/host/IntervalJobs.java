package io.lodestar.jira.host;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;

/**
 * The app's repeating jobs on atlassian-scheduler, each wired the same way: its runner registered on every node at
 * start, and one job of a fixed id on an interval, RUN_ONCE_PER_CLUSTER (scheduling the same id again at every start
 * replaces the same schedule, as atlassian-scheduler intends); at stop only the runner goes, since the other nodes
 * still run the job.
 */
final class IntervalJobs {

    private IntervalJobs() {
    }

    static void start(SchedulerService scheduler, JobRunnerKey key, JobRunner runner, String jobId, long intervalMillis)
            throws SchedulerServiceException {
        scheduler.registerJobRunner(key, runner);
        scheduler.scheduleJob(JobId.of(jobId), JobConfig.forJobRunnerKey(key)
                .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                .withSchedule(Schedule.forInterval(intervalMillis, null)));
    }
}
