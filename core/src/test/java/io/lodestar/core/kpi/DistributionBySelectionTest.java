package io.lodestar.core.kpi;

import static org.junit.Assert.assertEquals;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.Test;

/**
 * The percentiles found by selection are exactly those of the sorted sample, on random samples of every
 * small size and some large ones, with many ties (durations on whole hours) and sorted or reversed input.
 */
public class DistributionBySelectionTest {

    @Test
    public void shouldGiveTheSortedSamplesPercentilesWhenSamplesAreRandom() {
        SplittableRandom random = new SplittableRandom(11);
        for (int size = 1; size <= 200; size++) {
            for (int round = 0; round < 5; round++) {
                assertMatchesSort(sample(random, size, round));
            }
        }
        for (int size : new int[] {1_000, 4_097, 100_000}) {
            for (int round = 0; round < 5; round++) {
                assertMatchesSort(sample(random, size, round));
            }
        }
    }

    @Test
    public void shouldLeaveTheSampleAsItWasWhenSelecting() {
        double[] sample = {5, 1, 4, 2, 3, 10, 0.5};
        double[] copy = sample.clone();
        Distribution.of(sample, KpiUnit.DAYS);
        assertEquals(Arrays.toString(copy), Arrays.toString(sample));
    }

    private static double[] sample(SplittableRandom random, int size, int shape) {
        double[] sample = new double[size];
        for (int i = 0; i < size; i++) {
            sample[i] = switch (shape) {
                case 0 -> random.nextDouble() * 100;
                case 1 -> random.nextInt(24 * 10) / 24.0;
                case 2 -> random.nextInt(3);
                case 3 -> i;
                default -> size - i;
            };
        }
        return sample;
    }

    private static void assertMatchesSort(double[] sample) {
        double[] sorted = sample.clone();
        Arrays.sort(sorted);
        Distribution distribution = Distribution.of(sample, KpiUnit.DAYS);
        String at = "size " + sample.length;
        assertEquals(at, Distribution.percentileOfSorted(sorted, 0.5), distribution.median().value(), 0);
        assertEquals(at, Distribution.percentileOfSorted(sorted, 0.85), distribution.percentile85().value(), 0);
        assertEquals(at, Distribution.percentileOfSorted(sorted, 0.95), distribution.percentile95().value(), 0);
    }
}
