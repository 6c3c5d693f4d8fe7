package io.lodestar.core.kpi.throughput;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.StatusHistory;
import io.lodestar.core.kpi.IssueColumns;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
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
 * each of its stays in progress is placed among the instants by binary search, and each instant's
 * keys are written into an array sized beforehand by a difference array over the stays.
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
     *
     * <p>The result holds every (instant, issue) pair, tens of millions for an unfinished issue that
     * stays in progress for years of weekly instants, so it is built in two steps: the stays are
     * first recorded as ranges of instant indexes and counted per instant with a difference array,
     * then, on the first read of any instant's keys, each instant's keys are written into an array of
     * exactly that size (the counts, the KPI value, need no key written). Growing one list per
     * instant instead cost over a third of the time (regrowth copies and the garbage they leave).
     */
    public List<WorkInProgress> series(Collection<IssueSnapshot> issues, List<Instant> instants) {
        int n = instants.size();
        long[] millis = new long[n];
        for (int i = 0; i < n; i++) {
            millis[i] = instants.get(i).toEpochMilli();
            require(i == 0 || millis[i] >= millis[i - 1], "wip.instants", "must be in ascending order");
        }
        StayRanges stays = new StayRanges(n);
        InstantIndex index = new InstantIndex(millis);
        if (n > 0) {
            for (IssueSnapshot issue : issues) {
                if (issue.isSubtask() && !includeSubtasks) {
                    continue;
                }
                String key = issue.key();
                StatusHistory.forEachStay(issue, inProgress, (from, until) ->
                        stays.add(key, index.firstAtOrAfter(from), index.firstAtOrAfter(until)));
            }
        }
        return stays.series(instants);
    }

    /** {@link #at(Collection, Instant)} over issues in columns. */
    public WorkInProgress at(IssueColumns issues, Instant at) {
        return series(issues, List.of(at)).get(0);
    }

    /**
     * {@link #series(Collection, List)} over issues in columns: the same series. The stays are replayed as
     * {@code StatusHistory.forEachStay} does (the last status change leads to the current status, a change
     * stamped before the creation counts from the creation).
     */
    public List<WorkInProgress> series(IssueColumns issues, List<Instant> instants) {
        int n = instants.size();
        long[] millis = new long[n];
        for (int i = 0; i < n; i++) {
            millis[i] = instants.get(i).toEpochMilli();
            require(i == 0 || millis[i] >= millis[i - 1], "wip.instants", "must be in ascending order");
        }
        StayRanges stays = new StayRanges(n);
        InstantIndex index = new InstantIndex(millis);
        if (n > 0) {
            boolean[] selected = issues.select(inProgress);
            // Whether each status entry is in progress, looked up once: the loop below then reads one array.
            boolean[] entryIn = new boolean[issues.statusEntries()];
            for (int e = 0; e < entryIn.length; e++) {
                int id = issues.statusIdOf(e);
                entryIn[e] = id >= 0 && selected[id];
            }
            int never = index.firstAtOrAfter(Long.MAX_VALUE);
            for (int i = 0, count = issues.size(); i < count; i++) {
                if (issues.isSubtask(i) && !includeSubtasks) {
                    continue;
                }
                int first = issues.statusStart(i);
                int end = issues.statusEnd(i);
                // The last entry leads to the current status, whatever the change wrote.
                boolean currentIn = entryIn[issues.currentStatus(i)];
                if (end - first == 1) {
                    if (currentIn) {
                        stays.add(issues.key(i), index.firstAtOrAfter(issues.created(i)), never);
                    }
                    continue;
                }
                long created = issues.created(i);
                boolean inside = entryIn[issues.statusTo(first)];
                long stayStart = created;
                for (int t = first + 1; t < end; t++) {
                    boolean in = t == end - 1 ? currentIn : entryIn[issues.statusTo(t)];
                    if (in == inside) {
                        continue;
                    }
                    long at = Math.max(created, issues.statusAt(t));
                    if (in) {
                        stayStart = at;
                    } else if (at > stayStart) {
                        stays.add(issues.key(i), index.firstAtOrAfter(stayStart), index.firstAtOrAfter(at));
                    }
                    inside = in;
                }
                if (inside) {
                    stays.add(issues.key(i), index.firstAtOrAfter(stayStart), never);
                }
            }
        }
        return stays.series(instants);
    }

    /**
     * The stays in progress as half-open ranges {@code [first, end)} of instant indexes, in input
     * order, and how many stays cover each instant (a difference array: +1 at the first index, -1
     * at the end, summed up once). An issue's stays do not overlap, so it appears at most once per
     * instant, and filling the ranges in input order keeps each instant's keys in input order.
     *
     * <p>The stays are held in blocks of {@link KeysInProgress.Stays#BLOCK} (the first one grown from a few
     * up to that size): one array per column for a million stays (4 MB each) is a humongous object to G1,
     * allocated outside the young generation, and every series allocating three of them started a
     * concurrent marking cycle of the whole heap, which made the calculator's time vary by half.
     */
    private static final class StayRanges {
        private final int[] coverDelta;
        private String[][] keys = new String[4][];
        private int[][] firsts = new int[4][];
        private int[][] ends = new int[4][];
        private int blocks;
        private int size;

        StayRanges(int instantCount) {
            coverDelta = new int[instantCount + 1];
        }

        void add(String key, int first, int end) {
            if (first >= end) {
                return;
            }
            int block = size >>> KeysInProgress.Stays.SHIFT;
            int at = size & (KeysInProgress.Stays.BLOCK - 1);
            if (block == blocks) {
                if (block == keys.length) {
                    keys = Arrays.copyOf(keys, block * 2);
                    firsts = Arrays.copyOf(firsts, block * 2);
                    ends = Arrays.copyOf(ends, block * 2);
                }
                int capacity = block == 0 ? 16 : KeysInProgress.Stays.BLOCK;
                keys[block] = new String[capacity];
                firsts[block] = new int[capacity];
                ends[block] = new int[capacity];
                blocks++;
            } else if (at == keys[block].length) {
                // only the first block starts short
                int capacity = Math.min(KeysInProgress.Stays.BLOCK, at * 2);
                keys[block] = Arrays.copyOf(keys[block], capacity);
                firsts[block] = Arrays.copyOf(firsts[block], capacity);
                ends[block] = Arrays.copyOf(ends[block], capacity);
            }
            keys[block][at] = key;
            firsts[block][at] = first;
            ends[block][at] = end;
            size++;
            coverDelta[first]++;
            coverDelta[end]--;
        }

        /** One WIP per instant, counted now; the keys are written out on first read ({@link KeysInProgress}). */
        List<WorkInProgress> series(List<Instant> instants) {
            int n = coverDelta.length - 1;
            int[] counts = new int[n];
            int covering = 0;
            for (int i = 0; i < n; i++) {
                covering += coverDelta[i];
                counts[i] = covering;
            }
            KeysInProgress.Stays shared = new KeysInProgress.Stays(keys, firsts, ends, size, counts);
            List<WorkInProgress> result = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                result.add(new WorkInProgress(instants.get(i), new KeysInProgress(shared, i, counts[i])));
            }
            return result;
        }
    }
}
