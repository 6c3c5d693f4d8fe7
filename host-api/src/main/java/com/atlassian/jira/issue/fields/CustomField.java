package com.atlassian.jira.issue.fields;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.CustomFieldType;

/** A custom field definition (such as Story Points or Sprint); a {@link Field}, as in Jira. */
public interface CustomField extends Field {
    String getId();

    Long getIdAsLong();

    String getFieldName();

    String getName();

    Object getValue(Issue issue);

    /** The field's type; erased return type {@code CustomFieldType}. */
    CustomFieldType<?, ?> getCustomFieldType();
}
