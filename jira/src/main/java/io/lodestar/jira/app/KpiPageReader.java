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
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.IssueHistory;
import io.lodestar.core.kpi.KpiParameter;
import io.lodestar.core.kpi.KpiPeriod;
import io.lodestar.core.kpi.StatusSelection;
import io.lodestar.core.kpi.flow.TimeInStatusCalculator;
import io.lodestar.core.kpi.flow.TimeInStatusReport;
import io.lodestar.core.kpi.release.ReleaseCalculator;
import io.lodestar.core.kpi.release.ReleaseSummary;
import io.lodestar.core.kpi.throughput.PeriodThroughput;
import io.lodestar.core.kpi.throughput.ThroughputCalculator;
import io.lodestar.core.kpi.throughput.WorkInProgress;
import io.lodestar.core.kpi.throughput.WorkInProgressCalculator;
import io.lodestar.core.kpi.throughput.WorkInProgressKpiCalculator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.function.Predicate;
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
 * <p>Reads only stored values: the scorecard and a KPI's view recompute nothing; values are recorded by background
 * runs ({@code io.lodestar.core.kpi.run.KpiMeasuring}), never by viewing.
 * The scorecard costs the same number of store reads for 2 KPIs as for 20 ({@link KpiStore#measurementsOf},
 * {@link OkrStore#keyResultsTracking}).
 * Sprint reports and the other issue lists (control chart, deliveries, throughput, WIP, releases, time in status) are
 * computed now from the issues the viewer may browse, so an issue list never shows an issue the viewer cannot browse;
 * they record nothing, but they do read the source's issues when opened: the throughput weeks and the work in progress
 * days only the issues changed since the first of them or not done ({@link IssueHistorySource#load(KpiDataSource,
 * Instant)}), the others every issue of the source.
 */
public final class KpiPageReader {

    private static final Set<KpiType> FLOW_TIMES = EnumSet.of(KpiType.RESOLUTION_TIME, KpiType.LEAD_TIME, KpiType.CYCLE_TIME);

    private final KpiStore store;
    private final OkrStore okrs;
    private final IssueHistorySource issues;
    private final OkrAccess access;
    private final JiraPermissions permissions;
    private final Clock clock;

    public KpiPageReader(KpiStore store, OkrStore okrs, IssueHistorySource issues, OkrAccess access,
                         JiraPermissions permissions, Clock clock) {
        this.store = store;
        this.okrs = okrs;
        this.issues = issues;
        this.access = access;
        this.permissions = permissions;
        this.clock = clock;
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
    /** False on a Jira without Jira Software: the velocity and sprint views then say they need it. */
    public boolean sprintsAvailable() {
        return issues.hasSprints();
    }

    public Read<List<SprintReport>> sprints(long kpiId) {
        KpiDefinition definition = visibleDefinition(kpiId);
        if (definition.frequency() != Frequency.PER_SPRINT) {
            throw new InvalidInputException("kpi", definition.name() + " is not measured per sprint");
        }
        return new Read<>(definition, SprintKpiCalculator.reports(definition, issues.load(definition.dataSource())));
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
        return new OnTimeDeliveryCalculator(definition.formula().get(KpiParameter.DEADLINE))
                .measure(issues.load(definition.dataSource()).issues());
    }

    /**
     * The issues done in each of the last {@code weeks} complete weeks (Monday to Sunday in the KPI's zone), oldest
     * first, of a THROUGHPUT or VELOCITY_PER_WEEK KPI measured per calendar period, with its done statuses, from the
     * issues the viewer may browse. A week ends before the clock's week, as the recorded values do.
     *
     * @throws AccessDeniedException when the viewer may not see the KPI's values
     * @throws InvalidInputException on {@code kpi} for another type or a KPI measured per sprint (its velocity view)
     */
    public Read<List<PeriodThroughput>> throughput(long kpiId, int weeks) {
        KpiDefinition definition = visibleDefinition(kpiId);
        KpiType type = definition.formula().type();
        if ((type != KpiType.THROUGHPUT && type != KpiType.VELOCITY_PER_WEEK) || definition.frequency() == Frequency.PER_SPRINT) {
            throw new InvalidInputException("kpi", definition.name() + " is not a throughput measured per calendar period");
        }
        List<KpiPeriod> periods = new ArrayList<>(weeks);
        KpiPeriod week = KpiPeriod.lastCompleteBefore(Frequency.WEEKLY, clock.instant(), definition.zone());
        for (int i = 0; i < weeks; i++) {
            periods.add(week);
            week = KpiPeriod.lastCompleteBefore(Frequency.WEEKLY, week.start(), definition.zone());
        }
        Collections.reverse(periods);
        // Only what changed since the first week, or is not done, can be done in one of the weeks.
        IssueHistory history = periods.isEmpty() ? issues.load(definition.dataSource())
                : issues.load(definition.dataSource(), periods.get(0).start());
        return new Read<>(definition, new ThroughputCalculator(done(definition, history)).over(history.issues(), periods));
    }

    /**
     * The work in progress of a WORK_IN_PROGRESS KPI at the end of each of the last {@code days} complete days (its
     * zone), oldest first: the issues whose status at that instant is one of the KPI's in-progress statuses, from
     * the issues the viewer may browse.
     *
     * @throws AccessDeniedException when the viewer may not see the KPI's values
     * @throws InvalidInputException on {@code kpi} for another type
     */
    public Read<List<WorkInProgress>> workInProgress(long kpiId, int days) {
        KpiDefinition definition = visibleDefinition(kpiId);
        if (definition.formula().type() != KpiType.WORK_IN_PROGRESS) {
            throw new InvalidInputException("kpi", definition.name() + " is not a work in progress");
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), definition.zone());
        List<Instant> dayEnds = new ArrayList<>(days);
        for (int back = days; back >= 1; back--) {
            // The day's last instant, as WorkInProgressKpiCalculator reads a period: what was still open at its close.
            dayEnds.add(KpiPeriod.day(today.minusDays(back), definition.zone()).end().minusMillis(1));
        }
        // With the In Progress category, a done issue unchanged since the first day was in progress on none of them;
        // configured statuses may name a done one, so they read every issue.
        IssueHistory history = WorkInProgressKpiCalculator.byStatusCategory(definition) && days > 0
                ? issues.load(definition.dataSource(), KpiPeriod.day(today.minusDays(days), definition.zone()).start())
                : issues.load(definition.dataSource());
        StatusSelection inProgress = StatusSelection.of(definition.formula().get(KpiParameter.WIP_STATUS_IDS),
                StatusCategory.IN_PROGRESS, history.statuses(), history.issues());
        return new Read<>(definition, new WorkInProgressCalculator(inProgress).series(history.issues(), dayEnds));
    }

    /**
     * The last {@code versions} released versions of a BUGS_PER_RELEASE or VELOCITY_PER_RELEASE KPI's source, by
     * release date, each with its bugs and its done issues, from the issues the viewer may browse.
     *
     * @throws AccessDeniedException when the viewer may not see the KPI's values
     * @throws InvalidInputException on {@code kpi} for another type
     */
    public Read<List<ReleaseSummary>> releases(long kpiId, int versions) {
        KpiDefinition definition = visibleDefinition(kpiId);
        KpiType type = definition.formula().type();
        if (type != KpiType.BUGS_PER_RELEASE && type != KpiType.VELOCITY_PER_RELEASE) {
            throw new InvalidInputException("kpi", definition.name() + " is not measured per release");
        }
        IssueHistory history = issues.load(definition.dataSource());
        List<ReleaseSummary> all = new ReleaseCalculator(done(definition, history),
                io.lodestar.core.kpi.release.ReleaseKpiCalculator.bugTypes(definition)).releases(history.issues());
        return new Read<>(definition, all.subList(Math.max(0, all.size() - versions), all.size()));
    }

    /**
     * Time in status of a TIME_IN_STATUS KPI: the last {@code count} resolved issues of its source (by resolution,
     * oldest first), each replayed from its creation to its resolution, with the totals per status of exactly those
     * issues, and which statuses the KPI measures; from the issues the viewer may browse.
     *
     * @throws AccessDeniedException when the viewer may not see the KPI's values
     * @throws InvalidInputException on {@code kpi} for another type
     */
    public TimeInStatus timeInStatus(long kpiId, int count) {
        KpiDefinition definition = visibleDefinition(kpiId);
        if (definition.formula().type() != KpiType.TIME_IN_STATUS) {
            throw new InvalidInputException("kpi", definition.name() + " is not a time in status");
        }
        IssueHistory history = issues.load(definition.dataSource());
        Instant now = clock.instant();
        List<IssueSnapshot> resolved = history.issues().stream()
                .filter(issue -> issue.resolved() != null && !issue.resolved().toInstant().isAfter(now))
                .sorted(Comparator.comparing((IssueSnapshot issue) -> issue.resolved().toInstant())
                        .thenComparing(IssueSnapshot::key))
                .toList();
        List<IssueSnapshot> shown = resolved.subList(Math.max(0, resolved.size() - count), resolved.size());
        StatusSelection measured = StatusSelection.of(definition.formula().get(KpiParameter.MEASURED_STATUS_IDS),
                StatusCategory.IN_PROGRESS, history.statuses(), history.issues());
        return new TimeInStatus(new TimeInStatusCalculator(now).measure(shown), measured);
    }

    /** What was computed for a KPI, with the definition it was computed for (its unit, type and zone say how to show it). */
    public record Read<T>(KpiDefinition definition, T value) {
    }

    /** Time in status of some issues, and the KPI's measured statuses (the In Progress category by default). */
    public record TimeInStatus(TimeInStatusReport report, Predicate<String> measured) {
    }

    private static StatusSelection done(KpiDefinition definition, IssueHistory history) {
        return io.lodestar.core.kpi.sprint.SprintKpiCalculator.done(definition, history);
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
