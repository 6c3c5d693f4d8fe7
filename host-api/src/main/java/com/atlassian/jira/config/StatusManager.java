package com.atlassian.jira.config;

import com.atlassian.jira.issue.status.Status;
import java.util.Collection;

/** Jira's workflow statuses ({@code @PublicApi} since Jira 5.0); only the list of every status is declared. */
public interface StatusManager {
    /** Every status of the Jira instance. */
    Collection<Status> getStatuses();
}
