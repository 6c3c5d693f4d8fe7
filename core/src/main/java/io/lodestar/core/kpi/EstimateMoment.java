package io.lodestar.core.kpi;

/**
 * Which estimate of a completed issue a velocity counts when it was re-estimated during the sprint.
 * Jira Cloud counts the value at sprint close; Jira Data Center's report may keep the value at the
 * start (for an issue added later: the value when it joined). Lodestar defaults to {@link #AT_CLOSE}.
 */
public enum EstimateMoment {
    AT_CLOSE,
    AT_START
}
