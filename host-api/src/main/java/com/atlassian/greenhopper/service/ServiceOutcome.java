package com.atlassian.greenhopper.service;

/**
 * Jira Software's own service outcome (an interface, not Jira's {@code com.atlassian.jira.bc.ServiceOutcome}):
 * verified in the Jira Software javadoc (6.3.2.1 method summary: {@code boolean isValid()}, {@code T getValue()};
 * 10.6 "Uses of Interface com.atlassian.greenhopper.service.ServiceOutcome"). Only what Lodestar calls is declared.
 */
public interface ServiceOutcome<T> {
    boolean isValid();

    /** The value the service returned, or null. */
    T getValue();
}
