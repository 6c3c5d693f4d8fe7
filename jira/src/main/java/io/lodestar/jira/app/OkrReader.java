package io.lodestar.jira.app;

import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiStore;
import io.lodestar.core.okr.CheckIn;
import io.lodestar.core.okr.CheckInService;
import io.lodestar.core.okr.CycleOkrs;
import io.lodestar.core.okr.Finding;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.OkrFilter;
import io.lodestar.core.okr.OkrStore;
import io.lodestar.core.okr.OkrTree;
import io.lodestar.core.okr.OkrTreeService;
import io.lodestar.core.okr.QualityService;
import io.lodestar.core.okr.ScoredKeyResult;
import io.lodestar.core.okr.ScoredObjective;
import io.lodestar.jira.host.IssueCard;
import io.lodestar.jira.host.JiraIssueSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the OKR page, the issue panel and the REST API read: core's scored tree plus, for each
 * linked-work key result, the linked issues the current user may see, with their summaries and
 * statuses (core's tree keeps only the counts). Read only; logged-in users only.
 *
 * <p>Costs per tree: core's (one cycle load, one issue look-up) plus one more cycle load for the links
 * and one bulk issue look-up for the cards.
 */
public final class OkrReader {

    private final OkrStore store;
    private final OkrTreeService trees;
    private final CheckInService checkIns;
    private final JiraIssueSource issues;
    private final QualityService quality;
    private final OkrAccess access;
    private final KpiStore kpis;

    public OkrReader(OkrStore store, OkrTreeService trees, CheckInService checkIns, QualityService quality,
                     JiraIssueSource issues, OkrAccess access, KpiStore kpis) {
        this.store = store;
        this.trees = trees;
        this.checkIns = checkIns;
        this.quality = quality;
        this.issues = issues;
        this.access = access;
        this.kpis = kpis;
    }

    /**
     * A scored tree with the visible linked issues of each key result, how many linked issues the user may
     * not see (left out of lists and of progress, so scores differ between viewers), and the KPI each
     * KPI-backed key result reads.
     *
     * @param links        the visible linked issues by key result id (linked-work key results only)
     * @param hiddenLinks  by key result id, how many of its directly linked issues the user may not browse
     *                     (absent: none)
     * @param kpis         by KPI id, the KPIs the tree's key results read
     */
    public record CycleView(OkrTree tree, Map<Long, List<IssueCard>> links, Map<Long, Integer> hiddenLinks,
                            Map<Long, KpiCard> kpis) {

        public CycleView(OkrTree tree, Map<Long, List<IssueCard>> links) {
            this(tree, links, Map.of(), Map.of());
        }

        public List<IssueCard> linksOf(long keyResultId) {
            return links.getOrDefault(keyResultId, List.of());
        }

        public int hiddenLinksOf(long keyResultId) {
            return hiddenLinks.getOrDefault(keyResultId, 0);
        }

        /** The KPI a KPI-backed key result reads, or null for another kind (or a KPI deleted since). */
        public KpiCard kpiOf(ScoredKeyResult keyResult) {
            return keyResult.keyResult().measure() instanceof Measure.KpiBacked backed ? kpis.get(backed.kpiId()) : null;
        }
    }

    /** A key result an issue is linked to, with its objective, for the issue panel. */
    public record IssueEntry(ScoredKeyResult keyResult, Objective objective, List<IssueCard> links) {
    }

    /** The scored tree of a cycle, keeping the objectives {@code filter} accepts. */
    public CycleView cycle(long cycleId, OkrFilter filter) {
        access.requireUser();
        OkrTree tree = trees.load(cycleId, filter);
        Set<Long> keyResultIds = new LinkedHashSet<>();
        tree.objectives().forEach(o -> o.keyResults().forEach(kr -> keyResultIds.add(kr.keyResult().id())));
        CycleOkrs stored = store.loadCycle(cycleId);
        Map<Long, List<Long>> idsByKeyResult = new HashMap<>();
        Set<Long> allIds = new LinkedHashSet<>();
        for (long keyResultId : keyResultIds) {
            List<Long> ids = stored.linkedIssueIdsOf(keyResultId);
            if (!ids.isEmpty()) {
                idsByKeyResult.put(keyResultId, ids);
                allIds.addAll(ids);
            }
        }
        Map<Long, List<IssueCard>> cards = cardsByKeyResult(idsByKeyResult, allIds);
        Map<Long, Integer> hidden = new HashMap<>();
        idsByKeyResult.forEach((keyResultId, ids) -> {
            int unseen = ids.size() - cards.getOrDefault(keyResultId, List.of()).size();
            if (unseen > 0) {
                hidden.put(keyResultId, unseen);
            }
        });
        return new CycleView(tree, cards, hidden, kpiCards(tree));
    }

    /** One definition and one latest-value read per distinct KPI of the tree. */
    private Map<Long, KpiCard> kpiCards(OkrTree tree) {
        Set<Long> kpiIds = new LinkedHashSet<>();
        tree.objectives().forEach(o -> o.keyResults().forEach(kr -> {
            if (kr.keyResult().measure() instanceof Measure.KpiBacked backed) {
                kpiIds.add(backed.kpiId());
            }
        }));
        Map<Long, KpiCard> cards = new HashMap<>();
        for (long kpiId : kpiIds) {
            kpis.find(kpiId).ifPresent(definition -> cards.put(kpiId, kpiCard(definition)));
        }
        return cards;
    }

    private KpiCard kpiCard(KpiDefinition definition) {
        String unit = KpiStoreReadings.keyResultUnit(definition);
        if (!access.canSeeKpiValues(definition)) {
            return new KpiCard(definition.id(), definition.name(), definition.team(), null, unit, true);
        }
        Double current = kpis.latestMeasurement(definition.id()).filter(m -> m.value().isApplicable())
                .map(m -> KpiStoreReadings.scaleOf(definition).toKeyResult(m.value().value())).orElse(null);
        return new KpiCard(definition.id(), definition.name(), definition.team(), current, unit, false);
    }

    /** The tree of the objective's cycle, in which the objective is found with {@link OkrTree#find}. */
    public CycleView cycleOf(long objectiveId) {
        access.requireUser();
        Objective objective = store.findObjective(objectiveId).orElseThrow(() -> new NotFoundException("objective", objectiveId));
        return cycle(objective.cycleId(), OkrFilter.ALL);
    }

    /** The scored objective with this id, and the tree it was scored in. */
    public ScoredObjective objective(CycleView view, long objectiveId) {
        return view.tree().find(objectiveId).orElseThrow(() -> new NotFoundException("objective", objectiveId));
    }

    /**
     * The key results an issue is directly linked to, across cycles.
     *
     * @throws NotFoundException when the issue does not exist or the user may not browse it (the two
     *                           are not told apart, so a hidden issue's existence does not leak)
     */
    public List<IssueEntry> forIssue(String issueKey) {
        access.requireUser();
        IssueCard issue = issues.findByKey(issueKey).orElseThrow(() -> new NotFoundException("issue", issueKey));
        List<IssueEntry> entries = new ArrayList<>();
        for (ScoredKeyResult scored : trees.forIssue(issue.issueId())) {
            long keyResultId = scored.keyResult().id();
            Objective objective = store.findObjective(scored.keyResult().objectiveId())
                    .orElseThrow(() -> new NotFoundException("objective", scored.keyResult().objectiveId()));
            List<Long> ids = store.linkedIssueIdsOf(keyResultId);
            Map<Long, List<IssueCard>> links = cardsByKeyResult(Map.of(keyResultId, ids), new LinkedHashSet<>(ids));
            entries.add(new IssueEntry(scored, objective, links.getOrDefault(keyResultId, List.of())));
        }
        return entries;
    }

    /** The key result's check-ins, newest first. */
    public List<CheckIn> checkInsNewestFirst(long keyResultId) {
        access.requireUser();
        List<CheckIn> history = new ArrayList<>(checkIns.history(keyResultId));
        Collections.reverse(history);
        return history;
    }

    /**
     * The quality findings of a cycle; with a team, only those about the team, its objectives and their
     * key results. The KPI-count rule counts every stored KPI of each team (KPIs belong to no cycle;
     * those of no team are not counted), read in one query.
     */
    public List<Finding> findings(long cycleId, String team) {
        access.requireUser();
        List<Finding> all = quality.check(cycleId, kpiCountByTeam());
        if (team == null || team.isBlank()) {
            return all;
        }
        OkrTree tree = trees.load(cycleId, OkrFilter.team(team));
        Set<String> subjects = new LinkedHashSet<>();
        subjects.add("team:" + team.strip());
        for (ScoredObjective objective : tree.objectives()) {
            subjects.add("objective:" + objective.objective().id());
            objective.keyResults().forEach(kr -> subjects.add("keyResult:" + kr.keyResult().id()));
        }
        return all.stream().filter(f -> subjects.contains(f.subject())
                || f.subject().equalsIgnoreCase("team:" + team.strip())).toList();
    }

    private Map<String, Integer> kpiCountByTeam() {
        Map<String, Integer> counts = new HashMap<>();
        for (KpiDefinition definition : kpis.definitions()) {
            if (definition.team() != null) {
                counts.merge(definition.team(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private Map<Long, List<IssueCard>> cardsByKeyResult(Map<Long, List<Long>> idsByKeyResult, Set<Long> allIds) {
        Map<Long, IssueCard> visible = new HashMap<>();
        issues.cards(allIds).forEach(card -> visible.put(card.issueId(), card));
        Map<Long, List<IssueCard>> result = new HashMap<>();
        idsByKeyResult.forEach((keyResultId, ids) ->
                result.put(keyResultId, ids.stream().filter(visible::containsKey).map(visible::get).toList()));
        return result;
    }
}
