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
 * <p>Built in O(n log n): one primitive sort of a copy, no boxing.
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
        double[] sorted = Arrays.copyOf(sample, length);
        double sum = 0;
        for (double x : sorted) {
            require(Double.isFinite(x), "distribution.sample", "must hold finite numbers only, found " + x);
            sum += x;
        }
        Arrays.sort(sorted);
        return new Distribution(unit, length, sum / length, percentileOfSorted(sorted, 0.5),
                percentileOfSorted(sorted, 0.85), percentileOfSorted(sorted, 0.95), null);
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
