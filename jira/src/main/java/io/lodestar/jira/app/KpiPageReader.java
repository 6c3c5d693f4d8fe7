package io.lodestar.jira.app;

import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.IssueHistorySource;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiStore;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.delivery.OnTimeDeliveryCalculator;
import io.lodestar.core.kpi.delivery.OnTimeDeliveryReport;
import io.lodestar.core.kpi.flow.FlowKpiCalculator;
import io.lodestar.core.kpi.flow.FlowTimes;
import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.kpi.sprint.SprintKpiCalculator;
import io.lodestar.core.kpi.sprint.SprintReport;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.OkrStore;
import io.lodestar.jira.host.JiraPermissions;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the KPI page reads, with its rule of who sees what: a KPI's values (its recorded measurements, its sprints)
 * are shown only to users who may browse every project of its data source; others see that the KPI exists (its
 * name, team, owner, type and frequency) and nothing else.
 *
 * <p>The projects of a data source: for a project source, that project. A board's filter and a JQL query can reach
 * any project (which ones depends on the query and on the data of the day), so for those the viewer must browse
 * every project of this Jira; this hides some KPIs from users who could have seen them, never the reverse.
 *
 * <p>Reads only stored values: the scorecard and a KPI's view recompute nothing (the REST {@code refresh} does).
 * The scorecard costs the same number of store reads for 2 KPIs as for 20 ({@link KpiStore#measurementsOf},
 * {@link OkrStore#keyResultsTracking}).
 * Sprint reports are computed now from the issues the viewer may browse, so an issue list never shows an issue the
 * viewer cannot browse.
 */
public final class KpiPageReader {

    private static final Set<KpiType> FLOW_TIMES = EnumSet.of(KpiType.RESOLUTION_TIME, KpiType.LEAD_TIME, KpiType.CYCLE_TIME);

    private final KpiStore store;
    private final OkrStore okrs;
    private final IssueHistorySource issues;
    private final OkrAccess access;
    private final JiraPermissions permissions;

    public KpiPageReader(KpiStore store, OkrStore okrs, IssueHistorySource issues, OkrAccess access,
                         JiraPermissions permissions) {
        this.store = store;
        this.okrs = okrs;
        this.issues = issues;
        this.access = access;
        this.permissions = permissions;
    }

    /**
     * A KPI as the viewer may see it: {@code measurements} oldest first and the key results it backs, both empty when
     * {@code valuesVisible} is false.
     */
    public record VisibleKpi(KpiDefinition definition, List<KpiMeasurement> measurements, boolean valuesVisible,
                             List<KeyResult> keyResults) {

        public VisibleKpi {
            measurements = List.copyOf(measurements);
            keyResults = List.copyOf(keyResults);
        }

        public KpiActions.KpiRecord record() {
            return new KpiActions.KpiRecord(definition, measurements);
        }
    }

    /** The KPIs of a team (any case), or of all teams when {@code team} is blank, by id. */
    public List<VisibleKpi> scorecard(String team) {
        access.requireUser();
        List<KpiDefinition> definitions = KpiDefinition.teamKey(team) == null ? store.definitions()
                : store.definitionsOf(team);
        Map<String, Boolean> decided = new HashMap<>();
        List<KpiDefinition> visible = definitions.stream()
                .filter(definition -> decided.computeIfAbsent(sourceKey(definition.dataSource()),
                        key -> mayBrowseSource(definition.dataSource())))
                .toList();
        List<Long> visibleIds = visible.stream().map(KpiDefinition::id).toList();
        Map<Long, List<KpiMeasurement>> values = store.measurementsOf(visibleIds);
        Map<Long, List<KeyResult>> backed = byKpi(visibleIds.isEmpty() ? List.of() : okrs.keyResultsTracking(visibleIds));
        return definitions.stream().map(definition -> values.containsKey(definition.id())
                ? new VisibleKpi(definition, values.get(definition.id()), true, backed.getOrDefault(definition.id(), List.of()))
                : new VisibleKpi(definition, List.of(), false, List.of())).toList();
    }

    public VisibleKpi kpi(long kpiId) {
        access.requireUser();
        KpiDefinition definition = store.find(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
        return mayBrowseSource(definition.dataSource())
                ? new VisibleKpi(definition, store.measurements(kpiId), true, okrs.keyResultsTracking(List.of(kpiId)))
                : new VisibleKpi(definition, List.of(), false, List.of());
    }

    /**
     * The closed sprints of a per-sprint KPI's source, oldest first, as Jira's velocity chart and sprint report count
     * them, computed now from the issues the viewer may browse.
     *
     * @throws AccessDeniedException when the viewer may not see the KPI's values
     * @throws InvalidInputException on {@code kpi} for a KPI not measured per sprint
     */
    public List<SprintReport> sprints(long kpiId) {
        KpiDefinition definition = visibleDefinition(kpiId);
        if (definition.frequency() != Frequency.PER_SPRINT) {
            throw new InvalidInputException("kpi", definition.name() + " is not measured per sprint");
        }
        return SprintKpiCalculator.reports(definition, issues.load(definition.dataSource()));
    }

    /**
     * Every finished issue's resolution, lead or cycle time for a control chart, measured as the KPI measures it,
     * from the issues the viewer may browse.
     *
     * @throws AccessDeniedException when the viewer may not see the KPI's values
     * @throws InvalidInputException on {@code kpi} for a KPI that is not a resolution, lead or cycle time
     */
    public FlowTimes flowTimes(long kpiId) {
        KpiDefinition definition = visibleDefinition(kpiId);
        if (!FLOW_TIMES.contains(definition.formula().type())) {
            throw new InvalidInputException("kpi", definition.name() + " is not a resolution, lead or cycle time");
        }
        return FlowKpiCalculator.flowTimes(definition, issues.load(definition.dataSource()));
    }

    /**
     * Every resolved issue of an ON_TIME_DELIVERY KPI's source that had a deadline, with where the deadline came from
     * and how late it was delivered, measured as the KPI measures it, from the issues the viewer may browse.
     *
     * @throws AccessDeniedException when the viewer may not see the KPI's values
     * @throws InvalidInputException on {@code kpi} for another type
     */
    public OnTimeDeliveryReport deliveries(long kpiId) {
        KpiDefinition definition = visibleDefinition(kpiId);
        if (definition.formula().type() != KpiType.ON_TIME_DELIVERY) {
            throw new InvalidInputException("kpi", definition.name() + " is not an on-time delivery");
        }
        return new OnTimeDeliveryCalculator().measure(issues.load(definition.dataSource()).issues());
    }

    private KpiDefinition visibleDefinition(long kpiId) {
        access.requireUser();
        KpiDefinition definition = store.find(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
        if (!mayBrowseSource(definition.dataSource())) {
            throw new AccessDeniedException("only users who may browse every project of the KPI's data source see its values");
        }
        return definition;
    }

    private boolean mayBrowseSource(KpiDataSource source) {
        // The one rule of OkrAccess#canSeeKpiValues, which takes a definition: a project source's project, else every project.
        return source.kind() == KpiDataSource.Kind.PROJECT ? permissions.mayBrowseProject(source.reference())
                : permissions.mayBrowseEveryProject();
    }

    private static Map<Long, List<KeyResult>> byKpi(List<KeyResult> keyResults) {
        Map<Long, List<KeyResult>> byKpi = new HashMap<>();
        for (KeyResult keyResult : keyResults) {
            byKpi.computeIfAbsent(((Measure.KpiBacked) keyResult.measure()).kpiId(), id -> new ArrayList<>()).add(keyResult);
        }
        return byKpi;
    }

    private static String sourceKey(KpiDataSource source) {
        return source.kind() == KpiDataSource.Kind.PROJECT ? "project:" + source.reference().strip().toUpperCase(java.util.Locale.ROOT)
                : "all";
    }
}
