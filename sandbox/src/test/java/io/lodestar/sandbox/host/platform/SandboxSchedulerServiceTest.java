package io.lodestar.sandbox.host.platform;

import static org.junit.Assert.assertEquals;

import com.atlassian.scheduler.JobRunner;
import com.atlassian.scheduler.JobRunnerResponse;
import com.atlassian.scheduler.config.JobConfig;
import com.atlassian.scheduler.config.JobId;
import com.atlassian.scheduler.config.JobRunnerKey;
import com.atlassian.scheduler.config.RunMode;
import com.atlassian.scheduler.config.Schedule;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.junit.Test;

/**
 * Two "nodes" in one JVM: two scheduler instances on the same database, as atlassian-scheduler's contract says a
 * Data Center cluster behaves. No timing is asserted: each test calls {@code runDueJobs} itself.
 */
public class SandboxSchedulerServiceTest {

    private static final JobRunnerKey RUNNER = JobRunnerKey.of("test.runner");
    private static final JobId EVERY_15_MINUTES = JobId.of("test.every-15-minutes");

    private final Connections database = SharedDatabase.fresh();
    private final SharedDatabase.HandClock clock = new SharedDatabase.HandClock(Instant.parse("2026-03-18T10:00:00Z"));
    private final SandboxSchedulerService node1 = new SandboxSchedulerService(database, "node-1", clock);
    private final SandboxSchedulerService node2 = new SandboxSchedulerService(database, "node-2", clock);
    /** "node: job" for every run. */
    private final List<String> runs = new CopyOnWriteArrayList<>();

    private JobRunner runner(String node) {
        return request -> {
            runs.add(node + ": " + request.getJobId() + request.getJobConfig().getParameters());
            return JobRunnerResponse.success();
        };
    }

    private static JobConfig every15Minutes(RunMode mode) {
        return JobConfig.forJobRunnerKey(RUNNER).withRunMode(mode)
                .withSchedule(Schedule.forInterval(Duration.ofMinutes(15).toMillis(), null));
    }

    @Test
    public void shouldRunADueJobOnceAcrossTwoNodesWhenBothScheduledIt() throws Exception {
        node1.registerJobRunner(RUNNER, runner("node-1"));
        node2.registerJobRunner(RUNNER, runner("node-2"));
        node1.scheduleJob(EVERY_15_MINUTES, every15Minutes(RunMode.RUN_ONCE_PER_CLUSTER));
        node2.scheduleJob(EVERY_15_MINUTES, every15Minutes(RunMode.RUN_ONCE_PER_CLUSTER));

        node2.runDueJobs();
        node1.runDueJobs();
        clock.advance(Duration.ofMinutes(10));
        node1.runDueJobs();
        node2.runDueJobs();
        clock.advance(Duration.ofMinutes(6));
        node1.runDueJobs();
        node2.runDueJobs();

        assertEquals("once for the first slot, once for the next; never twice",
                List.of("node-2: test.every-15-minutes{}", "node-1: test.every-15-minutes{}"), runs);
    }

    @Test
    public void shouldRunOnceWhenBothNodesCheckAtTheSameMoment() throws Exception {
        node1.registerJobRunner(RUNNER, runner("node"));
        node2.registerJobRunner(RUNNER, runner("node"));
        node1.scheduleJob(EVERY_15_MINUTES, every15Minutes(RunMode.RUN_ONCE_PER_CLUSTER));
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = List.of(node1, node2).stream().map(node -> new Thread(() -> {
            try {
                go.await();
                node.runDueJobs();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        })).toList();
        threads.forEach(Thread::start);

        go.countDown();
        for (Thread thread : threads) {
            thread.join();
        }

        assertEquals(1, runs.size());
    }

    @Test
    public void shouldRunAJobOnTheNodeThatHasItsRunnerWhenScheduledOnAnother() throws Exception {
        node2.registerJobRunner(RUNNER, runner("node-2"));
        node1.scheduleJob(JobId.of("test.run-42"), JobConfig.forJobRunnerKey(RUNNER)
                .withSchedule(Schedule.runOnce(null)).withParameters(Map.of("runId", (Serializable) 42L)));

        node1.runDueJobs();
        node2.runDueJobs();
        node2.runDueJobs();

        assertEquals("run once, then gone", List.of("node-2: test.run-42{runId=42}"), runs);
    }

    @Test
    public void shouldRunALocalJobOnEveryNodeWhenRunLocally() throws Exception {
        node1.registerJobRunner(RUNNER, runner("node-1"));
        node2.registerJobRunner(RUNNER, runner("node-2"));
        node1.scheduleJob(EVERY_15_MINUTES, every15Minutes(RunMode.RUN_LOCALLY));
        node2.scheduleJob(EVERY_15_MINUTES, every15Minutes(RunMode.RUN_LOCALLY));

        node1.runDueJobs();
        node2.runDueJobs();
        node1.runDueJobs();

        assertEquals(List.of("node-1: test.every-15-minutes{}", "node-2: test.every-15-minutes{}"), runs);
    }

    @Test
    public void shouldNotRunAJobBeforeItsFirstRunTimeOrAfterItWasUnscheduled() throws Exception {
        node1.registerJobRunner(RUNNER, runner("node-1"));
        node1.scheduleJob(JobId.of("test.later"), JobConfig.forJobRunnerKey(RUNNER)
                .withSchedule(Schedule.runOnce(java.util.Date.from(clock.instant().plusSeconds(60)))));
        node1.scheduleJob(EVERY_15_MINUTES, every15Minutes(RunMode.RUN_ONCE_PER_CLUSTER));
        node1.unscheduleJob(EVERY_15_MINUTES);

        node1.runDueJobs();
        clock.advance(Duration.ofMinutes(1));
        node1.runDueJobs();

        assertEquals(List.of("node-1: test.later{}"), runs);
    }
}
