package io.lodestar.core.okr;

import java.util.List;
import java.util.Optional;

/**
 * An objective with its scored key results. An objective without key results has no score and no
 * status (empty), rather than a misleading 0.
 *
 * @param score  the frozen final score once graded, else the weighted mean of its key results' scores
 * @param status its score judged against the cycle's expected progress
 */
public record ScoredObjective(Objective objective, Optional<Score> score, Optional<TrackStatus> status,
                              List<ScoredKeyResult> keyResults) {

    public ScoredObjective {
        keyResults = List.copyOf(keyResults);
    }

    /** Scores an objective from its scored key results at the given elapsed fraction of its cycle. */
    public static ScoredObjective of(Objective objective, List<ScoredKeyResult> keyResults, double elapsedFraction) {
        Optional<Score> score;
        if (objective.graded()) {
            score = Optional.of(Score.of(objective.finalScore()));
        } else if (keyResults.isEmpty()) {
            score = Optional.empty();
        } else {
            score = Optional.of(Score.weightedMean(keyResults.stream()
                    .map(kr -> new Score.Weighted(kr.score(), kr.keyResult().weight()))
                    .toList()));
        }
        Optional<TrackStatus> status = score.map(s -> TrackStatus.judge(s, elapsedFraction, null));
        return new ScoredObjective(objective, score, status, keyResults);
    }
}
