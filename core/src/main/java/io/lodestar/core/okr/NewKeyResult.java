package io.lodestar.core.okr;

import java.time.Duration;

/**
 * What it takes to add a key result, or to replace its editable fields. {@code weight} null means 1;
 * {@code cadence} null means weekly. Validation happens when the {@link KeyResult} is built.
 */
public record NewKeyResult(String title, String owner, Double weight, Measure measure, Duration cadence) {

    public static NewKeyResult of(String title, String owner, Measure measure) {
        return new NewKeyResult(title, owner, null, measure, null);
    }

    double weightOrDefault() {
        return weight == null ? 1.0 : weight;
    }
}
