package io.lodestar.core.kpi;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;
import static io.lodestar.core.common.InvalidInputException.requireText;

/**
 * Which issues a KPI is computed from: a project (by key), a Jira Software board (by id, which also
 * selects the board's sprints) or a JQL filter. The reference is kept as the user gave it; the
 * {@link IssueHistorySource} adapter resolves it, with the permissions of whoever runs it.
 */
public record KpiDataSource(Kind kind, String reference) {

    public enum Kind { PROJECT, BOARD, JQL }

    public KpiDataSource {
        requirePresent(kind, "kpi.dataSource.kind");
        reference = requireText(reference, "kpi.dataSource.reference");
        if (kind == Kind.BOARD) {
            require(reference.chars().allMatch(Character::isDigit), "kpi.dataSource.reference",
                    "a board is referenced by its numeric id");
        }
    }

    public static KpiDataSource project(String projectKey) {
        return new KpiDataSource(Kind.PROJECT, projectKey);
    }

    public static KpiDataSource board(long boardId) {
        return new KpiDataSource(Kind.BOARD, Long.toString(boardId));
    }

    public static KpiDataSource jql(String jql) {
        return new KpiDataSource(Kind.JQL, jql);
    }
}
