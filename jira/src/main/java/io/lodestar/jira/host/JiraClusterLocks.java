package io.lodestar.jira.host;

import com.atlassian.beehive.ClusterLock;
import com.atlassian.beehive.ClusterLockService;
import io.lodestar.core.kpi.run.KpiLocks;
import java.util.Optional;

/**
 * {@link KpiLocks} on Jira's cluster lock service (beehive): one named lock per KPI, taken with {@code tryLock()} so a
 * run never waits for another node. On Data Center the lock lives in the database, so it holds across nodes.
 */
public final class JiraClusterLocks implements KpiLocks {

    static final String PREFIX = "io.lodestar.jira.kpi-measure.";

    private final ClusterLockService locks;

    public JiraClusterLocks(ClusterLockService locks) {
        this.locks = locks;
    }

    @Override
    public Optional<Held> tryLock(long kpiId) {
        ClusterLock lock = locks.getLockForName(PREFIX + kpiId);
        return lock.tryLock() ? Optional.of(lock::unlock) : Optional.empty();
    }
}
