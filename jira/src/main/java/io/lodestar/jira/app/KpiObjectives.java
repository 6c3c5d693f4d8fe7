package io.lodestar.jira.app;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.kpi.Direction;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiGoal;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.Rating;
import io.lodestar.core.okr.KpiAlertSnapshot;
import io.lodestar.core.okr.KpiBridgeService;
import java.util.List;

/**
 * The KPI page's side of the loop between KPIs and OKRs: from a red KPI, a draft objective of the KPI's team with one
 * KPI-backed key result that takes the KPI from its latest recorded value to its target (core's
 * {@link io.lodestar.core.okr.KpiBridge}). The draft is owned by the user who asks, which is what anyone may create
 * ({@link OkrAccess}); only users who may see the KPI's values may draft from them.
 */
public final class KpiObjectives {

    private final KpiPageReader reader;
    private final KpiBridgeService bridge;
    private final OkrAccess access;

    public KpiObjectives(KpiPageReader reader, KpiBridgeService bridge, OkrAccess access) {
        this.reader = reader;
        this.bridge = bridge;
        this.access = access;
    }

    /**
     * @throws AccessDeniedException when the user may not see the KPI's values
     * @throws InvalidInputException on {@code kpi} when the KPI is not red or has no target to reach (a band)
     */
    public KpiBridgeService.Drafted draftFromRedKpi(long kpiId, Long cycleId) {
        String user = access.requireUser();
        KpiPageReader.VisibleKpi kpi = reader.kpi(kpiId);
        if (!kpi.valuesVisible()) {
            throw new AccessDeniedException("only users who may browse every project of the KPI's data source see its values");
        }
        InvalidInputException.requirePresent(cycleId, "cycleId");
        KpiDefinition definition = kpi.definition();
        if (!(definition.goal() instanceof KpiGoal.Growing growing)) {
            throw new InvalidInputException("kpi", definition.name() + " keeps a band, it has no target to reach");
        }
        List<KpiMeasurement> values = kpi.measurements();
        KpiMeasurement latest = values.isEmpty() ? null : values.get(values.size() - 1);
        if (latest == null || !latest.value().isApplicable() || growing.rate(latest.value().value()) != Rating.RED) {
            throw new InvalidInputException("kpi", definition.name() + " is not red");
        }
        // On the KPI's key-result scale (a ratio KPI drafts a key result in percent), as every KPI key result is.
        return bridge.draftFromAlert(new KpiAlertSnapshot(kpiId, definition.name(),
                KpiStoreReadings.keyResultUnit(definition), latest.value().value(), growing.target(),
                growing.direction() == Direction.HIGHER_IS_BETTER ? io.lodestar.core.okr.Direction.INCREASE
                        : io.lodestar.core.okr.Direction.DECREASE, definition.team(), KpiStoreReadings.scaleOf(definition)),
                cycleId, user);
    }
}
