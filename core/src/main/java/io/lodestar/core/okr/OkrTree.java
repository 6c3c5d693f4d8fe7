package io.lodestar.core.okr;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scored OKRs of a cycle: objectives with their key results, each measured, scored, judged and
 * forecast at one instant. Objectives are listed company level first, then by id; the alignment tree
 * is read with {@link #roots()} and {@link #childrenOf(long)}.
 *
 * @param elapsedFraction the elapsed fraction of the cycle (1 once the cycle is closed), which is also
 *                        the progress expected of every key result at this instant
 */
public record OkrTree(Cycle cycle, double elapsedFraction, List<ScoredObjective> objectives) {

    public static final String NO_FORECAST_FOR_MILESTONE = Forecast.Missing.MILESTONE.message();
    public static final String NO_FORECAST_FOR_LINKED_WORK = Forecast.Missing.LINKED_WORK.message();

    public OkrTree {
        objectives = List.copyOf(objectives);
    }

    /**
     * Scores everything stored for a cycle.
     *
     * @param issuesByKeyResult for each linked-work key result id, the visible linked issues
     * @param kpiReadings       the latest reading of each KPI referenced, by KPI id
     */
    public static OkrTree score(CycleOkrs data, Map<Long, List<LinkedIssue>> issuesByKeyResult,
                                Map<Long, KpiReading> kpiReadings, Clock clock) {
        return score(data, issuesByKeyResult, kpiReadings, Map.of(), clock);
    }

    /**
     * As {@link #score(CycleOkrs, Map, Map, Clock)}, with {@code queries} what the JQL query of each key result from a
     * query found, by key result id (absent: not run, which scores 0 with a gap).
     */
    public static OkrTree score(CycleOkrs data, Map<Long, List<LinkedIssue>> issuesByKeyResult,
                                Map<Long, KpiReading> kpiReadings, Map<Long, QueryCount> queries, Clock clock) {
        Cycle cycle = data.cycle();
        Instant now = clock.instant();
        double elapsed = cycle.closed() ? 1.0 : cycle.elapsedFraction(clock);
        Instant start = cycle.startInstant(clock.getZone());
        Instant end = cycle.endInstant(clock.getZone());
        Map<Long, List<KeyResult>> keyResultsByObjective = data.keyResultsByObjective();
        Map<Long, List<CheckIn>> historyByKeyResult = data.checkIns().stream()
                .collect(Collectors.groupingBy(CheckIn::keyResultId));
        Map<Long, List<ScoredKeyResult>> keyResultsScored = new HashMap<>();
        for (Objective objective : data.objectives()) {
            List<ScoredKeyResult> keyResults = new ArrayList<>();
            for (KeyResult kr : keyResultsByObjective.getOrDefault(objective.id(), List.of())) {
                List<CheckIn> history = historyByKeyResult.getOrDefault(kr.id(), List.of());
                Optional<KpiReading> reading = kr.measure() instanceof Measure.KpiBacked kpi
                        ? Optional.ofNullable(kpiReadings.get(kpi.kpiId()))
                        : Optional.empty();
                Measurement measurement = Measurement.of(kr, history,
                        issuesByKeyResult.getOrDefault(kr.id(), List.of()), reading, now.isAfter(end) ? end : now,
                        queries.get(kr.id()));
                Score score = kr.graded() ? Score.of(kr.finalScore()) : measurement.score();
                // Automatic check-ins (a KPI's value each period) carry no confidence and do not make a check-in by
                // hand less due: the owner still reports how they feel about the key result.
                Optional<CheckIn> byHand = CycleOkrs.latestByHand(history);
                Confidence confidence = byHand.map(CheckIn::confidence).orElse(null);
                TrackStatus status = TrackStatus.judge(score, elapsed, kr.graded() ? null : confidence);
                Forecast forecast = switch (kr.kind()) {
                    case MILESTONE -> Forecast.unavailable(Forecast.Missing.MILESTONE, 0);
                    case LINKED_WORK -> Forecast.unavailable(Forecast.Missing.LINKED_WORK, 0);
                    case BAND -> Forecast.unavailable(Forecast.Missing.BAND, 0);
                    case JQL -> Forecast.unavailable(Forecast.Missing.QUERY, 0);
                    case NUMERIC -> Forecast.leastSquares(history, start, end, now, startOf(kr), targetOf(kr));
                    // A KPI-backed key result is forecast from the values its KPI's measurement checked in.
                    case KPI -> measurement.gap() != null && Measurement.KPI_HIDDEN.equals(measurement.gap())
                            ? Forecast.leastSquares(List.of(), start, end, now, startOf(kr), targetOf(kr))
                            : Forecast.leastSquares(history.stream().filter(CheckIn::automatic).toList(), start, end,
                                    now, startOf(kr), targetOf(kr));
                };
                boolean due = !cycle.closed() && !now.isBefore(start) && kr.checkInDue(byHand, now);
                keyResults.add(new ScoredKeyResult(kr, measurement, score, status, forecast, byHand.orElse(null), due));
            }
            keyResultsScored.put(objective.id(), keyResults);
        }
        List<ScoredObjective> scored = rollUp(data.objectives(), keyResultsScored, elapsed);
        scored.sort(Comparator.comparing((ScoredObjective o) -> o.objective().level())
                .thenComparingLong(o -> o.objective().id()));
        return new OkrTree(cycle, elapsed, scored);
    }

    /**
     * Scores every objective, those aligned to an objective before it, so that an objective that rolls up
     * ({@link ScoredObjective}) reads its aligned objectives' scores. Only objectives of this cycle roll up; the
     * store's alignment rules keep the tree free of loops, and an objective met again on the way (a loop written by
     * a bug) rolls up nothing more, so reading never fails.
     */
    static List<ScoredObjective> rollUp(List<Objective> objectives, Map<Long, List<ScoredKeyResult>> keyResults,
                                        double elapsed) {
        Map<Long, List<Objective>> children = new HashMap<>();
        for (Objective objective : objectives) {
            if (objective.parentId() != null) {
                children.computeIfAbsent(objective.parentId(), id -> new ArrayList<>()).add(objective);
            }
        }
        Map<Long, ScoredObjective> done = new HashMap<>();
        List<ScoredObjective> scored = new ArrayList<>();
        for (Objective objective : objectives) {
            scored.add(scoreOf(objective, children, keyResults, elapsed, done, new java.util.HashSet<>()));
        }
        return scored;
    }

    private static ScoredObjective scoreOf(Objective objective, Map<Long, List<Objective>> children,
                                           Map<Long, List<ScoredKeyResult>> keyResults, double elapsed,
                                           Map<Long, ScoredObjective> done, Set<Long> onTheWay) {
        ScoredObjective known = done.get(objective.id());
        if (known != null) {
            return known;
        }
        onTheWay.add(objective.id());
        List<ScoredObjective> aligned = new ArrayList<>();
        if (objective.rollUp()) {
            for (Objective child : children.getOrDefault(objective.id(), List.of())) {
                if (!onTheWay.contains(child.id())) {
                    aligned.add(scoreOf(child, children, keyResults, elapsed, done, onTheWay));
                }
            }
        }
        ScoredObjective result = ScoredObjective.of(objective, keyResults.getOrDefault(objective.id(), List.of()),
                aligned, elapsed);
        onTheWay.remove(objective.id());
        done.put(objective.id(), result);
        return result;
    }

    private static Double startOf(KeyResult kr) {
        if (kr.measure() instanceof Measure.Numeric numeric) {
            return numeric.start();
        }
        return kr.measure() instanceof Measure.KpiBacked kpi ? kpi.start() : null;
    }

    private static Double targetOf(KeyResult kr) {
        if (kr.measure() instanceof Measure.Numeric numeric) {
            return numeric.target();
        }
        return kr.measure() instanceof Measure.KpiBacked kpi ? kpi.target() : null;
    }

    /** The progress expected of every key result now: the elapsed fraction of the cycle. */
    public double expectedProgress() {
        return elapsedFraction;
    }

    /** Only the objectives for which {@code filter} holds, e.g. one team's or one level's. */
    public OkrTree filter(OkrFilter filter) {
        return new OkrTree(cycle, elapsedFraction,
                objectives.stream().filter(o -> filter.test(o.objective())).toList());
    }

    /** Objectives whose parent is not in this tree (aligned to nothing, or to another cycle or filter). */
    public List<ScoredObjective> roots() {
        Set<Long> ids = objectives.stream().map(o -> o.objective().id()).collect(Collectors.toSet());
        return objectives.stream()
                .filter(o -> o.objective().parentId() == null || !ids.contains(o.objective().parentId()))
                .toList();
    }

    public List<ScoredObjective> childrenOf(long objectiveId) {
        return objectives.stream()
                .filter(o -> o.objective().parentId() != null && o.objective().parentId() == objectiveId)
                .toList();
    }

    public Optional<ScoredObjective> find(long objectiveId) {
        return objectives.stream().filter(o -> o.objective().id() == objectiveId).findFirst();
    }

    public Optional<ScoredKeyResult> findKeyResult(long keyResultId) {
        return objectives.stream().flatMap(o -> o.keyResults().stream())
                .filter(kr -> kr.keyResult().id() == keyResultId).findFirst();
    }
}
