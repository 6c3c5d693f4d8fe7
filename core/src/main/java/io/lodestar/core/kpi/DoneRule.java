package io.lodestar.core.kpi;

/**
 * What "done" means to a sprint KPI. {@link #STATUS_CATEGORY}: a status of the Done category, or one of the
 * formula's {@code doneStatusIds} when it lists some (today's rule, the default). {@link #BOARD_LAST_COLUMN}: a
 * status mapped to the last column of the KPI's board, as Jira Software's velocity chart counts completion; it
 * needs a {@link KpiDataSource.Kind#BOARD} data source, whose adapter reads the board's columns
 * ({@link IssueHistory#lastColumnStatusIds()}).
 */
public enum DoneRule {
    STATUS_CATEGORY,
    BOARD_LAST_COLUMN
}
