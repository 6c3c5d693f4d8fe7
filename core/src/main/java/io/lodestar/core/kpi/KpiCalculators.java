package io.lodestar.core.kpi;

import static io.lodestar.core.common.InvalidInputException.requirePresent;

import io.lodestar.core.kpi.delivery.OnTimeDeliveryKpiCalculator;
import io.lodestar.core.kpi.flow.FlowKpiCalculator;
import io.lodestar.core.kpi.release.ReleaseKpiCalculator;
import io.lodestar.core.kpi.sprint.SprintKpiCalculator;
import io.lodestar.core.kpi.throughput.ThroughputKpiCalculator;
import io.lodestar.core.kpi.throughput.WorkInProgressKpiCalculator;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Which {@link KpiCalculator} computes each {@link KpiType}. Immutable: {@link #with} returns a copy,
 * so the place that builds the app's objects composes it once ({@code builtIn().with(CYCLE_TIME, ...)}).
 */
public final class KpiCalculators {

    private final Map<KpiType, KpiCalculator> byType;

    private KpiCalculators(Map<KpiType, KpiCalculator> byType) {
        this.byType = byType;
    }

    public static KpiCalculators none() {
        return new KpiCalculators(Map.of());
    }

    /** Every KPI of the catalog, each computed by its calculator in core. */
    public static KpiCalculators builtIn() {
        SprintKpiCalculator sprint = new SprintKpiCalculator();
        ThroughputKpiCalculator throughput = new ThroughputKpiCalculator();
        ReleaseKpiCalculator release = new ReleaseKpiCalculator();
        FlowKpiCalculator flow = new FlowKpiCalculator();
        return none()
                .with(KpiType.VELOCITY, sprint)
                .with(KpiType.AVERAGE_VELOCITY, sprint)
                .with(KpiType.SAY_DO_RATIO, sprint)
                .with(KpiType.SCOPE_CHANGE, sprint)
                .with(KpiType.THROUGHPUT, throughput)
                .with(KpiType.VELOCITY_PER_WEEK, throughput)
                .with(KpiType.WORK_IN_PROGRESS, new WorkInProgressKpiCalculator())
                .with(KpiType.BUGS_PER_RELEASE, release)
                .with(KpiType.VELOCITY_PER_RELEASE, release)
                .with(KpiType.ON_TIME_DELIVERY, new OnTimeDeliveryKpiCalculator())
                .with(KpiType.RESOLUTION_TIME, flow)
                .with(KpiType.LEAD_TIME, flow)
                .with(KpiType.CYCLE_TIME, flow)
                .with(KpiType.TIME_IN_STATUS, flow);
    }

    /** A copy where {@code type} is computed by {@code calculator}. */
    public KpiCalculators with(KpiType type, KpiCalculator calculator) {
        Map<KpiType, KpiCalculator> copy = new EnumMap<>(KpiType.class);
        copy.putAll(byType);
        copy.put(requirePresent(type, "kpi.type"), requirePresent(calculator, "kpi.calculator"));
        return new KpiCalculators(Collections.unmodifiableMap(copy));
    }

    public Optional<KpiCalculator> find(KpiType type) {
        return Optional.ofNullable(byType.get(type));
    }
}
