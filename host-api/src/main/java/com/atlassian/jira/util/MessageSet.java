package com.atlassian.jira.util;

import java.util.Set;

/** Error and warning messages, e.g. of a JQL parse. */
public interface MessageSet {
    boolean hasAnyErrors();

    Set<String> getErrorMessages();
}
