package io.lodestar.core.kpi.throughput;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusHistory;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

/**
 * Work in progress at an instant: the issues whose status at that instant, replayed from the
 * changelog, is an in-progress status (the In Progress category by default, or a configured set,
 * e.g. "In Progress" and "In Review" but not "Blocked").
 *
 * <h2>Formula</h2>
 * WIP(t) = number of issues created at or before t whose status at t is selected. Sub-tasks are
 * left out unless asked for (a story and its three sub-tasks in progress are one piece of work).
 *
 * <h2>Worked example</h2>
 * A moved to In Progress on Monday 10:00 and to Done on Wednesday; B to In Progress on Tuesday;
 * C created on Thursday in In Progress. WIP on Tuesday 12:00 = 2 (A, B); on Wednesday 12:00 after
 * A was done = 1 (B); on Thursday 12:00 = 2 (B, C).
 *
 * <h2>Cost</h2>
 * One pass over the issues per call to {@link #series}: each issue's changelog is replayed once,
 * and each of its stays in progress is placed among the instants by binary search.
 */
public final class WorkInProgressCalculator {

    private final Predicate<String> inProgress;
    private final boolean includeSubtasks;

    public WorkInProgressCalculator(Predicate<String> inProgress, boolean includeSubtasks) {
        this.inProgress = requirePresent(inProgress, "wip.inProgress");
        this.includeSubtasks = includeSubtasks;
    }

    /** Sub-tasks left out. */
    public WorkInProgressCalculator(Predicate<String> inProgress) {
        this(inProgress, false);
    }

    public WorkInProgress at(Collection<IssueSnapshot> issues, Instant at) {
        return series(issues, List.of(at)).get(0);
    }

    /**
     * WIP at each of {@code instants} (e.g. every day's end), which must be in ascending order, in
     * one pass over the issues: each stay in progress is placed among the instants by binary search,
     * so the cost does not grow with the number of instants an issue is not in progress at.
     */
    public List<WorkInProgress> series(Collection<IssueSnapshot> issues, List<Instant> instants) {
        int n = instants.size();
        long[] millis = new long[n];
        List<List<String>> keys = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            millis[i] = instants.get(i).toEpochMilli();
            require(i == 0 || millis[i] >= millis[i - 1], "wip.instants", "must be in ascending order");
            keys.add(new ArrayList<>());
        }
        if (n > 0) {
            for (IssueSnapshot issue : issues) {
                if (issue.isSubtask() && !includeSubtasks) {
                    continue;
                }
                String key = issue.key();
                StatusHistory.of(issue).forEachStay(inProgress, (from, until) -> {
                    for (int i = firstAtOrAfter(millis, from); i < n && millis[i] < until; i++) {
                        keys.get(i).add(key);
                    }
                });
            }
        }
        List<WorkInProgress> result = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            result.add(new WorkInProgress(instants.get(i), keys.get(i)));
        }
        return result;
    }

    /** The index of the first value &gt;= {@code target} in an ascending array ({@code length} if none). */
    private static int firstAtOrAfter(long[] ascending, long target) {
        int low = 0;
        int high = ascending.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (ascending[middle] < target) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
