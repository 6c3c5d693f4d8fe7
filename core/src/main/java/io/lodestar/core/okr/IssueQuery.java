package io.lodestar.core.okr;

/**
 * Port: runs the JQL query of a key result ({@link Measure.FromQuery}) as the current user. Implemented in the Jira
 * app with Jira's search ({@code JiraIssueQuery}) and in memory in tests.
 *
 * <p>Contract: {@link QueryCount#visible()} and everything counted over them are the matching issues the user may
 * browse, as Jira's search returns them; {@link QueryCount#hidden()} is how many more issues match for someone who
 * may browse everything. "Done" means what it means for linked work (the Done status category, or the done statuses
 * the settings give). A query Jira refuses gives {@link QueryCount#failed} with Jira's message, never an exception:
 * reading a cycle never fails because of a stored query.
 */
public interface IssueQuery {

    /** No search at all: every query reports that it could not be run (a host without search, or grading). */
    IssueQuery NONE = (jql, field) -> QueryCount.failed(Measurement.NO_QUERY_RUN);

    /** @param field for a sum, the number field to sum (a custom field id or name), else null */
    QueryCount count(String jql, String field);
}
