package io.lodestar.core.okr;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the scored OKR tree of a cycle, with status and forecast, as the OKR page, gadgets, the
 * issue panel and the Confluence macros show it. Read only.
 *
 * <p>Costs per call: one {@link OkrStore#loadCycle} call, one {@link IssueSource#find} call for all
 * linked issues of the cycle, and one {@link KpiReadings#latest} call per distinct KPI referenced.
 */
public final class OkrTreeService {

    private final OkrStore store;
    private final IssueSource issues;
    private final KpiReadings kpis;
    private final Clock clock;
    private final IssueQuery queries;

    /** A service whose key results from a JQL query are not run ({@link IssueQuery#NONE}). */
    public OkrTreeService(OkrStore store, IssueSource issues, KpiReadings kpis, Clock clock) {
        this(store, issues, kpis, clock, IssueQuery.NONE);
    }

    /** @param queries runs the JQL of key results from a query: one search per distinct query and field of a tree */
    public OkrTreeService(OkrStore store, IssueSource issues, KpiReadings kpis, Clock clock, IssueQuery queries) {
        this.store = store;
        this.issues = issues;
        this.kpis = kpis;
        this.clock = clock;
        this.queries = queries;
    }

    /** The scored tree of a cycle, keeping only the objectives {@code filter} accepts. */
    public OkrTree load(long cycleId, OkrFilter filter) {
        OkrLookup.cycle(store, cycleId);
        return score(store.loadCycle(cycleId)).filter(filter);
    }

    /**
     * The key results an issue moves, across cycles (for the issue panel): those linked to the issue itself or to
     * one of its containers (its epic, the parent of a sub-task), each scored as the OKR page scores it. When a key
     * result is linked to several of them, the first in {@code issueIds} is the one it counts through.
     *
     * <p>Costs: one {@link OkrStore#loadLinkedTo} call and one {@link IssueSource#find} call for the linked issues
     * of every key result found, whatever their number, plus one {@link KpiReadings#latest} per distinct KPI.
     *
     * @param issueIds the issue first, then its containers, nearest first
     */
    public List<IssueContribution> forIssue(List<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return List.of();
        }
        List<CycleOkrs> slices = store.loadLinkedTo(issueIds);
        Set<Long> linkedIds = new LinkedHashSet<>();
        slices.forEach(slice -> slice.links().forEach(link -> linkedIds.add(link.issueId())));
        Map<Long, LinkedIssue> visible = visible(linkedIds);
        List<IssueContribution> contributions = new ArrayList<>();
        for (CycleOkrs slice : slices) {
            OkrTree tree = score(slice, visible);
            Map<Long, Objective> objectives = new HashMap<>();
            slice.objectives().forEach(o -> objectives.put(o.id(), o));
            for (KeyResult kr : slice.keyResults()) {
                List<Long> ids = slice.linkedIssueIdsOf(kr.id());
                Optional<Long> through = issueIds.stream().filter(ids::contains).findFirst();
                Optional<ScoredKeyResult> scored = tree.findKeyResult(kr.id());
                if (through.isEmpty() || scored.isEmpty()) {
                    continue;
                }
                List<LinkedIssue> seen = ids.stream().filter(visible::containsKey).map(visible::get).toList();
                contributions.add(new IssueContribution(slice.cycle(), objectives.get(kr.objectiveId()), scored.get(),
                        through.get(), seen, ids.size() - seen.size()));
            }
        }
        return contributions;
    }

    OkrTree score(CycleOkrs data) {
        Set<Long> issueIds = new LinkedHashSet<>();
        for (KeyResult kr : data.keyResults()) {
            if (kr.kind() == KeyResultKind.LINKED_WORK) {
                issueIds.addAll(data.linkedIssueIdsOf(kr.id()));
            }
        }
        return score(data, visible(issueIds));
    }

    private Map<Long, LinkedIssue> visible(Set<Long> issueIds) {
        Map<Long, LinkedIssue> visible = new HashMap<>();
        if (!issueIds.isEmpty()) {
            issues.find(issueIds).forEach(issue -> visible.put(issue.issueId(), issue));
        }
        return visible;
    }

    /** The clock scores are computed at. */
    public Clock clock() {
        return clock;
    }

    /** The latest reading of each KPI the key results of {@code data} read, by KPI id: one read per distinct KPI. */
    public Map<Long, KpiReading> kpiReadingsOf(CycleOkrs data) {
        Set<Long> kpiIds = new LinkedHashSet<>();
        for (KeyResult kr : data.keyResults()) {
            if (kr.measure() instanceof Measure.KpiBacked kpi) {
                kpiIds.add(kpi.kpiId());
            }
        }
        Map<Long, KpiReading> readings = new HashMap<>();
        kpiIds.forEach(kpiId -> kpis.latest(kpiId).ifPresent(r -> readings.put(kpiId, r)));
        return readings;
    }

    /** What the JQL query of each key result from a query finds now, by key result id: one run per distinct query. */
    public Map<Long, QueryCount> queryCountsOf(CycleOkrs data) {
        Map<List<String>, QueryCount> runs = new HashMap<>();
        Map<Long, QueryCount> counts = new HashMap<>();
        for (KeyResult kr : data.keyResults()) {
            if (kr.measure() instanceof Measure.FromQuery query) {
                List<String> key = java.util.Arrays.asList(query.jql(), query.field());
                counts.put(kr.id(), runs.computeIfAbsent(key, k -> queries.count(query.jql(), query.field())));
            }
        }
        return counts;
    }

    private OkrTree score(CycleOkrs data, Map<Long, LinkedIssue> visible) {
        Map<Long, KpiReading> readings = kpiReadingsOf(data);
        Map<Long, List<LinkedIssue>> byKeyResult = new HashMap<>();
        for (KeyResult kr : data.keyResults()) {
            if (kr.kind() == KeyResultKind.LINKED_WORK) {
                byKeyResult.put(kr.id(), data.linkedIssueIdsOf(kr.id()).stream()
                        .filter(visible::containsKey).map(visible::get).toList());
            }
        }
        return OkrTree.score(data, byKeyResult, readings, queryCountsOf(data), clock);
    }
}
