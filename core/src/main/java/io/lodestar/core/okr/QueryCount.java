package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.require;

/**
 * What a JQL query of a key result found, as the viewing user may see it ({@link IssueQuery}): how many matching issues
 * the user may browse, how many of those are done, the sum of the key result's number field over them, and how many
 * matching issues the user may not browse (left out of everything else, and only counted, so they never move the
 * score one user sees). Or, instead, why the query could not be run ({@code problem}: Jira refuses it now).
 *
 * @param sum the sum of the field over the visible issues (issues without a value count 0); 0 without a field
 */
public record QueryCount(int visible, int done, double sum, int hidden, String problem) {

    public QueryCount {
        require(visible >= 0 && done >= 0 && done <= visible && hidden >= 0, "query.count", "must be counts");
        require(Double.isFinite(sum), "query.sum", "must be a finite number");
    }

    public static QueryCount of(int visible, int done, double sum, int hidden) {
        return new QueryCount(visible, done, sum, hidden, null);
    }

    public static QueryCount failed(String problem) {
        return new QueryCount(0, 0, 0, 0, problem);
    }

    public boolean failed() {
        return problem != null;
    }
}
