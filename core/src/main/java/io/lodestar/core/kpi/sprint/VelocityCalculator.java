package io.lodestar.core.kpi.sprint;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;

import io.lodestar.core.issue.Change;
import io.lodestar.core.issue.ChangeField;
import io.lodestar.core.issue.EstimateHistory;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.issue.SprintMembership;
import io.lodestar.core.issue.StatusHistory;
import io.lodestar.core.kpi.EstimateMoment;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.KpiValue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Velocity per sprint as Jira's velocity chart and sprint report count it, with the commitment,
 * say/do ratio, scope change and per-issue outcomes of every closed sprint.
 *
 * <h2>Formula</h2>
 * For a sprint started at S ("Start sprint") and completed at C ("Complete sprint"):
 * <ul>
 *   <li><b>commitment</b> = sum of the estimates at S of the issues in the sprint at S that were not
 *       done at S. Issues removed later stay in it; issues added later are not; re-estimates after S
 *       do not change it.</li>
 *   <li><b>completed</b> (the velocity) = sum of the estimates of the issues in the sprint at C and
 *       done at C, including issues added after S. The estimate is the one at C by default
 *       ({@link EstimateMoment#AT_CLOSE}, like Jira Cloud), or the one when the issue entered the
 *       sprint ({@link EstimateMoment#AT_START}, like Data Center's report). Not counted: removed
 *       issues, issues already done when they entered the sprint, and issues whose current done
 *       state was already counted by another sprint that closed earlier.</li>
 *   <li>Sub-tasks are left out entirely (their points would double-count their parents'); an
 *       unestimated issue counts 0. "Done" is a {@link Predicate} on status ids: the Done category
 *       by default, or a board's last-column statuses.</li>
 *   <li>Membership and estimates over time are replayed from the changelog
 *       ({@link SprintMembership}, {@link EstimateHistory}, {@link StatusHistory}). Only closed
 *       sprints with both a start and a completion date are reported.</li>
 * </ul>
 *
 * <h2>Worked example</h2>
 * Sprint 7 starts with A (3 points), B (5) and C (2, already done). During the sprint B is re-estimated
 * to 8, D (1 point) is added and A is removed. At completion B and D are done. Commitment = 3 + 5 = 8
 * (C was done at start). Completed = 8 + 1 = 9 at close (5 + 1 = 6 with AT_START). Say/do = 9 / 8 =
 * 1.125. Scope change: added 1, removed 3, re-estimated +3. Outcomes: A removed, B completed, C done
 * before the sprint, D completed and added during the sprint. A's record keeps the instant it left the
 * sprint and D's the instant it entered it, so a sprint report can say "removed on day 4".
 *
 * <h2>Cost</h2>
 * Two passes over the issues (collect sprints, then replay each issue once for the sprints it
 * touched); per-sprint totals in primitive arrays. Issues without any sprint cost one check.
 */
public final class VelocityCalculator {

    private final Predicate<String> done;
    private final EstimateMoment completedEstimate;

    public VelocityCalculator(Predicate<String> done, EstimateMoment completedEstimate) {
        this.done = requirePresent(done, "velocity.done");
        this.completedEstimate = requirePresent(completedEstimate, "velocity.completedEstimate");
    }

    /** The reports of every closed sprint the issues were in, by completion date. */
    public List<SprintReport> closedSprints(Collection<IssueSnapshot> issues) {
        return closedSprints(issues, null);
    }

    /**
     * The reports of the closed sprints of board {@code boardId} (every board when null), by
     * completion date then sprint id.
     */
    public List<SprintReport> closedSprints(Collection<IssueSnapshot> issues, Long boardId) {
        Sprint[] sprints = closedSprintsOf(issues, boardId).toArray(new Sprint[0]);
        // Sprint id to completion-order index by binary search over a primitive array: no boxing per issue.
        long[] sortedIds = new long[sprints.length];
        for (int i = 0; i < sprints.length; i++) {
            sortedIds[i] = sprints[i].id();
        }
        Arrays.sort(sortedIds);
        int[] indexOfSorted = new int[sprints.length];
        for (int i = 0; i < sprints.length; i++) {
            indexOfSorted[Arrays.binarySearch(sortedIds, sprints[i].id())] = i;
        }
        Totals totals = new Totals(sprints);
        for (IssueSnapshot issue : issues) {
            if (!issue.isSubtask() && mayTouchSprints(issue)) {
                replay(issue, totals, sortedIds, indexOfSorted);
            }
        }
        return totals.reports();
    }

    /**
     * The sprints a velocity can be measured for: closed, with a start and a completion date, of
     * board {@code boardId} (any board when null), named by the issues; by completion date, then id.
     */
    public static List<Sprint> closedSprintsOf(Collection<IssueSnapshot> issues, Long boardId) {
        Map<Long, Sprint> sprintsById = new HashMap<>();
        for (IssueSnapshot issue : issues) {
            for (Sprint sprint : issue.sprints()) {
                if (isMeasurable(sprint) && (boardId == null || boardId.equals(sprint.boardId()))) {
                    sprintsById.putIfAbsent(sprint.id(), sprint);
                }
            }
        }
        List<Sprint> sprints = new ArrayList<>(sprintsById.values());
        sprints.sort(Comparator.comparing((Sprint sprint) -> sprint.completeDate().toInstant())
                .thenComparingLong(Sprint::id));
        return sprints;
    }

    private static boolean isMeasurable(Sprint sprint) {
        return sprint.isClosed() && sprint.startDate() != null && sprint.completeDate() != null;
    }

    private static boolean mayTouchSprints(IssueSnapshot issue) {
        if (!issue.sprints().isEmpty()) {
            return true;
        }
        for (Change change : issue.changelog()) {
            if (change.field() == ChangeField.SPRINT) {
                return true;
            }
        }
        return false;
    }

    private void replay(IssueSnapshot issue, Totals totals, long[] sortedIds, int[] indexOfSorted) {
        SprintMembership membership = SprintMembership.of(issue);
        int[] touched = touchedSprints(membership.sprintIdsEverHeld(), sortedIds, indexOfSorted);
        if (touched.length == 0) {
            return;
        }
        StatusHistory status = StatusHistory.of(issue);
        EstimateHistory estimate = EstimateHistory.of(issue);
        // Sprint indices are in completion order, so earlier completions are known when needed.
        long[] countedCloses = new long[touched.length];
        int counted = 0;
        for (int index : touched) {
            long sprintId = totals.sprints[index].id();
            long start = totals.starts[index];
            long close = totals.closes[index];
            boolean inAtStart = membership.inSprintAt(sprintId, start);
            long entry = inAtStart ? start : membership.firstEntryBetween(sprintId, start, close);
            if (entry < 0) {
                continue;
            }
            boolean inAtClose = membership.inSprintAt(sprintId, close);
            boolean doneAtEntry = status.inAt(done, entry);
            long doneSince = status.lastEntryAtOrBefore(done, close);
            SprintOutcome outcome;
            if (!inAtClose) {
                outcome = SprintOutcome.REMOVED;
            } else if (doneSince < 0) {
                outcome = SprintOutcome.NOT_COMPLETED;
            } else if (doneSince <= entry) {
                outcome = SprintOutcome.DONE_BEFORE_SPRINT;
            } else if (countedSince(countedCloses, counted, doneSince)) {
                outcome = SprintOutcome.COMPLETED_IN_ANOTHER_SPRINT;
            } else {
                outcome = SprintOutcome.COMPLETED;
                countedCloses[counted++] = close;
            }
            double commitment = inAtStart && !doneAtEntry ? estimate.pointsAt(start) : 0;
            double completed = outcome != SprintOutcome.COMPLETED ? 0
                    : estimate.pointsAt(completedEstimate == EstimateMoment.AT_CLOSE ? close : entry);
            totals.commitment[index] += commitment;
            totals.completed[index] += completed;
            if (!inAtStart) {
                totals.addedPoints[index] += estimate.pointsAt(entry);
                totals.addedIssues[index]++;
            }
            long exit = -1;
            if (!inAtClose) {
                exit = membership.lastExitBetween(sprintId, start, close);
                // The estimate just before leaving is what left the sprint.
                totals.removedPoints[index] += estimate.pointsAt(exit - 1);
                totals.removedIssues[index]++;
            }
            totals.reestimated[index] += estimate.netChangeBetween(start, close,
                    at -> membership.inSprintAt(sprintId, at - 1) && membership.inSprintAt(sprintId, at));
            totals.issues.get(index).add(new SprintIssue(issue.key(), outcome, !inAtStart,
                    estimate.estimateAt(entry), estimate.estimateAt(close), commitment, completed,
                    inAtStart ? null : Instant.ofEpochMilli(entry), exit < 0 ? null : Instant.ofEpochMilli(exit)));
        }
    }

    /** The distinct completion-order indices of the measured sprints among {@code ids}, ascending. */
    private static int[] touchedSprints(long[] ids, long[] sortedIds, int[] indexOfSorted) {
        int[] touched = new int[ids.length];
        int count = 0;
        for (long id : ids) {
            int found = Arrays.binarySearch(sortedIds, id);
            if (found >= 0) {
                touched[count++] = indexOfSorted[found];
            }
        }
        if (count == 0) {
            return touched.length == 0 ? touched : new int[0];
        }
        Arrays.sort(touched, 0, count);
        int distinct = 1;
        for (int i = 1; i < count; i++) {
            if (touched[i] != touched[distinct - 1]) {
                touched[distinct++] = touched[i];
            }
        }
        return Arrays.copyOf(touched, distinct);
    }

    /** Whether a sprint that closed at or after {@code doneSince} already counted this completion. */
    private static boolean countedSince(long[] closes, int count, long doneSince) {
        for (int i = 0; i < count; i++) {
            if (closes[i] >= doneSince) {
                return true;
            }
        }
        return false;
    }

    /**
     * Average velocity = mean completed points of the last {@code sprintCount} closed sprints (by
     * completion date), or of all of them when fewer have closed; the sample size says how many.
     * Example: velocities 10, 20, 12, 17 with sprintCount 3 give (20 + 12 + 17) / 3 = 16.33.
     * Not applicable when no sprint has closed.
     */
    public static KpiValue averageVelocity(List<SprintReport> reports, int sprintCount) {
        require(sprintCount >= 1, "velocity.sprintCount", "must be at least 1");
        if (reports.isEmpty()) {
            return KpiValue.notApplicable("no closed sprint to average");
        }
        List<SprintReport> byClose = new ArrayList<>(reports);
        byClose.sort(Comparator.comparing(report -> report.sprint().completeDate().toInstant()));
        List<SprintReport> last = byClose.subList(Math.max(0, byClose.size() - sprintCount), byClose.size());
        double sum = 0;
        for (SprintReport report : last) {
            sum += report.completed();
        }
        return KpiValue.of(sum / last.size(), KpiUnit.STORY_POINTS, last.size());
    }

    /** Per-sprint running totals in primitive arrays, indexed like {@link #sprints}. */
    private static final class Totals {
        final Sprint[] sprints;
        final long[] starts;
        final long[] closes;
        final double[] commitment;
        final double[] completed;
        final double[] addedPoints;
        final int[] addedIssues;
        final double[] removedPoints;
        final int[] removedIssues;
        final double[] reestimated;
        final List<List<SprintIssue>> issues = new ArrayList<>();

        Totals(Sprint[] sprints) {
            this.sprints = sprints;
            int n = sprints.length;
            starts = new long[n];
            closes = new long[n];
            for (int i = 0; i < n; i++) {
                starts[i] = sprints[i].startDate().toInstant().toEpochMilli();
                closes[i] = sprints[i].completeDate().toInstant().toEpochMilli();
                issues.add(new ArrayList<>());
            }
            commitment = new double[n];
            completed = new double[n];
            addedPoints = new double[n];
            addedIssues = new int[n];
            removedPoints = new double[n];
            removedIssues = new int[n];
            reestimated = new double[n];
        }

        List<SprintReport> reports() {
            List<SprintReport> reports = new ArrayList<>(sprints.length);
            for (int i = 0; i < sprints.length; i++) {
                reports.add(new SprintReport(sprints[i], commitment[i], completed[i],
                        new ScopeChange(addedPoints[i], addedIssues[i], removedPoints[i], removedIssues[i],
                                reestimated[i]), issues.get(i)));
            }
            return reports;
        }
    }
}
