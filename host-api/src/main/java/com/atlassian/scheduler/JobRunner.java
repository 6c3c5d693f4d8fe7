package com.atlassian.scheduler;

/** The code a job runs; registered per node under its {@code JobRunnerKey}. */
public interface JobRunner {
    JobRunnerResponse runJob(JobRunnerRequest request);
}
