package io.lodestar.confluence.macro;

/** One period's value. */
public final class Period {
    private final String period;
    private final String valueText;

    Period(String period, String valueText) {
        this.period = period;
        this.valueText = valueText;
    }

    public String getPeriod() {
        return period;
    }

    /** The value on the KPI's scale; empty when the period could not be measured. */
    public String getValueText() {
        return valueText;
    }
}
