package com.atlassian.jira.issue.changehistory;

import com.atlassian.jira.issue.history.ChangeItemBean;
import java.sql.Timestamp;
import java.util.List;

/** One change group of an issue's history: who changed which fields when (a class in Jira). */
public class ChangeHistory {
    public Long getIssueId() {
        return null;
    }

    public Timestamp getTimePerformed() {
        return null;
    }

    public List<ChangeItemBean> getChangeItemBeans() {
        return null;
    }
}
