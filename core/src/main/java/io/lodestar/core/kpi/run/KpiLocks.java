package io.lodestar.core.kpi.run;

import java.util.Optional;

/**
 * Port: one lock per KPI across the cluster, so that two nodes never measure the same KPI at once (Jira's
 * cluster lock service in the app). Never waits: a KPI locked elsewhere is being measured right now.
 */
public interface KpiLocks {

    /** The KPI's lock, held by this thread until closed; empty when another node or thread holds it. */
    Optional<Held> tryLock(long kpiId);

    /** A held lock; closing it releases it. */
    interface Held extends AutoCloseable {
        @Override
        void close();
    }
}
