package com.atlassian.scheduler.config;

import java.util.Date;

/** When a job runs. Only interval schedules are declared (run once is an interval of 0); cron is left out. */
public final class Schedule {
    public enum Type { CRON_EXPRESSION, INTERVAL }

    private final IntervalScheduleInfo interval;

    private Schedule(IntervalScheduleInfo interval) {
        this.interval = interval;
    }

    public static Schedule forInterval(long intervalInMillis, Date firstRunTime) {
        if (intervalInMillis < 0) {
            throw new IllegalArgumentException("intervalInMillis must not be negative");
        }
        return new Schedule(new IntervalScheduleInfo(firstRunTime, intervalInMillis));
    }

    public static Schedule runOnce(Date runTime) {
        return forInterval(0L, runTime);
    }

    public Type getType() {
        return Type.INTERVAL;
    }

    public IntervalScheduleInfo getIntervalScheduleInfo() {
        return interval;
    }
}
