package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.require;

/** A Jira issue or epic (by its numeric Jira issue id) linked to a linked-work key result. */
public record IssueLink(long keyResultId, long issueId) {

    public IssueLink {
        require(keyResultId > 0, "link.keyResultId", "must reference a stored key result");
        require(issueId > 0, "link.issueId", "must be a Jira issue id");
    }
}
