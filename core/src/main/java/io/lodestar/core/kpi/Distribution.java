package io.lodestar.core.kpi;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;
import static io.lodestar.core.common.InvalidInputException.requireText;

import java.util.Arrays;

/**
 * The summary of a sample of durations or counts: count, mean, median, 85th and 95th percentiles,
 * each as a {@link KpiValue} in the sample's unit. An empty sample gives not-applicable statistics
 * (with the reason), never 0.
 *
 * <p>Percentiles use linear interpolation between closest ranks, the default of numpy
 * ({@code percentile(..., method="linear")}), pandas {@code quantile} and R's {@code type = 7}, so
 * that the numbers match what a user gets from those tools: for a sorted sample
 * {@code x[0..n-1]} and a fraction {@code p}, let {@code h = (n - 1) * p}; the percentile is
 * {@code x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)])}.
 *
 * <p>Worked example: sample {1, 2, 3, 4, 10} days. Mean = 20 / 5 = 4. Median: h = 4 * 0.5 = 2, x[2] = 3.
 * 85th: h = 4 * 0.85 = 3.4, 4 + 0.4 * (10 - 4) = 6.4. 95th: h = 3.8, 4 + 0.8 * 6 = 8.8.
 *
 * <p>Built in O(n): the percentiles are order statistics of a copy found by selection (quickselect),
 * which gives the very values a full sort would, without sorting a million durations; no boxing.
 */
public final class Distribution {

    private final KpiUnit unit;
    private final int count;
    private final double mean;
    private final double median;
    private final double percentile85;
    private final double percentile95;
    private final String emptyReason;

    private Distribution(KpiUnit unit, int count, double mean, double median, double percentile85,
                         double percentile95, String emptyReason) {
        this.unit = unit;
        this.count = count;
        this.mean = mean;
        this.median = median;
        this.percentile85 = percentile85;
        this.percentile95 = percentile95;
        this.emptyReason = emptyReason;
    }

    /** The distribution of {@code sample} (not modified), "no values" when empty. */
    public static Distribution of(double[] sample, KpiUnit unit) {
        return of(sample, sample == null ? 0 : sample.length, unit, "no values to summarise");
    }

    /**
     * The distribution of the first {@code length} values of {@code sample} (not modified), which
     * lets a calculator fill an over-sized primitive buffer in one pass. {@code emptyReason} explains
     * an empty sample in the KPI's own words ("no issue resolved in the period").
     */
    public static Distribution of(double[] sample, int length, KpiUnit unit, String emptyReason) {
        requirePresent(sample, "distribution.sample");
        requirePresent(unit, "distribution.unit");
        require(length >= 0 && length <= sample.length, "distribution.length",
                "must be between 0 and the sample size " + sample.length);
        if (length == 0) {
            return new Distribution(unit, 0, 0, 0, 0, 0, requireText(emptyReason, "distribution.emptyReason"));
        }
        double[] values = Arrays.copyOf(sample, length);
        double sum = 0;
        for (double x : values) {
            // Tested before the message is built: writing every value as text cost more than the percentiles.
            if (!Double.isFinite(x)) {
                require(false, "distribution.sample", "must hold finite numbers only, found " + x);
            }
            sum += x;
        }
        // Ascending fractions: each selection only reorders the part above the previous rank.
        int[] from = {0};
        double median = percentileBySelection(values, 0.5, from);
        double percentile85 = percentileBySelection(values, 0.85, from);
        double percentile95 = percentileBySelection(values, 0.95, from);
        return new Distribution(unit, length, sum / length, median, percentile85, percentile95, null);
    }

    /**
     * {@link #percentileOfSorted} of {@code values} as if sorted: the two ranks it reads are selected,
     * {@code from[0]} being the first index not yet known to hold its sorted value's rank or below
     * (values below it are all at most the ones above). Leaves {@code from[0]} past the ranks read.
     */
    private static double percentileBySelection(double[] values, double fraction, int[] from) {
        int n = values.length;
        double h = (n - 1) * fraction;
        int low = (int) Math.floor(h);
        if (low >= n - 1) {
            select(values, Math.min(from[0], n - 1), n - 1, n - 1);
            from[0] = n - 1;
            return values[n - 1];
        }
        if (low >= from[0]) {
            select(values, from[0], n - 1, low);
        }
        double next = values[low + 1];
        int nextAt = low + 1;
        for (int i = low + 2; i < n; i++) {
            if (values[i] < next) {
                next = values[i];
                nextAt = i;
            }
        }
        // Put the next rank in its place, so that the next selection starts after it.
        values[nextAt] = values[low + 1];
        values[low + 1] = next;
        from[0] = low + 1;
        return values[low] + (h - low) * (next - values[low]);
    }

    /**
     * Reorders {@code values[lo..hi]} so that index {@code k} holds the value a sort would put there, smaller
     * or equal values before it and greater or equal ones after (Hoare's selection, median-of-three pivots).
     * A range that will not shrink quickly (adversarial input) or is small is sorted instead.
     */
    private static void select(double[] values, int lo, int hi, int k) {
        int rounds = 0;
        while (hi > lo) {
            if (hi - lo < 16 || ++rounds > 64) {
                Arrays.sort(values, lo, hi + 1);
                return;
            }
            double a = values[lo];
            double b = values[(lo + hi) >>> 1];
            double c = values[hi];
            double pivot = a < b ? (b < c ? b : Math.max(a, c)) : (a < c ? a : Math.max(b, c));
            int i = lo;
            int j = hi;
            while (i <= j) {
                while (values[i] < pivot) {
                    i++;
                }
                while (values[j] > pivot) {
                    j--;
                }
                if (i <= j) {
                    double swap = values[i];
                    values[i] = values[j];
                    values[j] = swap;
                    i++;
                    j--;
                }
            }
            if (k <= j) {
                hi = j;
            } else if (k >= i) {
                lo = i;
            } else {
                return;
            }
        }
    }

    /**
     * The {@code fraction} percentile (0 to 1) of an ascending, non-empty sample by linear
     * interpolation between closest ranks (R type 7), as described on the class.
     */
    public static double percentileOfSorted(double[] sorted, double fraction) {
        requirePresent(sorted, "distribution.sample");
        require(sorted.length > 0, "distribution.sample", "must not be empty");
        require(fraction >= 0 && fraction <= 1, "distribution.fraction", "must be between 0 and 1");
        double h = (sorted.length - 1) * fraction;
        int low = (int) Math.floor(h);
        if (low >= sorted.length - 1) {
            return sorted[sorted.length - 1];
        }
        return sorted[low] + (h - low) * (sorted[low + 1] - sorted[low]);
    }

    public boolean isEmpty() {
        return count == 0;
    }

    /** How many values the sample holds (applicable even when 0, since a count of 0 is a fact). */
    public KpiValue count() {
        return KpiValue.of(count, KpiUnit.ISSUES, count);
    }

    public KpiUnit unit() {
        return unit;
    }

    public KpiValue mean() {
        return statistic(mean);
    }

    public KpiValue median() {
        return statistic(median);
    }

    public KpiValue percentile85() {
        return statistic(percentile85);
    }

    public KpiValue percentile95() {
        return statistic(percentile95);
    }

    private KpiValue statistic(double value) {
        return isEmpty() ? KpiValue.notApplicable(emptyReason) : KpiValue.of(value, unit, count);
    }

    @Override
    public String toString() {
        return isEmpty() ? "empty distribution: " + emptyReason
                : "n=" + count + " mean=" + mean + " median=" + median + " p85=" + percentile85
                + " p95=" + percentile95 + " " + unit;
    }
}
