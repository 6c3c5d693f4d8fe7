package io.lodestar.confluence.macro;

import java.util.List;

/** One KPI. When the viewer may not see its values ({@code visible} false) only its name is shown. */
public final class KpiRow {
    private final String name;
    private final String url;
    private final boolean visible;
    private final String valueText;
    private final String unitKey;
    private final String targetText;
    private final String rating;
    private final String reason;
    private final String trendKey;
    private final String sparkline;
    private final List<Period> history;

    KpiRow(String name, String url, boolean visible, String valueText, String unitKey, String targetText, String rating,
           String reason, String trendKey, String sparkline, List<Period> history) {
        this.name = name;
        this.url = url;
        this.visible = visible;
        this.valueText = valueText;
        this.unitKey = unitKey;
        this.targetText = targetText;
        this.rating = rating;
        this.reason = reason;
        this.trendKey = trendKey;
        this.sparkline = sparkline;
        this.history = List.copyOf(history);
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public boolean isVisible() {
        return visible;
    }

    /** The latest value on the KPI's scale (a ratio as a percentage); empty when not measured. */
    public String getValueText() {
        return valueText;
    }

    /** i18n key of the unit after a value. */
    public String getUnitKey() {
        return unitKey;
    }

    /** The target ("5"), or the band ("2 – 5"); empty when the KPI has none. */
    public String getTargetText() {
        return targetText;
    }

    /** GREEN, YELLOW, RED or NONE. */
    public String getRating() {
        return rating;
    }

    public String getRatingKey() {
        return "okr.macro.band." + rating;
    }

    public String getLozengeClass() {
        return switch (rating) {
            case "GREEN" -> "aui-lozenge-success";
            case "YELLOW" -> "aui-lozenge-moved";
            case "RED" -> "aui-lozenge-error";
            default -> "aui-lozenge-subtle";
        };
    }

    /** Why there is no value (Jira's words); empty when there is one. */
    public String getReason() {
        return reason;
    }

    /** i18n key of the trend: improving, worsening, flat, or unknown. */
    public String getTrendKey() {
        return trendKey;
    }

    /** SVG polyline points of the recent values in a 100 x 24 box; empty with fewer than two values. */
    public String getSparkline() {
        return sparkline;
    }

    public boolean isHasSparkline() {
        return !sparkline.isEmpty();
    }

    /** The recent periods, oldest first (the export's table and the chart's text alternative). */
    public List<Period> getHistory() {
        return history;
    }
}
