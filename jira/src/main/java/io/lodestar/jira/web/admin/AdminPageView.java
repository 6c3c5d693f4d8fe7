package io.lodestar.jira.web.admin;

import io.lodestar.jira.host.JiraMeasurementJobs;

/**
 * What the administration page template shows: the context path the scripts prefix to REST URLs and the measuring
 * schedule's interval (the scheduled job's, {@link JiraMeasurementJobs}). The settings, fields, statuses and runs
 * are loaded by the scripts from the REST API; text comes from i18n keys.
 */
public final class AdminPageView {
    private final String baseUrl;
    private final long scheduleMinutes;

    AdminPageView(String baseUrl, long scheduleMinutes) {
        this.baseUrl = baseUrl;
        this.scheduleMinutes = scheduleMinutes;
    }

    static AdminPageView of(String contextPath) {
        return new AdminPageView(contextPath == null ? "" : contextPath, JiraMeasurementJobs.intervalMinutes());
    }

    /** The host's context path ("" or e.g. "/jira"). */
    public String getBaseUrl() {
        return baseUrl;
    }

    /** Every how many minutes the scheduled measuring job runs (once per cluster). */
    public long getScheduleMinutes() {
        return scheduleMinutes;
    }
}
