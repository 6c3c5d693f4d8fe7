package com.atlassian.jira.issue.customfields;

/**
 * The type of a custom field (interface, generic in Jira: {@code CustomFieldType<T, S>}); its key names the type, such
 * as {@code com.atlassian.jira.plugin.system.customfieldtypes:float} for Jira's Number Field.
 */
public interface CustomFieldType<T, S> {
    String getKey();
}
