package com.atlassian.greenhopper.api.events.sprint;

import com.atlassian.greenhopper.service.sprint.Sprint;

/** Published by Jira Software when a sprint is completed (ACTIVE to CLOSED); the constructor is there for the sandbox and tests. */
public class SprintClosedEvent implements SprintEvent {
    public SprintClosedEvent(Sprint sprint) {
    }
}
