package io.lodestar.jira.host;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.JobRunnerKey;
import io.lodestar.core.okr.CheckInReminders;
import java.util.List;

/**
 * The weekly check-in reminders on atlassian-scheduler, wired as {@link JiraMeasurementJobs} is: one job runner
 * registered on every node at start ({@link #start}) and one scheduled job {@value #SCHEDULED_ID}, every
 * {@link #INTERVAL_MILLIS} ms, RUN_ONCE_PER_CLUSTER. Each run calls {@link CheckInReminders#sendDue}, which sends the
 * reminders of the current ISO week not sent yet: the first run of a week sends them, later runs find every owner
 * marked in the database and send nothing. The run holds a cluster lock ({@value #LOCK}, {@code tryLock}) so that two
 * runs never mark the same week at once, whatever the scheduler does.
 */
public final class JiraCheckInReminderJobs implements JobRunner {

    static final JobRunnerKey RUNNER = JobRunnerKey.of("io.lodestar.jira.check-in-reminders");
    static final String SCHEDULED_ID = "io.lodestar.jira.check-in-reminders.scheduled";
    static final String LOCK = "io.lodestar.jira.check-in-reminders";
    /** Every hour: a week's reminders go out within an hour of its start (or of the app's start). */
    static final long INTERVAL_MILLIS = 60 * 60 * 1000L;

    private final SchedulerService scheduler;
    private final ClusterLockService locks;
    private final CheckInReminders reminders;

    public JiraCheckInReminderJobs(SchedulerService scheduler, ClusterLockService locks, CheckInReminders reminders) {
        this.scheduler = scheduler;
        this.locks = locks;
        this.reminders = reminders;
    }

    public void start() throws SchedulerServiceException {
        IntervalJobs.start(scheduler, RUNNER, this, SCHEDULED_ID, INTERVAL_MILLIS);
    }

    public void stop() {
        scheduler.unregisterJobRunner(RUNNER);
    }

    @Override
    public JobRunnerResponse runJob(JobRunnerRequest request) {
        ClusterLock lock = locks.getLockForName(LOCK);
        if (!lock.tryLock()) {
            return JobRunnerResponse.aborted("another node is sending the check-in reminders");
        }
        try {
            List<String> reminded = reminders.sendDue();
            return JobRunnerResponse.success(reminded.size() + " owners reminded");
        } catch (RuntimeException e) {
            return JobRunnerResponse.failed(e);
        } finally {
            lock.unlock();
        }
    }
}
