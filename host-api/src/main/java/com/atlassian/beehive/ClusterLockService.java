package com.atlassian.beehive;

/** Named locks shared by every node of a cluster (a database lock on Data Center). */
public interface ClusterLockService {
    ClusterLock getLockForName(String lockName);
}
