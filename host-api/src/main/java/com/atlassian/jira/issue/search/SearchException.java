package com.atlassian.jira.issue.search;

/** A search that failed in Jira's index (checked). */
public class SearchException extends Exception {
    private static final long serialVersionUID = 1L;

    public SearchException(String message) {
        super(message);
    }
}
