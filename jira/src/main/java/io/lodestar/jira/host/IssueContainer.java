package io.lodestar.jira.host;

/**
 * An issue that contains another one, through which that one moves the key results the container is linked to:
 * the epic an issue belongs to, or the parent of a sub-task.
 */
public record IssueContainer(long issueId, String key, Relation relation) {

    /** How the container holds the issue. */
    public enum Relation {
        /** The issue's parent: the issue is a sub-task of it. */
        PARENT,
        /** The epic the issue (or its parent) belongs to. */
        EPIC
    }
}
