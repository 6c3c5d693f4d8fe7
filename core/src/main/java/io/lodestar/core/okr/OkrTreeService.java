package io.lodestar.core.okr;

import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    public OkrTreeService(OkrStore store, IssueSource issues, KpiReadings kpis, Clock clock) {
        this.store = store;
        this.issues = issues;
        this.kpis = kpis;
        this.clock = clock;
    }

    /** The scored tree of a cycle, keeping only the objectives {@code filter} accepts. */
    public OkrTree load(long cycleId, OkrFilter filter) {
        OkrLookup.cycle(store, cycleId);
        return score(store.loadCycle(cycleId)).filter(filter);
    }

    /** The scored key results an issue is directly linked to, across cycles (for the issue panel). */
    public List<ScoredKeyResult> forIssue(long issueId) {
        Set<Long> cycleIds = new LinkedHashSet<>();
        List<KeyResult> linked = store.keyResultsLinkedTo(issueId);
        for (KeyResult kr : linked) {
            store.findObjective(kr.objectiveId()).ifPresent(o -> cycleIds.add(o.cycleId()));
        }
        Map<Long, ScoredKeyResult> scored = new HashMap<>();
        for (long cycleId : cycleIds) {
            OkrTree tree = score(store.loadCycle(cycleId));
            linked.forEach(kr -> tree.findKeyResult(kr.id()).ifPresent(s -> scored.put(kr.id(), s)));
        }
        return linked.stream().filter(kr -> scored.containsKey(kr.id())).map(kr -> scored.get(kr.id())).toList();
    }

    OkrTree score(CycleOkrs data) {
        Set<Long> issueIds = new LinkedHashSet<>();
        Set<Long> kpiIds = new LinkedHashSet<>();
        for (KeyResult kr : data.keyResults()) {
            if (kr.kind() == KeyResultKind.LINKED_WORK) {
                issueIds.addAll(data.linkedIssueIdsOf(kr.id()));
            } else if (kr.measure() instanceof Measure.KpiBacked kpi) {
                kpiIds.add(kpi.kpiId());
            }
        }
        Map<Long, KpiReading> readings = new HashMap<>();
        kpiIds.forEach(kpiId -> kpis.latest(kpiId).ifPresent(r -> readings.put(kpiId, r)));
        Map<Long, LinkedIssue> visible = new HashMap<>();
        if (!issueIds.isEmpty()) {
            issues.find(issueIds).forEach(issue -> visible.put(issue.issueId(), issue));
        }
        Map<Long, List<LinkedIssue>> byKeyResult = new HashMap<>();
        for (KeyResult kr : data.keyResults()) {
            if (kr.kind() == KeyResultKind.LINKED_WORK) {
                byKeyResult.put(kr.id(), data.linkedIssueIdsOf(kr.id()).stream()
                        .filter(visible::containsKey).map(visible::get).toList());
            }
        }
        return OkrTree.score(data, byKeyResult, readings, clock);
    }
}
