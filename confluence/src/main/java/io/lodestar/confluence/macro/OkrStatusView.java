package io.lodestar.confluence.macro;

import java.util.List;

/**
 * What the OKR status template shows: the cycle (name, elapsed share) and the objectives the macro's parameters
 * chose, each with its key results, plus where they are on Jira's OKR page. {@code export} asks for a plain table
 * (PDF, Word, e-mail). Templates read only these getters (listed in the descriptor's velocity-allowlist).
 */
public final class OkrStatusView {
    private final String cycleName;
    private final int elapsedPercent;
    private final String okrPageUrl;
    private final List<ObjectiveRow> objectives;
    private final boolean export;

    OkrStatusView(String cycleName, int elapsedPercent, String okrPageUrl, List<ObjectiveRow> objectives, boolean export) {
        this.cycleName = cycleName;
        this.elapsedPercent = elapsedPercent;
        this.okrPageUrl = okrPageUrl;
        this.objectives = List.copyOf(objectives);
        this.export = export;
    }

    public String getCycleName() {
        return cycleName;
    }

    /** How much of the cycle has passed, 0..100. */
    public int getElapsedPercent() {
        return elapsedPercent;
    }

    /** Jira's OKR page at this cycle (and team). */
    public String getOkrPageUrl() {
        return okrPageUrl;
    }

    /** Roots first, each followed by its aligned children ({@link ObjectiveRow#getDepth()}). */
    public List<ObjectiveRow> getObjectives() {
        return objectives;
    }

    public boolean isEmpty() {
        return objectives.isEmpty();
    }

    public boolean isExport() {
        return export;
    }

    /** One objective as a row: its score, band, status and progress, and its key results. */
    public static final class ObjectiveRow {
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

    /** One key result: its score and where its value stands between start and target. */
    public static final class KeyResultRow {
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

    /** A score as the OKR page shows it: text rounded down, band lozenge, bar width. Unscored: no text. */
    public static final class Score {
        private final String text;
        private final String band;
        private final int percent;

        Score(String text, String band, int percent) {
            this.text = text;
            this.band = band;
            this.percent = percent;
        }

        public boolean isScored() {
            return !text.isEmpty();
        }

        public String getText() {
            return text;
        }

        /** GREEN, YELLOW, RED, or NONE when unscored. */
        public String getBand() {
            return band;
        }

        public String getBandKey() {
            return "okr.macro.band." + band;
        }

        /** AUI lozenge class of the band. */
        public String getLozengeClass() {
            return switch (band) {
                case "GREEN" -> "aui-lozenge-success";
                case "YELLOW" -> "aui-lozenge-moved";
                case "RED" -> "aui-lozenge-error";
                default -> "aui-lozenge-subtle";
            };
        }

        /** Width of the progress bar, 0..100. */
        public int getPercent() {
            return percent;
        }
    }
}
