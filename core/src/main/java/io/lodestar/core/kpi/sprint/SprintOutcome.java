package io.lodestar.core.kpi.sprint;

/** What became of an issue that was in a sprint at some point between its start and its completion. */
public enum SprintOutcome {
    /** Done when the sprint was completed, and counted in its velocity. */
    COMPLETED,
    /** Still in the sprint at completion but not done (carried over or dropped later). */
    NOT_COMPLETED,
    /** Taken out of the sprint before its completion: counts in no completed total. */
    REMOVED,
    /**
     * Done at completion, but that completion was already counted by another sprint that closed
     * earlier while the issue was done (an issue in two sprints at once).
     */
    COMPLETED_IN_ANOTHER_SPRINT,
    /**
     * Already done when it entered the sprint (at the start, or when added): Jira lists these as
     * "completed outside of this sprint"; they count in neither commitment nor completed.
     */
    DONE_BEFORE_SPRINT
}
