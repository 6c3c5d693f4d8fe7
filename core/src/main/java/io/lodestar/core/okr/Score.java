package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.require;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * A score on Google's 0.0 to 1.0 scale. The value is kept raw (e.g. 0.6666666666666666); only
 * {@link #display()} rounds, to two decimals and downwards, so that the figure a user reads never
 * claims a band the score does not have (0.695 rounded half up would read "0.7" next to a yellow band).
 *
 * <p>Band thresholds compare the raw value with a tolerance of {@value #TOLERANCE}: progress such as
 * (1.21 - 1) / (1.3 - 1) lands a hair under 0.7 in binary floating point, and a score that is 0.7 by
 * every human reckoning must count as a success.
 */
public record Score(double value) {

    /** 0.7 and above counts as success. */
    public static final double SUCCESS = 0.7;
    /** Below 0.4 is red. */
    public static final double RED_BELOW = 0.4;
    static final double TOLERANCE = 1e-9;

    public static final Score ZERO = new Score(0.0);
    public static final Score FULL = new Score(1.0);

    public Score {
        require(value >= 0.0 && value <= 1.0, "score", "must be between 0 and 1, was " + value);
    }

    /** A score in [0, 1]. */
    public static Score of(double value) {
        return new Score(value);
    }

    /** The score of a raw progress fraction: clamped to [0, 1], so overshoot scores 1 and regress 0. */
    public static Score fromProgress(double progress) {
        require(!Double.isNaN(progress), "progress", "must be a number");
        return new Score(Math.max(0.0, Math.min(1.0, progress)));
    }

    /** A weighted score, the input of {@link #weightedMean(List)}. */
    public record Weighted(Score score, double weight) {
        public Weighted {
            require(weight > 0 && Double.isFinite(weight), "weight", "must be positive");
        }
    }

    /** Σ weight × score / Σ weight; the list must not be empty. */
    public static Score weightedMean(List<Weighted> scores) {
        require(!scores.isEmpty(), "scores", "must not be empty");
        double sum = 0;
        double weights = 0;
        for (Weighted w : scores) {
            sum += w.score().value() * w.weight();
            weights += w.weight();
        }
        return fromProgress(sum / weights);
    }

    public Band band() {
        if (value < RED_BELOW - TOLERANCE) {
            return Band.RED;
        }
        return value < SUCCESS - TOLERANCE ? Band.YELLOW : Band.GREEN;
    }

    /** Whether the score reaches 0.7, the customary mark of a successful key result. */
    public boolean success() {
        return band() == Band.GREEN;
    }

    /** Whether the target was reached in full. */
    public boolean complete() {
        return value >= 1.0 - TOLERANCE;
    }

    /**
     * The score rounded down to two decimals, e.g. "0.66" for two thirds and "0.70" for a success. The
     * band's tolerance is added first, so a score that counts as 0.7 also reads 0.70.
     */
    public String display() {
        return BigDecimal.valueOf(Math.min(1.0, value + TOLERANCE)).setScale(2, RoundingMode.DOWN).toPlainString();
    }
}
