package com.atlassian.greenhopper.api.events.sprint;

import com.atlassian.greenhopper.service.sprint.Sprint;

/** Published by Jira Software when a sprint is started (FUTURE to ACTIVE); the constructor is there for the sandbox and tests. */
public class SprintStartedEvent implements SprintEvent {
    public SprintStartedEvent(Sprint sprint) {
    }
}
