package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requireText;

import java.util.List;

/**
 * What an OKR needs to know about one linked Jira issue: whether it is done and its story points;
 * for an epic, its child issues (those the current user can see). Deliberately small and separate
 * from the KPI side's richer issue snapshot.
 *
 * @param storyPoints the story point estimate, or null when unestimated (counts as 0 points)
 * @param children    the epic's visible child issues; empty for non-epics
 */
public record LinkedIssue(long issueId, String key, boolean done, Double storyPoints, boolean epic,
                          List<LinkedIssue> children) {

    public LinkedIssue {
        require(issueId > 0, "issue.id", "must be a Jira issue id");
        key = requireText(key, "issue.key");
        require(storyPoints == null || (Double.isFinite(storyPoints) && storyPoints >= 0), "issue.storyPoints",
                "must not be negative");
        children = children == null ? List.of() : List.copyOf(children);
        require(epic || children.isEmpty(), "issue.children", "only an epic has child issues");
    }

    public static LinkedIssue issue(long issueId, String key, boolean done, Double storyPoints) {
        return new LinkedIssue(issueId, key, done, storyPoints, false, List.of());
    }

    public static LinkedIssue epic(long issueId, String key, boolean done, Double storyPoints, List<LinkedIssue> children) {
        return new LinkedIssue(issueId, key, done, storyPoints, true, children);
    }

    public double points() {
        return storyPoints == null ? 0.0 : storyPoints;
    }
}
