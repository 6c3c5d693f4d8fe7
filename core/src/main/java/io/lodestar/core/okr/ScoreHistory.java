package io.lodestar.core.okr;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An objective's score over its cycle, one point a week from the cycle's start and one at the last instant observed
 * (now, or the cycle's end once it is over), each point the score the OKR page would have shown then, by the same
 * rules ({@link OkrTree#score}, roll-up included):
 * <ul>
 *   <li>check-in based key results (numeric, milestone, band) count the check-ins made up to that instant;</li>
 *   <li>linked work counts an issue as done from the instant it was done ({@code doneAt}: in Jira its resolution
 *       date); a done issue whose instant is unknown counts as done at the last point only;</li>
 *   <li>a KPI-backed key result counts the automatic check-ins its KPI's measurement recorded up to that instant (one
 *       per KPI period, {@link KpiCheckIns}), so it scores 0 before the first; one with no automatic check-in at all
 *       counts with its KPI's current reading at every point; a key result from a JQL query counts with what its
 *       query finds now;</li>
 *   <li>a graded objective reads its final score at every point (grading freezes it).</li>
 * </ul>
 * Before its cycle starts an objective has no history (no points). A point has no score where the objective had
 * nothing to score.
 */
public record ScoreHistory(long objectiveId, List<Point> points) {

    public static final Duration STEP = Duration.ofDays(7);

    public ScoreHistory {
        points = List.copyOf(points);
    }

    /** The objective's score at {@code at}, or empty when it had nothing to score. */
    public record Point(Instant at, Optional<Score> score) {
    }

    /**
     * @param issuesByKeyResult for each linked-work key result, its visible linked issues as they are now
     * @param doneAt            by issue id, when a done issue was done (unknown ones may be absent)
     * @param kpiReadings       the latest reading of each KPI referenced, by KPI id
     */
    public static ScoreHistory of(long objectiveId, CycleOkrs data, Map<Long, List<LinkedIssue>> issuesByKeyResult,
                                  Map<Long, Instant> doneAt, Map<Long, KpiReading> kpiReadings, Clock clock) {
        return of(objectiveId, data, issuesByKeyResult, doneAt, kpiReadings, Map.of(), clock);
    }

    /** @param queries what the JQL query of each key result from a query finds now, by key result id */
    public static ScoreHistory of(long objectiveId, CycleOkrs data, Map<Long, List<LinkedIssue>> issuesByKeyResult,
                                  Map<Long, Instant> doneAt, Map<Long, KpiReading> kpiReadings,
                                  Map<Long, QueryCount> queries, Clock clock) {
        Cycle cycle = data.cycle();
        Instant start = cycle.startInstant(clock.getZone());
        Instant end = cycle.endInstant(clock.getZone());
        Instant now = clock.instant();
        Instant last = now.isAfter(end) ? end : now;
        List<Point> points = new ArrayList<>();
        if (last.isBefore(start)) {
            return new ScoreHistory(objectiveId, points);
        }
        List<Instant> instants = new ArrayList<>();
        for (Instant at = start; at.isBefore(last); at = at.plus(STEP)) {
            instants.add(at);
        }
        instants.add(last);
        Map<Long, KpiReading> readingsThen = readingsBeforeCheckIns(data, kpiReadings);
        for (Instant at : instants) {
            boolean lastPoint = at.equals(last);
            CycleOkrs then = new CycleOkrs(cycle, data.objectives(), data.keyResults(), data.links(),
                    data.checkIns().stream().filter(c -> !c.at().isAfter(at)).toList());
            Map<Long, List<LinkedIssue>> issuesThen = new HashMap<>();
            issuesByKeyResult.forEach((keyResultId, issues) -> issuesThen.put(keyResultId,
                    issues.stream().map(issue -> asAt(issue, at, lastPoint, doneAt)).toList()));
            OkrTree tree = OkrTree.score(then, issuesThen, readingsThen, queries, Clock.fixed(at, clock.getZone()));
            points.add(new Point(at, tree.find(objectiveId).flatMap(ScoredObjective::score)));
        }
        return new ScoreHistory(objectiveId, points);
    }

    /**
     * The readings the points use: a KPI whose key results have automatic check-ins is read from them, so its current
     * reading is left out (a point before the first check-in then has no KPI value, not today's); a hidden reading
     * stays, so the points hide what the page hides.
     */
    private static Map<Long, KpiReading> readingsBeforeCheckIns(CycleOkrs data, Map<Long, KpiReading> kpiReadings) {
        Map<Long, KpiReading> readings = new HashMap<>(kpiReadings);
        for (KeyResult kr : data.keyResults()) {
            if (kr.measure() instanceof Measure.KpiBacked kpi
                    && data.checkInsOf(kr.id()).stream().anyMatch(CheckIn::automatic)) {
                KpiReading reading = readings.get(kpi.kpiId());
                if (reading != null && !reading.hidden()) {
                    readings.remove(kpi.kpiId());
                }
            }
        }
        return readings;
    }

    private static LinkedIssue asAt(LinkedIssue issue, Instant at, boolean lastPoint, Map<Long, Instant> doneAt) {
        boolean done = issue.done() && doneBy(issue.issueId(), at, lastPoint, doneAt);
        if (!issue.epic()) {
            return LinkedIssue.issue(issue.issueId(), issue.key(), done, issue.storyPoints());
        }
        return LinkedIssue.epic(issue.issueId(), issue.key(), done, issue.storyPoints(),
                issue.children().stream().map(child -> asAt(child, at, lastPoint, doneAt)).toList());
    }

    private static boolean doneBy(long issueId, Instant at, boolean lastPoint, Map<Long, Instant> doneAt) {
        Instant when = doneAt.get(issueId);
        return when == null ? lastPoint : !when.isAfter(at);
    }
}
