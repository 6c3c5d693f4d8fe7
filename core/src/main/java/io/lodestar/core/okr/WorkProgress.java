package io.lodestar.core.okr;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The progress of a linked-work key result: how many of the counted issues, and how many of their
 * story points, are done. Raw counts are kept; {@link #fraction()} divides only on demand.
 *
 * <p>What is counted: each linked issue; for a linked epic, its child issues instead of the epic
 * itself (the epic is the container, the children are the work), or the epic itself when none of
 * its children is visible. An issue reached twice (linked directly and as an epic's child) counts
 * once. Issues the user cannot see are not counted at all (see {@link IssueSource}). Unestimated
 * issues count 0 points.
 */
public record WorkProgress(WorkBasis basis, int doneIssues, int totalIssues, double donePoints, double totalPoints) {

    public static WorkProgress of(WorkBasis basis, List<LinkedIssue> linked) {
        Map<Long, LinkedIssue> counted = new LinkedHashMap<>();
        for (LinkedIssue issue : linked) {
            if (issue.epic() && !issue.children().isEmpty()) {
                issue.children().forEach(child -> counted.putIfAbsent(child.issueId(), child));
            } else {
                counted.putIfAbsent(issue.issueId(), issue);
            }
        }
        int done = 0;
        double donePoints = 0;
        double totalPoints = 0;
        for (LinkedIssue issue : counted.values()) {
            totalPoints += issue.points();
            if (issue.done()) {
                done++;
                donePoints += issue.points();
            }
        }
        return new WorkProgress(basis, done, counted.size(), donePoints, totalPoints);
    }

    /** Done / total on the chosen basis, or empty when there is nothing to count (no visible issue, no points). */
    public OptionalDouble fraction() {
        if (basis == WorkBasis.ISSUE_COUNT) {
            return totalIssues == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) doneIssues / totalIssues);
        }
        return totalPoints == 0 ? OptionalDouble.empty() : OptionalDouble.of(donePoints / totalPoints);
    }
}
