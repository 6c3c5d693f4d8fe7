package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.require;

/**
 * A Jira issue or epic linked to a linked-work key result. The link is the numeric Jira issue id,
 * which survives moves and key changes; {@code issueKey} is the key it had when it was linked, kept
 * only as a label for places that cannot ask Jira (it may be null for links made without one).
 * Two links are the same link when they join the same key result and issue, whatever the label.
 */
public record IssueLink(long keyResultId, long issueId, String issueKey) {

    public IssueLink {
        require(keyResultId > 0, "link.keyResultId", "must reference a stored key result");
        require(issueId > 0, "link.issueId", "must be a Jira issue id");
        issueKey = issueKey == null || issueKey.isBlank() ? null : issueKey.strip();
    }

    /** A link without a display key. */
    public IssueLink(long keyResultId, long issueId) {
        this(keyResultId, issueId, null);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IssueLink link && link.keyResultId == keyResultId && link.issueId == issueId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(keyResultId) * 31 + Long.hashCode(issueId);
    }
}
