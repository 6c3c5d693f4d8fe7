package io.lodestar.core.kpi;

import static io.lodestar.core.common.InvalidInputException.requirePresent;

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

    /**
     * The sprint, throughput, WIP and release KPIs computed in core. The time and delivery KPIs
     * (lead, cycle, resolution time, time in status, on-time delivery) are added with {@link #with}.
     */
    public static KpiCalculators builtIn() {
        SprintKpiCalculator sprint = new SprintKpiCalculator();
        ThroughputKpiCalculator throughput = new ThroughputKpiCalculator();
        ReleaseKpiCalculator release = new ReleaseKpiCalculator();
        return none()
                .with(KpiType.VELOCITY, sprint)
                .with(KpiType.AVERAGE_VELOCITY, sprint)
                .with(KpiType.SAY_DO_RATIO, sprint)
                .with(KpiType.SCOPE_CHANGE, sprint)
                .with(KpiType.THROUGHPUT, throughput)
                .with(KpiType.VELOCITY_PER_WEEK, throughput)
                .with(KpiType.WORK_IN_PROGRESS, new WorkInProgressKpiCalculator())
                .with(KpiType.BUGS_PER_RELEASE, release)
                .with(KpiType.VELOCITY_PER_RELEASE, release);
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
