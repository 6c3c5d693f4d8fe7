package io.lodestar.core.kpi;

/** Which summary of a {@link Distribution} a duration KPI reports (cycle time p85, median lead time...). */
public enum Statistic {
    MEAN,
    MEDIAN,
    PERCENTILE_85,
    PERCENTILE_95;

    public KpiValue of(Distribution distribution) {
        return switch (this) {
            case MEAN -> distribution.mean();
            case MEDIAN -> distribution.median();
            case PERCENTILE_85 -> distribution.percentile85();
            case PERCENTILE_95 -> distribution.percentile95();
        };
    }
}
