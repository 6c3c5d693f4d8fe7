package io.lodestar.core.okr;

/**
 * Whether a key result or objective is on course to succeed by the end of its cycle, judged from its
 * score against the progress expected at this point of the cycle and from its owner's latest confidence.
 *
 * <p>The expected progress is the elapsed fraction of the cycle. Because 0.7 is success, a score is
 * on track while it keeps pace with the success line (0.7 × elapsed), at risk while it stays above
 * the red line (0.4 × elapsed), and off track below it. In the first tenth of the cycle the score
 * says nothing yet (no one has delivered in week one), so only confidence counts. The final status
 * is the worse of the score's verdict and the latest confidence.
 */
public enum TrackStatus {
    ON_TRACK,
    AT_RISK,
    OFF_TRACK;

    /** The share of the cycle during which a low score is not yet held against a key result. */
    public static final double TOO_EARLY_TO_JUDGE = 0.1;

    /**
     * @param score           the current score
     * @param elapsedFraction the elapsed fraction of the cycle, 0 to 1
     * @param latest          the latest confidence reported, or null when none
     */
    public static TrackStatus judge(Score score, double elapsedFraction, Confidence latest) {
        TrackStatus byScore = fromScore(score, elapsedFraction);
        TrackStatus byConfidence = latest == null ? ON_TRACK : fromConfidence(latest);
        return byScore.ordinal() >= byConfidence.ordinal() ? byScore : byConfidence;
    }

    static TrackStatus fromScore(Score score, double elapsedFraction) {
        if (elapsedFraction < TOO_EARLY_TO_JUDGE) {
            return ON_TRACK;
        }
        double value = score.value() + Score.TOLERANCE;
        if (value >= Score.SUCCESS * elapsedFraction) {
            return ON_TRACK;
        }
        return value >= Score.RED_BELOW * elapsedFraction ? AT_RISK : OFF_TRACK;
    }

    static TrackStatus fromConfidence(Confidence confidence) {
        return switch (confidence) {
            case ON_TRACK -> ON_TRACK;
            case AT_RISK -> AT_RISK;
            case OFF_TRACK -> OFF_TRACK;
        };
    }
}
