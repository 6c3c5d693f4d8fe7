package io.lodestar.sandbox.host.platform;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerRequest;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.SchedulerService;
import com.atlassian.scheduler.SchedulerServiceException;
import com.atlassian.scheduler.config.IntervalScheduleInfo;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * atlassian-scheduler's {@link SchedulerService}, as it behaves on Data Center:
 * <ul>
 *   <li>job runners are registered per node (in memory), jobs are scheduled for the cluster: a RUN_ONCE_PER_CLUSTER
 *       job is a row of {@value #JOBS} in the shared database, so a job scheduled on one node runs on any node that
 *       has its runner;</li>
 *   <li>each scheduled time of a job is a slot (its first run time, or when it was first scheduled, plus a whole
 *       number of intervals; a run-once job has one slot), and a node runs a slot only after inserting its row into
 *       {@value #CLAIMS}: the primary key lets exactly one node win, so the job runs once per cluster per slot, however
 *       many nodes check at the same moment. A slot that nobody ran while every node was down is run once when one
 *       comes back (the latest missed slot only, as Jira does not replay missed runs);</li>
 *   <li>a run-once job is deleted after it ran; RUN_LOCALLY jobs stay in this node's memory and run on every node.</li>
 * </ul>
 * {@link #runDueJobs} does one check (tests call it directly, so nothing depends on timing); {@link #start} checks
 * every {@code tickMillis} on a daemon thread, as the host's scheduler threads do.
 */
public final class SandboxSchedulerService implements SchedulerService, AutoCloseable {

    static final String JOBS = "SANDBOX_SCHEDULED_JOB";
    static final String CLAIMS = "SANDBOX_JOB_CLAIM";
    private static final System.Logger LOG = System.getLogger(SandboxSchedulerService.class.getName());

    private final Connections connections;
    private final String nodeId;
    private final Clock clock;
    private final Map<JobRunnerKey, JobRunner> runners = new ConcurrentHashMap<>();
    private final Map<JobId, LocalJob> localJobs = new ConcurrentHashMap<>();
    private ScheduledExecutorService ticker;
    /** When positive, interval jobs run at least this often ({@code lodestar sandbox --job-interval}). */
    private volatile long intervalCapMillis;

    private record LocalJob(JobConfig config, long createdAt, long[] lastSlot) {
    }

    /** A job as stored: its config and when it was first scheduled. */
    private record StoredJob(JobId id, JobConfig config, long createdAt) {
    }

    public SandboxSchedulerService(Connections connections, String nodeId, Clock clock) {
        this.connections = connections;
        this.nodeId = nodeId;
        this.clock = clock;
        try (Connection connection = connections.open(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE IF NOT EXISTS " + JOBS + " (JOB_ID VARCHAR(255) PRIMARY KEY,"
                    + " RUNNER_KEY VARCHAR(255) NOT NULL, FIRST_RUN BIGINT, INTERVAL_MS BIGINT NOT NULL,"
                    + " PARAMETERS " + io.lodestar.sandbox.host.SandboxDatabase.binaryType(connection) + ", CREATED_AT BIGINT NOT NULL)");
            statement.execute("CREATE TABLE IF NOT EXISTS " + CLAIMS + " (JOB_ID VARCHAR(255) NOT NULL, SLOT BIGINT NOT NULL,"
                    + " NODE_ID VARCHAR(64) NOT NULL, CLAIMED_AT BIGINT NOT NULL, PRIMARY KEY (JOB_ID, SLOT))");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the scheduler tables: " + e.getMessage(), e);
        }
    }

    /**
     * Runs every interval job at least every {@code millis} instead of its own, longer interval, on this node: the
     * sandbox's {@code --job-interval}, to watch the 15-minute KPI measurement of a cluster without waiting. Every node
     * of a cluster must be given the same value, since each computes the slots from it.
     */
    public void capIntervals(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("an interval cap is not negative");
        }
        this.intervalCapMillis = millis;
    }

    /** Checks for due jobs every {@code tickMillis} until {@link #close}. */
    public synchronized void start(long tickMillis) {
        if (ticker != null) {
            return;
        }
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "sandbox-scheduler-" + nodeId);
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(() -> {
            try {
                runDueJobs();
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "scheduler check failed", e);
            }
        }, tickMillis, tickMillis, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void close() {
        if (ticker != null) {
            ticker.shutdownNow();
            try {
                ticker.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ticker = null;
        }
    }

    @Override
    public void registerJobRunner(JobRunnerKey jobRunnerKey, JobRunner jobRunner) {
        runners.put(jobRunnerKey, jobRunner);
    }

    @Override
    public void unregisterJobRunner(JobRunnerKey jobRunnerKey) {
        runners.remove(jobRunnerKey);
    }

    /** Same id, same job: scheduling again replaces its config and keeps when it was first scheduled. */
    @Override
    public void scheduleJob(JobId jobId, JobConfig jobConfig) throws SchedulerServiceException {
        IntervalScheduleInfo interval = jobConfig.getSchedule().getIntervalScheduleInfo();
        if (jobConfig.getSchedule().getType() != Schedule.Type.INTERVAL || interval == null) {
            throw new SchedulerServiceException("the sandbox's scheduler runs interval schedules only");
        }
        long now = clock.millis();
        if (jobConfig.getRunMode() == RunMode.RUN_LOCALLY) {
            localJobs.put(jobId, new LocalJob(jobConfig, now, new long[] {-1}));
            return;
        }
        Long firstRun = interval.getFirstRunTime() == null ? null : interval.getFirstRunTime().getTime();
        byte[] parameters = serialize(jobConfig.getParameters());
        try (Connection connection = connections.open()) {
            int updated;
            try (PreparedStatement update = connection.prepareStatement("UPDATE " + JOBS
                    + " SET RUNNER_KEY = ?, FIRST_RUN = ?, INTERVAL_MS = ?, PARAMETERS = ? WHERE JOB_ID = ?")) {
                update.setString(1, jobConfig.getJobRunnerKey().toString());
                update.setObject(2, firstRun);
                update.setLong(3, interval.getIntervalInMillis());
                update.setBytes(4, parameters);
                update.setString(5, jobId.toString());
                updated = update.executeUpdate();
            }
            if (updated == 0) {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + JOBS
                        + " (JOB_ID, RUNNER_KEY, FIRST_RUN, INTERVAL_MS, PARAMETERS, CREATED_AT) VALUES (?, ?, ?, ?, ?, ?)")) {
                    insert.setString(1, jobId.toString());
                    insert.setString(2, jobConfig.getJobRunnerKey().toString());
                    insert.setObject(3, firstRun);
                    insert.setLong(4, interval.getIntervalInMillis());
                    insert.setBytes(5, parameters);
                    insert.setLong(6, now);
                    insert.executeUpdate();
                } catch (SQLException e) {
                    if (!Connections.isDuplicate(e)) {
                        throw e;
                    }
                    // Another node scheduled the same job at the same moment: it is scheduled.
                }
            }
            SandboxClusterLockService.commit(connection);
        } catch (SQLException e) {
            throw new SchedulerServiceException("cannot schedule " + jobId + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void unscheduleJob(JobId jobId) {
        localJobs.remove(jobId);
        try (Connection connection = connections.open();
             PreparedStatement delete = connection.prepareStatement("DELETE FROM " + JOBS + " WHERE JOB_ID = ?")) {
            delete.setString(1, jobId.toString());
            delete.executeUpdate();
            SandboxClusterLockService.commit(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot unschedule " + jobId + ": " + e.getMessage(), e);
        }
    }

    /** Runs, on this thread, every job due now whose runner this node has and whose slot this node claims; returns them. */
    public List<JobId> runDueJobs() {
        long now = clock.millis();
        List<JobId> ran = new ArrayList<>();
        for (StoredJob job : storedJobs()) {
            JobRunner runner = runners.get(job.config().getJobRunnerKey());
            long slot = slot(job.config(), job.createdAt(), now);
            if (runner != null && slot >= 0 && claim(job.id(), slot, now)) {
                run(runner, job.id(), job.config(), now);
                ran.add(job.id());
                if (job.config().getSchedule().getIntervalScheduleInfo().getIntervalInMillis() == 0) {
                    unscheduleJob(job.id());
                }
            }
        }
        for (Map.Entry<JobId, LocalJob> entry : localJobs.entrySet()) {
            LocalJob job = entry.getValue();
            JobRunner runner = runners.get(job.config().getJobRunnerKey());
            long slot = slot(job.config(), job.createdAt(), now);
            if (runner != null && slot > job.lastSlot()[0]) {
                job.lastSlot()[0] = slot;
                run(runner, entry.getKey(), job.config(), now);
                ran.add(entry.getKey());
            }
        }
        return ran;
    }

    /** The latest scheduled time at or before {@code now}, as a slot number; -1 before the first. */
    private long slot(JobConfig config, long createdAt, long now) {
        IntervalScheduleInfo interval = config.getSchedule().getIntervalScheduleInfo();
        long first = interval.getFirstRunTime() == null ? createdAt : interval.getFirstRunTime().getTime();
        if (now < first) {
            return -1;
        }
        long every = interval.getIntervalInMillis();
        long cap = intervalCapMillis;
        if (cap > 0 && every > cap) {
            every = cap;
        }
        return every == 0 ? 0 : (now - first) / every;
    }

    private boolean claim(JobId jobId, long slot, long now) {
        try (Connection connection = connections.open();
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO " + CLAIMS + " (JOB_ID, SLOT, NODE_ID, CLAIMED_AT) VALUES (?, ?, ?, ?)")) {
            insert.setString(1, jobId.toString());
            insert.setLong(2, slot);
            insert.setString(3, nodeId);
            insert.setLong(4, now);
            insert.executeUpdate();
            SandboxClusterLockService.commit(connection);
            return true;
        } catch (SQLException e) {
            if (Connections.isDuplicate(e)) {
                return false;
            }
            throw new IllegalStateException("cannot claim " + jobId + ": " + e.getMessage(), e);
        }
    }

    private void run(JobRunner runner, JobId jobId, JobConfig config, long now) {
        Date start = new Date(now);
        JobRunnerRequest request = new JobRunnerRequest() {
            @Override
            public Date getStartTime() {
                return new Date(start.getTime());
            }

            @Override
            public JobId getJobId() {
                return jobId;
            }

            @Override
            public JobConfig getJobConfig() {
                return config;
            }

            @Override
            public boolean isCancellationRequested() {
                return Thread.currentThread().isInterrupted();
            }
        };
        try {
            JobRunnerResponse response = runner.runJob(request);
            LOG.log(System.Logger.Level.DEBUG, jobId + " on " + nodeId + ": " + response);
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, jobId + " failed on " + nodeId, e);
        }
    }

    private List<StoredJob> storedJobs() {
        List<StoredJob> jobs = new ArrayList<>();
        try (Connection connection = connections.open();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT JOB_ID, RUNNER_KEY, FIRST_RUN, INTERVAL_MS, PARAMETERS,"
                     + " CREATED_AT FROM " + JOBS + " ORDER BY CREATED_AT, JOB_ID")) {
            while (rows.next()) {
                long firstRun = rows.getLong(3);
                Date first = rows.wasNull() ? null : new Date(firstRun);
                JobConfig config = JobConfig.forJobRunnerKey(JobRunnerKey.of(rows.getString(2)))
                        .withRunMode(RunMode.RUN_ONCE_PER_CLUSTER)
                        .withSchedule(Schedule.forInterval(rows.getLong(4), first))
                        .withParameters(deserialize(rows.getBytes(5)));
                jobs.add(new StoredJob(JobId.of(rows.getString(1)), config, rows.getLong(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the scheduled jobs: " + e.getMessage(), e);
        }
        return jobs;
    }

    private static byte[] serialize(Map<String, Serializable> parameters) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream(); ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(new HashMap<>(parameters == null ? Map.of() : parameters));
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new IllegalArgumentException("job parameters must be serializable: " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Serializable> deserialize(byte[] bytes) {
        if (bytes == null) {
            return Map.of();
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes))) {
            return (Map<String, Serializable>) in.readObject();
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException("cannot read job parameters: " + e.getMessage(), e);
        }
    }
}
