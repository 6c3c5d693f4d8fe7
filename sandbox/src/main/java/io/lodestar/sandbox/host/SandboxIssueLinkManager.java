package io.lodestar.sandbox.host;

import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import java.util.List;

/**
 * Jira's {@link IssueLinkManager} over the exported issues. An export has each issue's Epic Link field; Jira
 * Software Data Center stores the same relation as an outward "Epic-Story Link" from the epic to each of its
 * issues, which is what this returns.
 */
public final class SandboxIssueLinkManager implements IssueLinkManager {

    static final String EPIC_STORY_LINK = "Epic-Story Link";

    private final ExportedIssues issues;

    public SandboxIssueLinkManager(ExportedIssues issues) {
        this.issues = issues;
    }

    @Override
    public List<IssueLink> getOutwardLinks(Long sourceIssueId) {
        return issues.byId(sourceIssueId)
                .map(epic -> issues.inEpic(epic.getKey()).stream()
                        .<IssueLink>map(child -> new EpicLink(epic.getId(), child.getId()))
                        .toList())
                .orElse(List.of());
    }

    record EpicLink(Long sourceId, Long destinationId) implements IssueLink, IssueLinkType {
        /** Jira's link has it; declared without {@code @Override} since the host-api keeps only what the app calls. */
        public Long getSourceId() {
            return sourceId;
        }

        @Override
        public Long getDestinationId() {
            return destinationId;
        }

        @Override
        public IssueLinkType getIssueLinkType() {
            return this;
        }

        @Override
        public String getName() {
            return EPIC_STORY_LINK;
        }
    }
}
