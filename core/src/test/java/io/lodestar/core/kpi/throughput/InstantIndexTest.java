package io.lodestar.core.kpi.throughput;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.Test;

/** The bucketed search answers what a plain lower-bound search answers, ties, gaps and extremes included. */
public class InstantIndexTest {

    @Test
    public void shouldAnswerAsBinarySearchWhenInstantsAreRandom() {
        SplittableRandom random = new SplittableRandom(5);
        for (int round = 0; round < 300; round++) {
            int n = random.nextInt(40);
            long[] instants = new long[n];
            long spread = round % 3 == 0 ? 10 : round % 3 == 1 ? 1_000_000_000L : Long.MAX_VALUE / 2;
            for (int i = 0; i < n; i++) {
                instants[i] = random.nextLong(spread) - spread / 2;
                if (i > 0 && random.nextInt(5) == 0) {
                    instants[i] = instants[i - 1];
                }
            }
            Arrays.sort(instants);
            InstantIndex index = new InstantIndex(instants);
            for (int probe = 0; probe < 200; probe++) {
                long target = n > 0 && random.nextBoolean() ? instants[random.nextInt(n)] + random.nextInt(3) - 1
                        : random.nextLong(spread) - spread / 2;
                assertEquals("round " + round + " target " + target, lowerBound(instants, target), index.firstAtOrAfter(target));
            }
            assertEquals(n, index.firstAtOrAfter(Long.MAX_VALUE));
            assertEquals(0, index.firstAtOrAfter(Long.MIN_VALUE));
        }
    }

    @Test
    public void shouldPlaceWeeklyInstantsWhenEvenlySpaced() {
        long week = 7L * 24 * 3_600_000;
        long[] weeks = new long[209];
        for (int i = 0; i < weeks.length; i++) {
            weeks[i] = 1_578_268_800_000L + i * week;
        }
        InstantIndex index = new InstantIndex(weeks);
        assertEquals(0, index.firstAtOrAfter(weeks[0]));
        assertEquals(1, index.firstAtOrAfter(weeks[0] + 1));
        assertEquals(100, index.firstAtOrAfter(weeks[100]));
        assertEquals(101, index.firstAtOrAfter(weeks[100] + week / 2));
        assertEquals(209, index.firstAtOrAfter(weeks[208] + 1));
    }

    private static int lowerBound(long[] ascending, long target) {
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
