package com.atlassian.beehive;

import java.util.concurrent.locks.Lock;

/** A {@link Lock} held by one thread of one node of the cluster at a time. */
public interface ClusterLock extends Lock {
    boolean isHeldByCurrentThread();
}
