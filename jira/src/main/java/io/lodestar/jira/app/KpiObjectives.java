package io.lodestar.jira.app;

import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.Indicator;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiFormula;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.okr.KpiProposal;
import io.lodestar.core.okr.KpiScale;
import java.time.ZoneOffset;

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
        KpiMeasurement latest = KpiMeasurement.latestClosed(kpi.measurements()).orElse(null);
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

    /**
     * "Keep it as a KPI" from a key result that reached its target: core's proposal ({@link KpiBridgeService#proposeKpiAtTarget}),
     * its name, direction and team, with the key result's target as the goal.
     *
     * @throws io.lodestar.core.common.NotFoundException when there is no such key result
     * @throws InvalidInputException on {@code keyResult} when it is not achieved or has no value (a milestone)
     */
    public KpiProposal proposeToKeep(long keyResultId) {
        access.requireUser();
        return bridge.proposeKpiAtTarget(keyResultId);
    }

    /**
     * The KPI definition that keeps a proposal: owned by {@code owner}, of the proposal's team, a growing goal whose
     * target is the key result's target and whose alert threshold is {@code alertThreshold}, both read on the KPI's
     * key-result scale and put back on the KPI's own ({@link io.lodestar.core.okr.KpiScale#toKpi}: a key result's 95 %
     * is a ratio KPI's 0.95). With no {@code source}, the data source is the team's project.
     *
     * @throws InvalidInputException on {@code kpi.source} when there is neither a source nor a team to default to, on
     *                               {@code kpi.goal.alertThreshold} when the threshold is on the good side of the target
     */
    public static KpiDefinition keptKpi(KpiProposal proposal, KpiType type, KpiDataSource source, Frequency frequency,
                                        double alertThreshold, String owner) {
        KpiDataSource dataSource = source != null ? source : proposal.team() == null ? null : KpiDataSource.project(proposal.team());
        InvalidInputException.requirePresent(dataSource, "kpi.source");
        KpiScale scale = type.unit() == KpiUnit.RATIO ? KpiScale.PERCENT : KpiScale.AS_IS;
        Direction direction = proposal.direction() == io.lodestar.core.okr.Direction.DECREASE ? Direction.LOWER_IS_BETTER
                : Direction.HIGHER_IS_BETTER;
        return KpiDefinition.of(proposal.name(), "Kept from an achieved key result: hold " + proposal.name() + ".",
                KpiFormula.of(type), dataSource, frequency, ZoneOffset.UTC, owner,
                KpiGoal.growing(direction, scale.toKpi(proposal.target()), scale.toKpi(alertThreshold)), null,
                Indicator.LAGGING).withTeam(proposal.team());
    }
}
