package com.atlassian.scheduler.config;

/** Whether a job runs on one node of the cluster per scheduled time, or on every node. */
public enum RunMode {
    RUN_ONCE_PER_CLUSTER,
    RUN_LOCALLY
}
