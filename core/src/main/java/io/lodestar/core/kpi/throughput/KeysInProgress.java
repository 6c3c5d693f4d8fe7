package io.lodestar.core.kpi.throughput;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * The keys of one instant of a WIP series: an unmodifiable list whose size is known at once and whose
 * keys are written out on first read, for every instant of the series together ({@link Stays}).
 *
 * <p>Why: a weekly series over years of unfinished issues holds tens of millions of (instant, key)
 * pairs. Writing them out cost more than the rest of the calculation, and most readers want only the
 * counts (the KPI value); a reader that lists the keys pays that cost once, on first read. Copying them
 * again as {@code List.copyOf} would (twice: to an array, then with null checks) is avoided too:
 * {@link WorkInProgress} keeps this list as it is.
 *
 * <p>Once filled, this instant's keys are held here in a plain field (safe: {@link Slice} is
 * immutable), so that a loop over them reads one array element per key. Reading them on every
 * {@link #get} through the series (a volatile, the array of instants, then this instant's array) cost
 * three times what the keys' own reads cost, in a loop over every key of a weekly series.
 */
final class KeysInProgress extends AbstractList<String> implements RandomAccess {

    private final Stays stays;
    private final int instant;
    private final int size;
    /** This instant's keys once read through this list, else null. */
    private Slice slice;

    KeysInProgress(Stays stays, int instant, int size) {
        this.stays = stays;
        this.instant = instant;
        this.size = size;
    }

    @Override
    public String get(int index) {
        Slice keys = slice;
        if (keys == null) {
            // An index out of range fills nothing.
            Objects.checkIndex(index, size);
            keys = new Slice(stays.filled()[instant]);
            slice = keys;
        }
        // The array holds exactly this list's keys: its bounds check is the list's (an IndexOutOfBoundsException).
        return keys.keys[index];
    }

    @Override
    public int size() {
        return size;
    }

    /**
     * One instant's keys, filled. A final field: a thread that sees this object, even through a field
     * written without synchronisation, sees the array's contents as they were when it was made.
     */
    private static final class Slice {
        final String[] keys;

        Slice(String[] keys) {
            this.keys = keys;
        }
    }

    /**
     * The stays in progress of one series as half-open ranges {@code [first, end)} of instant indexes, in
     * input order, no longer written to; each instant's keys are filled in on the first read of any, in
     * input order (an issue's stays do not overlap, so it appears at most once per instant). Safe to read
     * from several threads: the keys are written once under the lock and published through a volatile.
     */
    static final class Stays {
        static final int SHIFT = 14;
        /** How many stays one block holds: 16,384 (the arrays of a block are 64 KB each with compressed references). */
        static final int BLOCK = 1 << SHIFT;

        private final String[][] keys;
        private final int[][] firsts;
        private final int[][] ends;
        private final int size;
        private final int[] counts;
        private volatile String[][] filled;

        /**
         * Takes the arrays as they are (the caller writes them no more): stay {@code s} is element
         * {@code s % BLOCK} of block {@code s / BLOCK}, for {@code s} below {@code size}.
         */
        Stays(String[][] keys, int[][] firsts, int[][] ends, int size, int[] counts) {
            this.keys = keys;
            this.firsts = firsts;
            this.ends = ends;
            this.size = size;
            this.counts = counts;
        }

        /** Every instant's keys, filled on the first call: not to be written to. */
        String[][] filled() {
            String[][] result = filled;
            if (result == null) {
                synchronized (this) {
                    result = filled;
                    if (result == null) {
                        result = fill();
                        filled = result;
                    }
                }
            }
            return result;
        }

        /**
         * One array per instant (not one for the series: an array that large is allocated outside the
         * young generation, where every reference written into it costs the collector's full write barrier).
         */
        private String[][] fill() {
            int n = counts.length;
            String[][] filled = new String[n][];
            for (int i = 0; i < n; i++) {
                filled[i] = new String[counts[i]];
            }
            int[] next = new int[n];
            // A few instants at a time (at most eight passes over the stays): writing into every instant's array at
            // once, a stay at a time, spread the stores over hundreds of arrays, each store a cache miss.
            int tile = Math.max(32, (n + 7) / 8);
            for (int tileStart = 0; tileStart < n; tileStart += tile) {
                int tileEnd = Math.min(n, tileStart + tile);
                for (int block = 0, left = size; left > 0; block++, left -= BLOCK) {
                    String[] blockKeys = keys[block];
                    int[] blockFirsts = firsts[block];
                    int[] blockEnds = ends[block];
                    for (int s = 0, count = Math.min(left, BLOCK); s < count; s++) {
                        int from = Math.max(blockFirsts[s], tileStart);
                        int to = Math.min(blockEnds[s], tileEnd);
                        if (from < to) {
                            String key = blockKeys[s];
                            for (int i = from; i < to; i++) {
                                filled[i][next[i]++] = key;
                            }
                        }
                    }
                }
            }
            return filled;
        }
    }
}
