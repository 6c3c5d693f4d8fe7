package io.lodestar.core.okr;

/** An objective's life cycle: drafted, then worked on, then closed (graded or abandoned). */
public enum ObjectiveState {
    DRAFT,
    ACTIVE,
    CLOSED
}
