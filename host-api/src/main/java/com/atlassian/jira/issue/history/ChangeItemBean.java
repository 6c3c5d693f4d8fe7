package com.atlassian.jira.issue.history;

import java.sql.Timestamp;

/** One changelog item: a field's raw values (usually ids) and display texts before and after, and when. */
public class ChangeItemBean {
    public String getField() {
        return null;
    }

    public String getFrom() {
        return null;
    }

    public String getFromString() {
        return null;
    }

    public String getTo() {
        return null;
    }

    public String getToString() {
        return null;
    }

    public Timestamp getCreated() {
        return null;
    }
}
