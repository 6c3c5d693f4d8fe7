package io.lodestar.core.okr;

import java.util.Optional;

/**
 * A key result as the OKR page shows it: measured, scored, judged and forecast.
 *
 * @param score        the frozen final score once graded, else the measured score
 * @param latestCheckIn the latest check-in by a person (the measurement's automatic ones left out: this is what
 *                      the owner last reported), or null when there is none
 */
public record ScoredKeyResult(KeyResult keyResult, Measurement measurement, Score score, TrackStatus status,
                              Forecast forecast, CheckIn latestCheckIn, boolean checkInDue) {

    /** The forecast value expressed as a score, when there is a forecast and a start and target to measure it. */
    public Optional<Score> forecastScore() {
        if (!forecast.available()) {
            return Optional.empty();
        }
        Measure measure = keyResult.measure();
        if (measure instanceof Measure.Numeric numeric && numeric.complete()) {
            return Optional.of(Score.fromProgress(Measure.fractionOfWay(numeric.start(), numeric.target(), forecast.value())));
        }
        if (measure instanceof Measure.KpiBacked kpi) {
            return Optional.of(Score.fromProgress(Measure.fractionOfWay(kpi.start(), kpi.target(), forecast.value())));
        }
        return Optional.empty();
    }
}
