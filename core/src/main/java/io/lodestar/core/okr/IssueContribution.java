package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;

import java.util.List;
import java.util.Optional;

/**
 * A key result that one issue moves, as the issue panel shows it: the key result scored exactly as the OKR page
 * scores it, with its objective and cycle, the linked issue through which the issue counts (the issue itself,
 * its epic, or the parent of a sub-task), and the key result's linked issues as the current user sees them.
 *
 * @param linkedThrough the id of the linked issue that carries the link: the issue itself or one of its containers
 * @param visibleIssues the key result's linked issues the current user may browse, epics with their visible children
 * @param hiddenIssues  how many of the key result's linked issues the current user may not browse (not counted)
 */
public record IssueContribution(Cycle cycle, Objective objective, ScoredKeyResult keyResult, long linkedThrough,
                                List<LinkedIssue> visibleIssues, int hiddenIssues) {

    public IssueContribution {
        requirePresent(cycle, "cycle");
        requirePresent(objective, "objective");
        requirePresent(keyResult, "keyResult");
        visibleIssues = List.copyOf(visibleIssues);
        require(hiddenIssues >= 0, "hiddenIssues", "must not be negative");
    }

    /** The visible linked issue that carries the link, when the user may see it. */
    public Optional<LinkedIssue> linkedIssue() {
        return visibleIssues.stream().filter(issue -> issue.issueId() == linkedThrough).findFirst();
    }
}
