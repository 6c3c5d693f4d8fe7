package com.atlassian.jira.issue.fields;

/**
 * A field of Jira, system or custom ({@code @PublicApi}): only its id ("customfield_10002", "timeoriginalestimate")
 * and its name are declared. {@link CustomField} is one.
 */
public interface Field {
    String getId();

    String getName();
}
