package io.lodestar.jira.app;

/**
 * Port: has a queued measurement run executed in the background, on whichever node of the cluster picks it up
 * (atlassian-scheduler in Jira: {@code io.lodestar.jira.host.JiraMeasurementJobs}).
 */
public interface BackgroundRuns {

    /**
     * Asks for the run to be executed soon; returns at once. Throws when the request cannot be made (the caller's
     * transaction then rolls the queued run back).
     */
    void start(long runId);
}
