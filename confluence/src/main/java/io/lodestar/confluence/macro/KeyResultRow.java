package io.lodestar.confluence.macro;

/** One key result: its score and where its value stands between start and target. */
public final class KeyResultRow {
    private final String title;
    private final Score score;
    private final String currentText;
    private final String targetText;

    KeyResultRow(String title, Score score, String currentText, String targetText) {
        this.title = title;
        this.score = score;
        this.currentText = currentText;
        this.targetText = targetText;
    }

    public String getTitle() {
        return title;
    }

    public Score getScore() {
        return score;
    }

    /** The current value as Jira gives it, with its unit; empty when none. */
    public String getCurrentText() {
        return currentText;
    }

    /** The target with its unit; empty for milestones and linked work. */
    public String getTargetText() {
        return targetText;
    }
}
