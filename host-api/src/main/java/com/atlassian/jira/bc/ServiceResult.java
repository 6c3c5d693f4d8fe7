package com.atlassian.jira.bc;

/**
 * jira-api {@code @PublicApi} interface: the result of a Jira service call, which may carry errors. Only what
 * Lodestar calls is declared.
 */
public interface ServiceResult {
    boolean isValid();
}
