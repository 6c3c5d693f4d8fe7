package io.lodestar.jira.app;

import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiStore;
import io.lodestar.core.okr.Activity;
import io.lodestar.core.okr.CheckIn;
import io.lodestar.core.okr.CheckInService;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.CycleOkrs;
import io.lodestar.core.okr.Finding;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.IssueContribution;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.KeyResultKind;
import io.lodestar.core.okr.LinkedIssue;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.OkrFilter;
import io.lodestar.core.okr.OkrStore;
import io.lodestar.core.okr.OkrTree;
import io.lodestar.core.okr.OkrTreeService;
import io.lodestar.core.okr.QualityService;
import io.lodestar.core.okr.ScoreHistory;
import io.lodestar.core.okr.ScoredKeyResult;
import io.lodestar.core.okr.ScoredObjective;
import io.lodestar.jira.host.IssueCard;
import io.lodestar.jira.host.IssueContainer;
import io.lodestar.jira.host.JiraIssueSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /**
     * The key results an issue moves, for the issue panel: the issue as the user sees it, its containers (parent,
     * epic) the user may browse, and each key result linked to the issue or to one of them.
     */
    public record IssueKeyResults(IssueCard issue, List<IssueContainer> containers, List<IssueEntry> entries) {

        public IssueKeyResults {
            containers = List.copyOf(containers);
            entries = List.copyOf(entries);
        }

        /** The container that carries an entry's link, or empty when the issue itself is linked. */
        public Optional<IssueContainer> containerOf(IssueEntry entry) {
            return containers.stream().filter(c -> c.issueId() == entry.contribution().linkedThrough()).findFirst();
        }
    }

    /** A key result an issue moves, scored, with the cards of its visible linked issues. */
    public record IssueEntry(IssueContribution contribution, List<IssueCard> links) {

        public IssueEntry {
            links = List.copyOf(links);
        }

        public ScoredKeyResult keyResult() {
            return contribution.keyResult();
        }

        public Objective objective() {
            return contribution.objective();
        }

        /** How many issues the key result counts that the user may not browse: linked ones and their epics' issues. */
        public int hiddenIssues() {
            return contribution.hiddenIssues() + links.stream().mapToInt(IssueCard::hiddenChildren).sum();
        }
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
            KpiStoreReadings.readable(kpis, kpiId).ifPresent(definition -> cards.put(kpiId, kpiCard(definition)));
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

    /**
     * An objective's activity log, oldest first, and the issues its link entries name that the user may browse: an
     * entry about an issue the user may not browse is shown without the issue ({@link #hiddenIssues}), so the log
     * does not leak it.
     */
    public record ActivityLog(Objective objective, List<Activity> entries, Map<Long, IssueCard> visibleIssues) {

        public ActivityLog {
            entries = List.copyOf(entries);
            visibleIssues = Map.copyOf(visibleIssues);
        }

        /** The issue an entry names, when the user may browse it. */
        public Optional<IssueCard> issueOf(Activity entry) {
            return entry.issueId().map(visibleIssues::get);
        }

        /** How many entries name an issue the user may not browse (or that no longer exists). */
        public int hiddenIssues() {
            return (int) entries.stream().filter(e -> e.issueId().isPresent() && issueOf(e).isEmpty()).count();
        }
    }

    /** The activity of an objective (readable by whoever reads OKRs); one store read and one bulk issue look-up. */
    public ActivityLog activity(long objectiveId) {
        access.requireUser();
        Objective objective = store.findObjective(objectiveId).orElseThrow(() -> new NotFoundException("objective", objectiveId));
        Map<Long, Boolean> hiddenByKeyResult = new HashMap<>();
        List<Activity> entries = store.activityOf(objectiveId).stream()
                .filter(entry -> !(entry.kind() == io.lodestar.core.okr.ActivityKind.CHECKED_IN
                        && CheckIn.LODESTAR.equals(entry.actor()) && entry.keyResultId() != null
                        && hiddenByKeyResult.computeIfAbsent(entry.keyResultId(), this::kpiValuesHidden)))
                .toList();
        Set<Long> issueIds = new LinkedHashSet<>();
        entries.forEach(entry -> entry.issueId().ifPresent(issueIds::add));
        Map<Long, IssueCard> visible = new HashMap<>();
        issues.cards(issueIds).forEach(card -> visible.put(card.issueId(), card));
        return new ActivityLog(objective, entries, visible);
    }

    /**
     * The objective's score over its cycle ({@link ScoreHistory}), counting only the linked issues the user may
     * browse, as the tree does; costs one cycle load and one bulk issue look-up.
     */
    public ScoreHistory history(long objectiveId) {
        access.requireUser();
        Objective objective = store.findObjective(objectiveId).orElseThrow(() -> new NotFoundException("objective", objectiveId));
        CycleOkrs stored = store.loadCycle(objective.cycleId());
        Set<Long> linked = new LinkedHashSet<>();
        stored.keyResults().stream().filter(kr -> kr.kind() == KeyResultKind.LINKED_WORK)
                .forEach(kr -> linked.addAll(stored.linkedIssueIdsOf(kr.id())));
        Map<Long, IssueCard> visible = new HashMap<>();
        issues.cards(linked).forEach(card -> visible.put(card.issueId(), card));
        Map<Long, java.time.Instant> doneAt = new HashMap<>();
        visible.values().forEach(card -> {
            putDoneAt(card, doneAt);
            card.children().forEach(child -> putDoneAt(child, doneAt));
        });
        Map<Long, List<LinkedIssue>> byKeyResult = new HashMap<>();
        stored.keyResults().stream().filter(kr -> kr.kind() == KeyResultKind.LINKED_WORK)
                .forEach(kr -> byKeyResult.put(kr.id(), stored.linkedIssueIdsOf(kr.id()).stream()
                        .filter(visible::containsKey).map(id -> visible.get(id).toLinkedIssue()).toList()));
        return ScoreHistory.of(objectiveId, stored, byKeyResult, doneAt, trees.kpiReadingsOf(stored),
                trees.queryCountsOf(stored), trees.clock());
    }

    private static void putDoneAt(IssueCard card, Map<Long, java.time.Instant> doneAt) {
        if (card.doneAt() != null) {
            doneAt.put(card.issueId(), card.doneAt());
        }
    }

    /** The scored objective with this id, and the tree it was scored in. */
    public ScoredObjective objective(CycleView view, long objectiveId) {
        return view.tree().find(objectiveId).orElseThrow(() -> new NotFoundException("objective", objectiveId));
    }

    /**
     * The key results an issue moves, across cycles: linked to it directly, through its epic, or through its parent
     * (a sub-task), only what the user may browse counted. The cost does not grow with the number of key results:
     * core's one store read and one issue look-up, plus one bulk look-up for the cards of the linked issues.
     *
     * @throws NotFoundException when the issue does not exist or the user may not browse it (the two
     *                           are not told apart, so a hidden issue's existence does not leak)
     */
    public IssueKeyResults forIssue(String issueKey) {
        access.requireUser();
        IssueCard issue = issues.findByKey(issueKey).orElseThrow(() -> new NotFoundException("issue", issueKey));
        List<IssueContainer> containers = issues.containersOf(issue.issueId());
        List<Long> ids = new ArrayList<>();
        ids.add(issue.issueId());
        containers.forEach(container -> ids.add(container.issueId()));
        List<IssueContribution> contributions = trees.forIssue(ids);
        Map<Long, List<Long>> idsByKeyResult = new HashMap<>();
        Set<Long> allIds = new LinkedHashSet<>();
        for (IssueContribution contribution : contributions) {
            List<Long> visible = contribution.visibleIssues().stream().map(LinkedIssue::issueId).toList();
            idsByKeyResult.put(contribution.keyResult().keyResult().id(), visible);
            allIds.addAll(visible);
        }
        Map<Long, List<IssueCard>> cards = cardsByKeyResult(idsByKeyResult, allIds);
        List<IssueEntry> entries = contributions.stream()
                .map(c -> new IssueEntry(c, cards.getOrDefault(c.keyResult().keyResult().id(), List.of())))
                .toList();
        return new IssueKeyResults(issue, containers, entries);
    }

    /** A key result the user may link issues to, with where it sits, for the issue panel's picker. */
    public record LinkableKeyResult(KeyResult keyResult, Objective objective, Cycle cycle) {
    }

    /** At most this many key results are offered by one search of the picker; more words narrow it down. */
    public static final int LINKABLE_LIMIT = 50;

    /**
     * The linked-work key results of open cycles whose objective the user may edit, whose key result title,
     * objective title or team hold every word of {@code words} (case-insensitive, in any order), and, given a
     * team, whose objective belongs to it; by cycle, objective and key result, at most {@link #LINKABLE_LIMIT}.
     * Costs one cycle list and one {@link OkrStore#loadCycle} per open cycle.
     */
    public List<LinkableKeyResult> linkable(String words, String team) {
        access.requireUser();
        OkrAccess checks = access.forRequest();
        List<String> wanted = words == null || words.isBlank() ? List.of()
                : List.of(words.strip().toLowerCase(Locale.ROOT).split("\\s+"));
        String onlyTeam = team == null || team.isBlank() ? null : team.strip();
        List<LinkableKeyResult> found = new ArrayList<>();
        for (Cycle cycle : store.cycles()) {
            if (cycle.closed()) {
                continue;
            }
            CycleOkrs stored = store.loadCycle(cycle.id());
            for (Objective objective : stored.objectives()) {
                if (onlyTeam != null && !onlyTeam.equalsIgnoreCase(objective.team())) {
                    continue;
                }
                List<KeyResult> candidates = stored.keyResultsOf(objective.id()).stream()
                        .filter(kr -> kr.kind() == KeyResultKind.LINKED_WORK)
                        .filter(kr -> matches(wanted, kr, objective))
                        .toList();
                if (candidates.isEmpty() || !checks.canEdit(objective)) {
                    continue;
                }
                for (KeyResult kr : candidates) {
                    if (found.size() == LINKABLE_LIMIT) {
                        return found;
                    }
                    found.add(new LinkableKeyResult(kr, objective, cycle));
                }
            }
        }
        return found;
    }

    private static boolean matches(List<String> words, KeyResult keyResult, Objective objective) {
        String text = (keyResult.title() + " " + objective.title() + " " + (objective.team() == null ? "" : objective.team()))
                .toLowerCase(Locale.ROOT);
        return words.stream().allMatch(text::contains);
    }

    /** A key result the user is due to check in this week, scored in its cycle's tree, with where it sits. */
    public record DueEntry(CycleView view, ScoredObjective objective, ScoredKeyResult keyResult, java.time.Instant dueAt) {
    }

    /**
     * The key results the signed-in user owns that are due a check-in this week (core's
     * {@link CheckInService#dueThisWeek}), the earliest due first, each scored in its cycle's tree as the OKR page
     * scores it (so linked issues the user may not browse are left out the same way). Costs core's reads plus one
     * tree per cycle that has a due key result.
     */
    public List<DueEntry> dueThisWeek() {
        String user = access.requireUser();
        Map<Long, CycleView> views = new HashMap<>();
        List<DueEntry> entries = new ArrayList<>();
        for (io.lodestar.core.okr.DueCheckIn due : checkIns.dueThisWeek(user)) {
            CycleView view = views.computeIfAbsent(due.cycleId(), id -> cycle(id, OkrFilter.ALL));
            Optional<ScoredKeyResult> scored = view.tree().findKeyResult(due.keyResult().id());
            Optional<ScoredObjective> objective = view.tree().find(due.keyResult().objectiveId());
            if (scored.isPresent() && objective.isPresent()) {
                entries.add(new DueEntry(view, objective.get(), scored.get(), due.dueAt()));
            }
        }
        return entries;
    }

    /**
     * The key result's check-ins, newest first. The automatic ones (its KPI's value each period) are left out for a
     * user who may not see the KPI's values (a KPI over a project they may not browse), as its score is.
     */
    public List<CheckIn> checkInsNewestFirst(long keyResultId) {
        access.requireUser();
        List<CheckIn> history = new ArrayList<>(checkIns.history(keyResultId));
        if (kpiValuesHidden(keyResultId)) {
            history.removeIf(CheckIn::automatic);
        }
        Collections.reverse(history);
        return history;
    }

    /**
     * Whether the key result is backed by a KPI whose values the user may not see; a KPI that is gone or damaged
     * hides nothing more than it did (its check-ins stay what they were when recorded).
     */
    private boolean kpiValuesHidden(long keyResultId) {
        return store.findKeyResult(keyResultId)
                .filter(kr -> kr.measure() instanceof io.lodestar.core.okr.Measure.KpiBacked)
                .flatMap(kr -> KpiStoreReadings.readable(kpis, ((io.lodestar.core.okr.Measure.KpiBacked) kr.measure()).kpiId()))
                .map(definition -> !access.canSeeKpiValues(definition))
                .orElse(false);
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
