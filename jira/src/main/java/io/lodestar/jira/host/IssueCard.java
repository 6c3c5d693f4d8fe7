package io.lodestar.jira.host;

import io.lodestar.core.okr.LinkedIssue;
import java.time.Instant;
import java.util.List;

/**
 * A linked issue as the OKR page lists it: what core's {@link LinkedIssue} knows (done, story points,
 * an epic's visible children) plus the text a person reads (key, summary, status name and category
 * key: "new", "indeterminate" or "done").
 */
public record IssueCard(long issueId, String key, String summary, String status, String statusCategory, boolean done,
                        Double storyPoints, boolean epic, List<IssueCard> children, int hiddenChildren, Instant doneAt) {

    /**
     * @param hiddenChildren how many of an epic's issues the current user may not browse (left out of {@code children})
     * @param doneAt         for a done issue, when it was done as far as Jira tells (its resolution date), else null
     */
    public IssueCard {
        children = children == null ? List.of() : List.copyOf(children);
        doneAt = done ? doneAt : null;
    }

    /** A card without a known instant of being done. */
    public IssueCard(long issueId, String key, String summary, String status, String statusCategory, boolean done,
                     Double storyPoints, boolean epic, List<IssueCard> children, int hiddenChildren) {
        this(issueId, key, summary, status, statusCategory, done, storyPoints, epic, children, hiddenChildren, null);
    }

    /** What core needs of this issue to measure linked work. */
    public LinkedIssue toLinkedIssue() {
        return epic
                ? LinkedIssue.epic(issueId, key, done, storyPoints, children.stream().map(IssueCard::toLinkedIssue).toList())
                : LinkedIssue.issue(issueId, key, done, storyPoints);
    }

    /** The story points, 0 when unestimated (as core counts them). */
    public double points() {
        return storyPoints == null ? 0.0 : storyPoints;
    }

    public long doneChildren() {
        return children.stream().filter(IssueCard::done).count();
    }
}
