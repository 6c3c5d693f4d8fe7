package io.lodestar.core.kpi;

/**
 * How often a KPI is measured, which is also the period one recorded value stands for. Calendar
 * periods start at midnight in the KPI's time zone; weeks start on Monday (ISO weeks, as
 * jira-agile-metrics counts throughput).
 */
public enum Frequency {
    DAILY,
    WEEKLY,
    PER_SPRINT,
    MONTHLY
}
