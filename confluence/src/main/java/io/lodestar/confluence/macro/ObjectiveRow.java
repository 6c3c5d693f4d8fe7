package io.lodestar.confluence.macro;

import java.util.List;

/** One objective as a row: its score, band, status and progress, and its key results. */
public final class ObjectiveRow {
    private final String title;
    private final String url;
    private final int depth;
    private final String ownerName;
    private final Score score;
    private final String statusKey;
    private final int hiddenIssues;
    private final List<KeyResultRow> keyResults;

    ObjectiveRow(String title, String url, int depth, String ownerName, Score score, String statusKey,
                 int hiddenIssues, List<KeyResultRow> keyResults) {
        this.title = title;
        this.url = url;
        this.depth = depth;
        this.ownerName = ownerName;
        this.score = score;
        this.statusKey = statusKey;
        this.hiddenIssues = hiddenIssues;
        this.keyResults = List.copyOf(keyResults);
    }

    public String getTitle() {
        return title;
    }

    /** The objective on Jira's OKR page. */
    public String getUrl() {
        return url;
    }

    /** 0 for a root, 1 for an objective aligned to it, and so on (at most 5, for the indentation class). */
    public int getDepth() {
        return depth;
    }

    public String getOwnerName() {
        return ownerName;
    }

    public Score getScore() {
        return score;
    }

    /** i18n key of the status (on track, at risk, off track, or not scored). */
    public String getStatusKey() {
        return statusKey;
    }

    /** Linked issues the viewer may not browse, left out of the score by Jira. */
    public int getHiddenIssues() {
        return hiddenIssues;
    }

    public List<KeyResultRow> getKeyResults() {
        return keyResults;
    }
}
