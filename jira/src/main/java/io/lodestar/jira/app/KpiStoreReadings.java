package io.lodestar.jira.app;

import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiStore;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.okr.KpiReading;
import io.lodestar.core.okr.KpiReadings;
import io.lodestar.core.okr.KpiScale;
import java.util.Optional;

/**
 * Core's OKR port {@link KpiReadings} over the KPI side's {@link KpiStore}: a KPI-backed key result
 * reads the KPI's latest recorded measurement, on the scale its unit gives ({@link #scaleOf}: a ratio KPI
 * reads as a percentage). A measurement that is not applicable (too few issues, no sprint...) gives no
 * reading, never 0, as the port's contract asks.
 *
 * <p>Two uses: for everyone ({@link #KpiStoreReadings(KpiStore)}, what grading a cycle freezes, which must
 * not depend on who closes it), and for the viewer of a page or a REST answer
 * ({@link #KpiStoreReadings(KpiStore, OkrAccess)}), which gives {@link KpiReading#hidden} for a KPI whose
 * values the current user may not see ({@link OkrAccess#canSeeKpiValues}).
 */
public final class KpiStoreReadings implements KpiReadings {

    private final KpiStore kpis;
    private final OkrAccess viewer;

    public KpiStoreReadings(KpiStore kpis) {
        this(kpis, null);
    }

    public KpiStoreReadings(KpiStore kpis, OkrAccess viewer) {
        this.kpis = kpis;
        this.viewer = viewer;
    }

    @Override
    public Optional<KpiReading> latest(long kpiId) {
        Optional<KpiDefinition> definition = readable(kpis, kpiId);
        if (definition.isEmpty()) {
            return Optional.empty();
        }
        KpiScale scale = scaleOf(definition.get());
        if (viewer != null && !viewer.canSeeKpiValues(definition.get())) {
            return Optional.of(KpiReading.hidden(kpiId, scale));
        }
        Optional<KpiMeasurement> latest = kpis.latestMeasurement(kpiId);
        return latest.filter(m -> m.value().isApplicable())
                .map(m -> new KpiReading(kpiId, m.value().value(), m.recordedAt(), scale));
    }

    /**
     * The KPI for what is read beside it (an OKR tree, a key result's value): empty when it is gone, and also when its
     * stored row is damaged, so that one bad KPI row never makes a cycle's OKRs unreadable (the KPI itself answers
     * with what is wrong, see {@code DamagedRecordMapper}).
     */
    static Optional<KpiDefinition> readable(KpiStore kpis, long kpiId) {
        try {
            return kpis.find(kpiId);
        } catch (io.lodestar.core.common.DamagedRecordException damaged) {
            return Optional.empty();
        }
    }

    /** The one rule of core's {@link KpiScale}, applied to a KPI: a ratio KPI's key results are percentages. */
    public static KpiScale scaleOf(KpiDefinition definition) {
        return KpiScale.of(definition);
    }

    /** The unit a person reads next to the KPI's values on its key results: "%" for a ratio, else the KPI's unit. */
    public static String keyResultUnit(KpiDefinition definition) {
        KpiUnit unit = definition.formula().type().unit();
        return scaleOf(definition).keyResultUnit(switch (unit) {
            case STORY_POINTS -> "story points";
            case ISSUES -> "issues";
            case DAYS -> "days";
            case HOURS -> "hours";
            case RATIO -> "";
        });
    }
}
