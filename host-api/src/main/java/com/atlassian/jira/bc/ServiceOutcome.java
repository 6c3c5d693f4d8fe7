package com.atlassian.jira.bc;

/**
 * jira-api {@code @PublicApi} interface: a service result that has a value ({@code ServiceOutcome<T> extends
 * ServiceResult}, javadoc of com.atlassian.jira.bc). Only what Lodestar calls is declared.
 */
public interface ServiceOutcome<T> extends ServiceResult {
    /** The value returned by the service, or null. */
    T get();
}
