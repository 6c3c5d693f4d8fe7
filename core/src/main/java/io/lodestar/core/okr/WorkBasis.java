package io.lodestar.core.okr;

/** What a linked-work key result counts: done issues, or done story points. */
public enum WorkBasis {
    ISSUE_COUNT,
    STORY_POINTS
}
