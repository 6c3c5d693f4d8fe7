package io.lodestar.core.kpi.throughput;

/**
 * Where an instant falls among ascending instants: {@link #firstAtOrAfter} answers what a binary search
 * would, from a table of buckets of equal width (a power of two) over the instants' span and a search
 * within the one bucket (usually holding none or one instant). Why: placing each of a million issues' stays by binary
 * search over some two hundred weekly instants was most of WIP's time, each step a branch the processor
 * cannot predict. Immutable.
 */
final class InstantIndex {

    private final long[] ascending;
    private final long first;
    /** Buckets are {@code 2^shift} milliseconds wide: a shift, not a division (some forty cycles), per search. */
    private final int shift;
    /** {@code bucketStarts[b]} is the index of the first instant at or after bucket {@code b}'s start. */
    private final int[] bucketStarts;

    /** @param ascending instants in epoch milliseconds, ascending (not copied: the caller writes it no more) */
    InstantIndex(long[] ascending) {
        this.ascending = ascending;
        int n = ascending.length;
        // Instants far from today's (beyond some 70 million years) could overflow the arithmetic: searched whole.
        boolean ordinary = n >= 2 && ascending[0] > -(1L << 61) && ascending[n - 1] < (1L << 61);
        if (!ordinary || ascending[n - 1] - ascending[0] <= 0) {
            first = n == 0 ? 0 : ascending[0];
            shift = 0;
            bucketStarts = null;
            return;
        }
        first = ascending[0];
        int buckets = n * 4;
        long span = ascending[n - 1] - first;
        // The power of two at or above the width that makes n * 4 buckets: between n * 2 and n * 4 of them.
        shift = 64 - Long.numberOfLeadingZeros(span / buckets);
        int count = (int) (span >>> shift) + 2;
        bucketStarts = new int[count + 1];
        int index = 0;
        for (int b = 0; b <= count; b++) {
            long start = first + ((long) b << shift);
            while (index < n && ascending[index] < start) {
                index++;
            }
            bucketStarts[b] = index;
        }
    }

    /** The index of the first instant at or after {@code target} ({@code length} if none). */
    int firstAtOrAfter(long target) {
        int n = ascending.length;
        if (n == 0 || target <= ascending[0]) {
            return 0;
        }
        if (target > ascending[n - 1]) {
            return n;
        }
        int low;
        int high;
        if (bucketStarts == null) {
            low = 0;
            high = n;
        } else {
            // target - first > 0 here, and at most the span: the bucket exists.
            int bucket = (int) ((target - first) >>> shift);
            low = bucketStarts[bucket];
            high = bucketStarts[bucket + 1];
        }
        // The answer lies in [low, high]: instants before low are below the bucket, so below target.
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
