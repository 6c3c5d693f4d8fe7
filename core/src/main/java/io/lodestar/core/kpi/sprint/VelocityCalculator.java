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
import io.lodestar.core.kpi.IssueColumns;
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
            SprintOutcome outcome = outcome(inAtClose, doneSince, entry, countedCloses, counted);
            if (outcome == SprintOutcome.COMPLETED) {
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

    /** {@link #closedSprints(Collection)} over issues in columns: the same reports, without walking the snapshots. */
    public List<SprintReport> closedSprints(IssueColumns issues) {
        return closedSprints(issues, null);
    }

    /** {@link #closedSprints(Collection, Long)} over issues in columns. */
    public List<SprintReport> closedSprints(IssueColumns issues, Long boardId) {
        Sprint[] sprints = closedSprintsOf(issues, boardId).toArray(new Sprint[0]);
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
        ColumnReplay replay = new ColumnReplay(issues, issues.select(done), new SprintIndex(sortedIds, indexOfSorted));
        for (int i = 0, n = issues.size(); i < n; i++) {
            // An issue that may touch sprints (names one or changed sprints) has a membership timeline.
            if (!issues.isSubtask(i) && issues.membershipEnd(i) > issues.membershipStart(i)) {
                replay.replay(i, totals);
            }
        }
        return totals.reports();
    }

    /** {@link #closedSprintsOf(Collection, Long)} over issues in columns. */
    public static List<Sprint> closedSprintsOf(IssueColumns issues, Long boardId) {
        Map<Long, Sprint> sprintsById = new HashMap<>();
        // Issues share their sprint objects: most are the one just seen, which needs no lookup (nor a boxed id).
        Sprint last = null;
        for (int i = 0, n = issues.size(); i < n; i++) {
            for (int s = issues.sprintStart(i), end = issues.sprintEnd(i); s < end; s++) {
                Sprint sprint = issues.sprint(s);
                if (sprint == last) {
                    continue;
                }
                last = sprint;
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

    /**
     * {@link #replay(IssueSnapshot, Totals, long[], int[])} over columns: the status timeline is laid out
     * per issue as {@link StatusHistory} has it (starts clamped to the creation, the last change leading
     * to the current status) in reused scratch arrays; estimates and sprint membership are read from the
     * columns' own timelines, with {@link SprintMembership}'s and {@link EstimateHistory}'s rules.
     */
    private final class ColumnReplay {
        private final IssueColumns issues;
        private final boolean[] selected;
        private final SprintIndex sprintIndex;
        /** The touched sprints of the issue being replayed, the first {@code touchedCount}. */
        private int[] touched = new int[16];
        private int touchedCount;
        private long[] countedCloses = new long[16];
        /** Boxed estimates by value: an issue's few values repeat across a million issues. */
        private final long[] boxedBits = new long[64];
        private final Double[] boxed = new Double[64];
        private long[] statusStarts = new long[16];
        private int[] statusIds = new int[16];
        private int statusCount;
        private int membershipFrom;
        private int membershipTo;
        private int pointFrom;
        private int pointTo;

        ColumnReplay(IssueColumns issues, boolean[] selected, SprintIndex sprintIndex) {
            this.issues = issues;
            this.selected = selected;
            this.sprintIndex = sprintIndex;
        }

        /** {@link VelocityCalculator#touchedSprints} of the membership ids, into {@link #touched}, without allocating. */
        private void touch(int firstId, int endId) {
            int length = endId - firstId;
            if (length > touched.length) {
                touched = new int[length * 2];
            }
            int count = 0;
            for (int k = firstId; k < endId; k++) {
                int index = sprintIndex.indexOf(issues.membershipId(k));
                if (index >= 0) {
                    touched[count++] = index;
                }
            }
            touchedCount = sortDistinct(touched, count);
        }

        private Double box(double value) {
            long bits = Double.doubleToRawLongBits(value);
            int slot = (int) ((bits ^ (bits >>> 29) ^ (bits >>> 47)) * 0x9E3779B97F4A7C15L >>> 58);
            Double cached = boxed[slot];
            if (cached != null && boxedBits[slot] == bits) {
                return cached;
            }
            cached = value;
            boxed[slot] = cached;
            boxedBits[slot] = bits;
            return cached;
        }

        void replay(int issue, Totals totals) {
            membershipFrom = issues.membershipStart(issue);
            membershipTo = issues.membershipEnd(issue);
            int firstId = issues.membershipIdStart(membershipFrom);
            int endId = issues.membershipIdEnd(membershipTo - 1);
            touch(firstId, endId);
            if (touchedCount == 0) {
                return;
            }
            layOutStatus(issue);
            pointFrom = issues.pointStart(issue);
            pointTo = issues.pointEnd(issue);
            if (touchedCount > countedCloses.length) {
                countedCloses = new long[touchedCount * 2];
            }
            int counted = 0;
            for (int t = 0; t < touchedCount; t++) {
                int index = touched[t];
                long sprintId = totals.sprints[index].id();
                long start = totals.starts[index];
                long close = totals.closes[index];
                boolean inAtStart = inSprintAt(sprintId, start);
                long entry = inAtStart ? start : firstEntryBetween(sprintId, start, close);
                if (entry < 0) {
                    continue;
                }
                boolean inAtClose = inSprintAt(sprintId, close);
                boolean doneAtEntry = doneAt(entry);
                long doneSince = lastDoneEntryAtOrBefore(close);
                SprintOutcome outcome = outcome(inAtClose, doneSince, entry, countedCloses, counted);
                if (outcome == SprintOutcome.COMPLETED) {
                    countedCloses[counted++] = close;
                }
                double commitment = inAtStart && !doneAtEntry ? pointsAt(start) : 0;
                double completed = outcome != SprintOutcome.COMPLETED ? 0
                        : pointsAt(completedEstimate == EstimateMoment.AT_CLOSE ? close : entry);
                totals.commitment[index] += commitment;
                totals.completed[index] += completed;
                if (!inAtStart) {
                    totals.addedPoints[index] += pointsAt(entry);
                    totals.addedIssues[index]++;
                }
                long exit = -1;
                if (!inAtClose) {
                    exit = lastExitBetween(sprintId, start, close);
                    totals.removedPoints[index] += pointsAt(exit - 1);
                    totals.removedIssues[index]++;
                }
                totals.reestimated[index] += netChangeInSprint(sprintId, start, close);
                totals.issues.get(index).add(new SprintIssue(issues.key(issue), outcome, !inAtStart,
                        estimateAt(entry), estimateAt(close), commitment, completed,
                        inAtStart ? null : Instant.ofEpochMilli(entry), exit < 0 ? null : Instant.ofEpochMilli(exit)));
            }
        }

        private void layOutStatus(int issue) {
            int first = issues.statusStart(issue);
            int end = issues.statusEnd(issue);
            int count = end - first;
            if (count > statusStarts.length) {
                statusStarts = new long[count * 2];
                statusIds = new int[count * 2];
            }
            long created = issues.created(issue);
            int currentId = issues.statusIdOf(issues.currentStatus(issue));
            statusStarts[0] = created;
            statusIds[0] = count == 1 ? currentId : issues.statusIdOf(issues.statusTo(first));
            for (int t = first + 1; t < end; t++) {
                statusStarts[t - first] = Math.max(created, issues.statusAt(t));
                statusIds[t - first] = t == end - 1 ? currentId : issues.statusIdOf(issues.statusTo(t));
            }
            statusCount = count;
        }

        private boolean isDone(int statusId) {
            return statusId >= 0 && selected[statusId];
        }

        /** StatusHistory.inAt(done, at). */
        private boolean doneAt(long at) {
            int segment = segmentAt(statusStarts, 0, statusCount, at);
            return segment >= 0 && isDone(statusIds[segment]);
        }

        /** StatusHistory.lastEntryAtOrBefore(done, at). */
        private long lastDoneEntryAtOrBefore(long at) {
            int segment = segmentAt(statusStarts, 0, statusCount, at);
            if (segment < 0 || !isDone(statusIds[segment])) {
                return -1;
            }
            while (segment > 0 && isDone(statusIds[segment - 1])) {
                segment--;
            }
            return statusStarts[segment];
        }

        private boolean holds(int segment, long sprintId) {
            for (int k = issues.membershipIdStart(segment), end = issues.membershipIdEnd(segment); k < end; k++) {
                if (issues.membershipId(k) == sprintId) {
                    return true;
                }
            }
            return false;
        }

        /** SprintMembership.inSprintAt. */
        private boolean inSprintAt(long sprintId, long at) {
            int segment = membershipSegmentAt(at);
            return segment >= 0 && holds(segment, sprintId);
        }

        private int membershipSegmentAt(long at) {
            int count = membershipTo - membershipFrom;
            if (at < issues.membershipAt(membershipFrom)) {
                return -1;
            }
            int segment = membershipFrom;
            if (count <= 8) {
                while (segment + 1 < membershipTo && issues.membershipAt(segment + 1) <= at) {
                    segment++;
                }
                return segment;
            }
            long[] starts = new long[count];
            for (int k = 0; k < count; k++) {
                starts[k] = issues.membershipAt(membershipFrom + k);
            }
            int found = segmentAt(starts, 0, count, at);
            return found < 0 ? -1 : membershipFrom + found;
        }

        /** SprintMembership.firstEntryBetween. */
        private long firstEntryBetween(long sprintId, long from, long to) {
            boolean wasIn = inSprintAt(sprintId, from);
            for (int k = membershipFrom; k < membershipTo && issues.membershipAt(k) <= to; k++) {
                if (issues.membershipAt(k) > from) {
                    boolean in = holds(k, sprintId);
                    if (in && !wasIn) {
                        return issues.membershipAt(k);
                    }
                    wasIn = in;
                }
            }
            return -1;
        }

        /** SprintMembership.lastExitBetween. */
        private long lastExitBetween(long sprintId, long from, long to) {
            long exit = -1;
            for (int k = membershipFrom + 1; k < membershipTo; k++) {
                long at = issues.membershipAt(k);
                if (at > to) {
                    break;
                }
                if (at > from && holds(k - 1, sprintId) && !holds(k, sprintId)) {
                    exit = at;
                }
            }
            return exit;
        }

        private int pointSegmentAt(long at) {
            int count = pointTo - pointFrom;
            if (at < issues.pointAt(pointFrom)) {
                return -1;
            }
            if (count <= 8) {
                int segment = pointFrom;
                while (segment + 1 < pointTo && issues.pointAt(segment + 1) <= at) {
                    segment++;
                }
                return segment;
            }
            long[] starts = new long[count];
            for (int k = 0; k < count; k++) {
                starts[k] = issues.pointAt(pointFrom + k);
            }
            int found = segmentAt(starts, 0, count, at);
            return found < 0 ? -1 : pointFrom + found;
        }

        /** EstimateHistory.estimateAt. */
        private Double estimateAt(long at) {
            int segment = pointSegmentAt(at);
            double value = segment < 0 ? Double.NaN : issues.pointValue(segment);
            return Double.isNaN(value) ? null : box(value);
        }

        /** EstimateHistory.pointsAt. */
        private double pointsAt(long at) {
            int segment = pointSegmentAt(at);
            double value = segment < 0 ? Double.NaN : issues.pointValue(segment);
            return Double.isNaN(value) ? 0 : value;
        }

        /** EstimateHistory.netChangeBetween(start, close, in the sprint just before and at the change). */
        private double netChangeInSprint(long sprintId, long from, long to) {
            double net = 0;
            for (int k = pointFrom + 1; k < pointTo && issues.pointAt(k) <= to; k++) {
                long at = issues.pointAt(k);
                if (at > from && inSprintAt(sprintId, at - 1) && inSprintAt(sprintId, at)) {
                    net += zeroIfNaN(issues.pointValue(k)) - zeroIfNaN(issues.pointValue(k - 1));
                }
            }
            return net;
        }

        private static double zeroIfNaN(double value) {
            return Double.isNaN(value) ? 0 : value;
        }
    }

    /** The segment of {@code starts[from..to)} in effect at {@code at} (0-based from {@code from}), -1 before the first; as Timeline.segmentAt. */
    private static int segmentAt(long[] starts, int from, int to, long at) {
        int length = to - from;
        if (length == 0 || at < starts[from]) {
            return -1;
        }
        if (length <= 8) {
            int segment = 0;
            while (segment + 1 < length && starts[from + segment + 1] <= at) {
                segment++;
            }
            return segment;
        }
        int found = Arrays.binarySearch(starts, from, to, at);
        if (found >= 0) {
            while (found + 1 < to && starts[found + 1] == at) {
                found++;
            }
            return found - from;
        }
        return -found - 2 - from;
    }

    /** The distinct completion-order indices of the measured sprints among {@code ids}, ascending. */
    private static int[] touchedSprints(long[] ids, long[] sortedIds, int[] indexOfSorted) {
        return touchedSprints(ids, ids.length, sortedIds, indexOfSorted);
    }

    /** {@link #touchedSprints(long[], long[], int[])} of the first {@code length} ids. */
    private static int[] touchedSprints(long[] ids, int length, long[] sortedIds, int[] indexOfSorted) {
        int[] touched = new int[length];
        int count = 0;
        for (int k = 0; k < length; k++) {
            long id = ids[k];
            int found = Arrays.binarySearch(sortedIds, id);
            if (found >= 0) {
                touched[count++] = indexOfSorted[found];
            }
        }
        if (count == 0) {
            return touched.length == 0 ? touched : new int[0];
        }
        return Arrays.copyOf(touched, sortDistinct(touched, count));
    }

    /** Sorts the first {@code count} values and moves each distinct one to the front, once; returns how many. */
    private static int sortDistinct(int[] values, int count) {
        if (count < 2) {
            return count;
        }
        Arrays.sort(values, 0, count);
        int distinct = 1;
        for (int i = 1; i < count; i++) {
            if (values[i] != values[distinct - 1]) {
                values[distinct++] = values[i];
            }
        }
        return distinct;
    }

    /**
     * A measured sprint's completion-order index by id, -1 for an id not measured: a table when the ids are
     * dense (Jira numbers its sprints 1, 2, 3, ...), else a binary search over the sorted ids. Why: a binary
     * search per issue, each step a branch the processor cannot predict, was a tenth of velocity's time.
     */
    private static final class SprintIndex {
        private final long[] sortedIds;
        private final int[] indexOfSorted;
        private final long first;
        /** Index by {@code id - first}, or null when the ids are too sparse for a table. */
        private final int[] byOffset;

        SprintIndex(long[] sortedIds, int[] indexOfSorted) {
            this.sortedIds = sortedIds;
            this.indexOfSorted = indexOfSorted;
            int n = sortedIds.length;
            first = n == 0 ? 0 : sortedIds[0];
            long span = n == 0 ? -1 : sortedIds[n - 1] - first;
            // A negative span is none, or an overflow: ids too far apart for a table.
            if (span >= 0 && span < Math.max(1024, 16L * n)) {
                byOffset = new int[(int) span + 1];
                Arrays.fill(byOffset, -1);
                for (int k = 0; k < n; k++) {
                    byOffset[(int) (sortedIds[k] - first)] = indexOfSorted[k];
                }
            } else {
                byOffset = null;
            }
        }

        int indexOf(long id) {
            if (byOffset != null) {
                long offset = id - first;
                return offset >= 0 && offset < byOffset.length ? byOffset[(int) offset] : -1;
            }
            int found = Arrays.binarySearch(sortedIds, id);
            return found >= 0 ? indexOfSorted[found] : -1;
        }
    }

    /**
     * What a sprint did with an issue, the one rule of both paths: removed before the close, not completed, done before
     * it entered, completed but already counted in an earlier sprint's close ({@code countedCloses}), or completed here
     * (then the caller records this close as counted).
     */
    private static SprintOutcome outcome(boolean inAtClose, long doneSince, long entry, long[] countedCloses, int counted) {
        if (!inAtClose) {
            return SprintOutcome.REMOVED;
        }
        if (doneSince < 0) {
            return SprintOutcome.NOT_COMPLETED;
        }
        if (doneSince <= entry) {
            return SprintOutcome.DONE_BEFORE_SPRINT;
        }
        return countedSince(countedCloses, counted, doneSince) ? SprintOutcome.COMPLETED_IN_ANOTHER_SPRINT
                : SprintOutcome.COMPLETED;
    }

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
