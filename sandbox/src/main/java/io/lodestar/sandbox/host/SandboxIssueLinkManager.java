package io.lodestar.sandbox.host;

import com.atlassian.jira.issue.link.IssueLink;
import com.atlassian.jira.issue.link.IssueLinkManager;
import com.atlassian.jira.issue.link.IssueLinkType;
import java.util.List;

/**
 * Jira's {@link IssueLinkManager} over the exported issues. An export has each issue's Epic Link field; Jira
 * Software Data Center stores the same relation as an outward "Epic-Story Link" from the epic to each of its
 * issues, which is what this returns. A sub-task's parent (the export's parent field) is, as in Jira, an inward
 * "jira_subtask_link" of the sub-task.
 */
public final class SandboxIssueLinkManager implements IssueLinkManager {

    static final String EPIC_STORY_LINK = "Epic-Story Link";
    static final String SUB_TASK_LINK = "jira_subtask_link";

    private final ExportedIssues issues;

    public SandboxIssueLinkManager(ExportedIssues issues) {
        this.issues = issues;
    }

    @Override
    public List<IssueLink> getOutwardLinks(Long sourceIssueId) {
        return issues.byId(sourceIssueId)
                .map(epic -> issues.inEpic(epic.getKey()).stream()
                        .<IssueLink>map(child -> new TypedLink(epic.getId(), child.getId(), EPIC_STORY_LINK))
                        .toList())
                .orElse(List.of());
    }

    /** The links into an issue: from its epic, and from its parent when it is a sub-task. */
    @Override
    public List<IssueLink> getInwardLinks(Long destinationIssueId) {
        return issues.byId(destinationIssueId).map(issue -> {
            List<IssueLink> inward = new java.util.ArrayList<>();
            issues.byKey(issue.snapshot().parentKey())
                    .ifPresent(parent -> inward.add(new TypedLink(parent.getId(), issue.getId(), SUB_TASK_LINK)));
            issues.byKey(issue.snapshot().epicKey()).ifPresent(epic -> inward.add(new TypedLink(epic.getId(), issue.getId(), EPIC_STORY_LINK)));
            return List.copyOf(inward);
        }).orElse(List.of());
    }

    /** A link of one of Jira's system types: the epic-story link or the sub-task link. */
    record TypedLink(Long sourceId, Long destinationId, String typeName) implements IssueLink, IssueLinkType {
        @Override
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
            return typeName;
        }
    }
}
