package io.lodestar.jira.web.issuepanel;

import java.util.List;

/**
 * Everything the issue panel's template shows: the issue, whether the user may link it to a key result, and one
 * entry per key result it moves. Text is not here: the template takes every text from {@code okr.issuepanel.*}
 * keys, and the entries carry the keys of their variable texts.
 */
public final class IssuePanelView {
    private final String issueKey;
    private final long issueId;
    private final String baseUrl;
    private final boolean canLink;
    private final List<IssuePanelEntry> entries;

    IssuePanelView(String issueKey, long issueId, String baseUrl, boolean canLink, List<IssuePanelEntry> entries) {
        this.issueKey = issueKey;
        this.issueId = issueId;
        this.baseUrl = baseUrl;
        this.canLink = canLink;
        this.entries = List.copyOf(entries);
    }

    public String getIssueKey() {
        return issueKey;
    }

    public long getIssueId() {
        return issueId;
    }

    /** The host's context path ("" or e.g. "/jira"), which the panel's scripts prefix to their URLs. */
    public String getBaseUrl() {
        return baseUrl;
    }

    /** Whether the user may edit a linked-work key result of an open cycle, so the picker has something to offer. */
    public boolean isCanLink() {
        return canLink;
    }

    /** The key results the issue moves: open cycles first, then by cycle, objective and key result. */
    public List<IssuePanelEntry> getEntries() {
        return entries;
    }

    /**
     * Whether the issue moves no key result. Not named isEmpty: Velocity 2 reads an object with an empty isEmpty()
     * as false in {@code #if}, which would hide the whole panel.
     */
    public boolean isNothingLinked() {
        return entries.isEmpty();
    }
}
