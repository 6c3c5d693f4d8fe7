package io.lodestar.core.okr;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An objective with its scored key results. An objective without anything to score has no score and no
 * status (empty), rather than a misleading 0.
 *
 * <p>The score is the weighted mean of its key results' scores. When the objective rolls up
 * ({@link Objective#rollUp()}), each aligned objective with a score joins that mean as one more part whose weight is
 * the weight behind its own score ({@link #weight()}: the sum of its key results' weights, and of what it rolls up
 * in turn). So rolling up counts every key result below once, with its own weight: an objective with one key
 * result of weight 1 scoring 1.0 and an aligned objective with two key results of weight 1 scoring 0.4 and 0.1
 * (score 0.25, weight 2) scores (1 × 1.0 + 2 × 0.25) / 3 = 0.5. An aligned objective without a score is left out.
 *
 * @param score  the frozen final score once graded, else the weighted mean described above
 * @param status its score judged against the cycle's expected progress
 * @param weight the sum of the weights behind the score (0 when there is no score)
 */
public record ScoredObjective(Objective objective, Optional<Score> score, Optional<TrackStatus> status,
                              List<ScoredKeyResult> keyResults, double weight) {

    public ScoredObjective {
        keyResults = List.copyOf(keyResults);
    }

    /** Scores an objective from its own scored key results only, at the given elapsed fraction of its cycle. */
    public static ScoredObjective of(Objective objective, List<ScoredKeyResult> keyResults, double elapsedFraction) {
        return of(objective, keyResults, List.of(), elapsedFraction);
    }

    /**
     * Scores an objective from its scored key results and, when it rolls up, from the scored objectives aligned to
     * it ({@code aligned}, ignored otherwise), at the given elapsed fraction of its cycle.
     */
    public static ScoredObjective of(Objective objective, List<ScoredKeyResult> keyResults,
                                     List<ScoredObjective> aligned, double elapsedFraction) {
        List<Score.Weighted> parts = new ArrayList<>();
        keyResults.forEach(kr -> parts.add(new Score.Weighted(kr.score(), kr.keyResult().weight())));
        if (objective.rollUp()) {
            for (ScoredObjective child : aligned) {
                if (child.score().isPresent() && child.weight() > 0) {
                    parts.add(new Score.Weighted(child.score().get(), child.weight()));
                }
            }
        }
        double weight = parts.stream().mapToDouble(Score.Weighted::weight).sum();
        Optional<Score> score;
        if (objective.graded()) {
            score = Optional.of(Score.of(objective.finalScore()));
        } else if (parts.isEmpty()) {
            score = Optional.empty();
        } else {
            score = Optional.of(Score.weightedMean(parts));
        }
        if (objective.graded() && weight == 0) {
            weight = 1.0;
        }
        Optional<TrackStatus> status = score.map(s -> TrackStatus.judge(s, elapsedFraction, null));
        return new ScoredObjective(objective, score, status, keyResults, weight);
    }
}
