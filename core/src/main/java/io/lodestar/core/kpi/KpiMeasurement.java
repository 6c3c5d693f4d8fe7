package io.lodestar.core.kpi;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A KPI value recorded for a period: the value (possibly not applicable, with its reason) and when
 * it was computed. A KPI has at most one measurement per period key; recording again replaces it.
 *
 * <p>{@code provisional}: the period was still open when it was measured (this week so far), so a later run
 * measures it again. A measurement that is not provisional stands for a closed period and is frozen:
 * {@link KpiEvaluation} never rewrites it, so re-estimates, moves or reopened issues do not change history. Only
 * an administrator's explicit re-measure replaces it, and then {@code remeasuredBy} names who asked
 * ({@code recordedAt} says when); null otherwise.
 */
public record KpiMeasurement(long kpiId, KpiPeriod period, KpiValue value, Instant recordedAt, boolean provisional,
                             String remeasuredBy) {

    public KpiMeasurement {
        require(kpiId > 0, "kpi.id", "must reference a stored KPI");
        requirePresent(period, "kpi.measurement.period");
        requirePresent(value, "kpi.measurement.value");
        requirePresent(recordedAt, "kpi.measurement.recordedAt");
        remeasuredBy = remeasuredBy == null || remeasuredBy.isBlank() ? null : remeasuredBy.strip();
        require(!(provisional && remeasuredBy != null), "kpi.measurement.remeasuredBy",
                "only a closed period is re-measured");
    }

    /** The frozen measurement of a closed period, recorded by a scheduled or requested run. */
    public KpiMeasurement(long kpiId, KpiPeriod period, KpiValue value, Instant recordedAt) {
        this(kpiId, period, value, recordedAt, false, null);
    }

    /** The measurement of the period still open at {@code recordedAt}. */
    public static KpiMeasurement provisional(long kpiId, KpiPeriod period, KpiValue value, Instant recordedAt) {
        return new KpiMeasurement(kpiId, period, value, recordedAt, true, null);
    }

    /** Whether later runs leave it as it is: a closed period's measurement. */
    public boolean isFrozen() {
        return !provisional;
    }

    /** The latest frozen measurement of a list ordered by period start (what "the current value" of a KPI is). */
    public static Optional<KpiMeasurement> latestClosed(List<KpiMeasurement> ordered) {
        for (int i = ordered.size() - 1; i >= 0; i--) {
            if (ordered.get(i).isFrozen()) {
                return Optional.of(ordered.get(i));
            }
        }
        return Optional.empty();
    }

    /** The frozen measurements of a list, in its order (the history a trend and a chart read). */
    public static List<KpiMeasurement> closed(List<KpiMeasurement> ordered) {
        return ordered.stream().filter(KpiMeasurement::isFrozen).toList();
    }

    /** The provisional measurement of a list, if any (at most one: the open period's). */
    public static Optional<KpiMeasurement> open(List<KpiMeasurement> ordered) {
        return ordered.stream().filter(KpiMeasurement::provisional).reduce((first, second) -> second);
    }
}
