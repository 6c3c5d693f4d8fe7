package io.lodestar.sandbox.host.platform;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.beehive.ClusterLock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.Test;

/** beehive's contract on the shared database: a lock is held by one node (and one thread of it) at a time. */
public class SandboxClusterLockServiceTest {

    private final Connections database = SharedDatabase.fresh();
    private final SharedDatabase.HandClock clock = new SharedDatabase.HandClock(Instant.parse("2026-03-18T10:00:00Z"));
    private final SandboxClusterLockService node1 = new SandboxClusterLockService(database, "node-1", clock);
    private final SandboxClusterLockService node2 = new SandboxClusterLockService(database, "node-2", clock);

    @Test
    public void shouldLetOneNodeHoldALockUntilItReleasesIt() {
        ClusterLock first = node1.getLockForName("kpi.7");
        ClusterLock second = node2.getLockForName("kpi.7");

        assertTrue(first.tryLock());
        assertTrue(first.isHeldByCurrentThread());
        assertFalse("held by node-1", second.tryLock());
        assertTrue("another name is free", node2.getLockForName("kpi.8").tryLock());
        first.unlock();
        assertTrue(second.tryLock());
        assertFalse(first.tryLock());
    }

    @Test
    public void shouldLetOneThreadOfANodeHoldItAndReenterWhenItHoldsIt() throws Exception {
        ClusterLock lock = node1.getLockForName("kpi.7");
        assertTrue(lock.tryLock());
        assertTrue("reentrant", lock.tryLock());
        AtomicBoolean otherThread = new AtomicBoolean(true);
        Thread thread = new Thread(() -> otherThread.set(node1.getLockForName("kpi.7").tryLock()));
        thread.start();
        thread.join();

        assertFalse(otherThread.get());
        lock.unlock();
        assertFalse("still held once", node2.getLockForName("kpi.7").tryLock());
        lock.unlock();
        assertTrue(node2.getLockForName("kpi.7").tryLock());
    }

    @Test
    public void shouldReleaseTheLocksOfANodesPreviousLifeWhenItStartsAgain() {
        assertTrue(node1.getLockForName("kpi.7").tryLock());

        SandboxClusterLockService restarted = new SandboxClusterLockService(database, "node-1", clock);

        assertTrue(node2.getLockForName("kpi.7").tryLock());
        assertFalse(restarted.getLockForName("kpi.7").tryLock());
    }

    @Test
    public void shouldFreeTheLocksOfANodeWhoseHeartbeatStoppedAndKeepThoseOfALiveNode() {
        assertTrue(node1.getLockForName("kpi.7").tryLock());
        clock.advance(java.time.Duration.ofMillis(SandboxClusterLockService.NODE_TIMEOUT_MILLIS));
        node2.heartbeat();
        assertFalse("node-1 is not late yet", node2.getLockForName("kpi.7").tryLock());

        clock.advance(java.time.Duration.ofMillis(1));
        node1.heartbeat(); // alive: its lock stays
        assertFalse(node2.getLockForName("kpi.7").tryLock());

        clock.advance(java.time.Duration.ofMillis(SandboxClusterLockService.NODE_TIMEOUT_MILLIS + 1));
        assertTrue("node-1 died: its lock is taken over", node2.getLockForName("kpi.7").tryLock());
        assertTrue(node2.getLockForName("kpi.7").isHeldByCurrentThread());
    }
}
