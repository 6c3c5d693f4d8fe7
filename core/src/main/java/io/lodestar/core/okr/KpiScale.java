package io.lodestar.core.okr;

import java.math.BigDecimal;

/**
 * How a KPI's numbers read on the key results it backs: the one rule that keeps a KPI and its key
 * results on the same scale.
 *
 * <p>The KPI side keeps a ratio as a fraction (on-time delivery 0.95, say/do 0.8), so that ratios can be
 * compared and averaged without guessing a scale. People, though, set a target of "95 %", not 0.95.
 * So a key result backed by a ratio KPI is a percentage: its start and target are percents (95 means
 * 95 %), its unit is {@value #PERCENT_UNIT}, and the KPI's value is multiplied by 100 before it is
 * compared with them. Every other KPI (story points, issues, days, hours) is read as it is.
 *
 * <p>Example: on-time delivery at 0.95 against a key result from 80 to 95 scores 1.0, not 0.0.
 */
public enum KpiScale {
    /** The KPI's value is the key result's value (a velocity of 32 story points is 32). */
    AS_IS,
    /** The KPI is a ratio kept as a fraction; its key results read it as a percentage (0.95 is 95 %). */
    PERCENT;

    /** The scale of a KPI's key results: {@link #PERCENT} for a ratio KPI, else {@link #AS_IS}. */
    public static KpiScale of(io.lodestar.core.kpi.KpiDefinition definition) {
        return definition.formula().type().unit() == io.lodestar.core.kpi.KpiUnit.RATIO ? PERCENT : AS_IS;
    }

    /** The unit of a key result backed by a percent-scaled KPI. */
    public static final String PERCENT_UNIT = "%";

    /**
     * The KPI's value on its key results' scale. The decimal point is moved on the value's decimal text, so
     * 0.95 becomes exactly 95 (a binary multiplication gives 94.99999999999999, which would display as 94.99
     * and score just under a target of 95).
     */
    public double toKeyResult(double kpiValue) {
        return this == PERCENT ? BigDecimal.valueOf(kpiValue).movePointRight(2).doubleValue() : kpiValue;
    }

    /** A key result's value (a start, a target) back on the KPI's own scale, e.g. to propose a KPI target. */
    public double toKpi(double keyResultValue) {
        return this == PERCENT ? BigDecimal.valueOf(keyResultValue).movePointLeft(2).doubleValue() : keyResultValue;
    }

    /** The unit a key result on the KPI shows: {@value #PERCENT_UNIT} for a ratio, else the KPI's own unit. */
    public String keyResultUnit(String kpiUnit) {
        return this == PERCENT ? PERCENT_UNIT : kpiUnit == null ? "" : kpiUnit.strip();
    }
}
