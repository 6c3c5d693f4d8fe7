package com.atlassian.greenhopper.api.events.sprint;

/**
 * Test stand-in with the name of Jira Software's event (the app recognises it by name only, never imports it): what
 * {@code JiraIssueEventsTest} publishes as "a sprint was completed".
 */
public final class SprintClosedEvent {
}
