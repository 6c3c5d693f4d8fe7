package com.atlassian.scheduler;

/** Checked: scheduling failed (the scheduler is not running, the schedule is invalid). */
public class SchedulerServiceException extends Exception {
    public SchedulerServiceException(String message) {
        super(message);
    }

    public SchedulerServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
