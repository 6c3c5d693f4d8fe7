package com.atlassian.greenhopper.api.events.sprint;

/** Jira Software's sprint events; no accessor is declared (the app only needs to know that a sprint started or closed). */
public interface SprintEvent {
}
