package io.lodestar.confluence.macro;

/** A score as the OKR page shows it: text rounded down, band lozenge, bar width. Unscored: no text. */
public final class Score {
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
