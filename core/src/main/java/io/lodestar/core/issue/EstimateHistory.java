package io.lodestar.core.issue;

import java.util.function.LongPredicate;

/**
 * An issue's story point estimate at any instant, replayed from its STORY_POINTS changelog items
 * and its current estimate. Jira writes estimates as text ("3", "5.0"); an empty value means
 * unestimated. Text that is not a number is treated as unestimated rather than guessed.
 */
public final class EstimateHistory extends Timeline<Double> {

    private EstimateHistory(long[] starts, Double[] values) {
        super(starts, values);
    }

    public static EstimateHistory of(IssueSnapshot issue) {
        Change[] changes = changesOf(issue, ChangeField.STORY_POINTS);
        long created = millis(issue.created());
        long[] starts = new long[changes.length + 1];
        Double[] values = new Double[changes.length + 1];
        starts[0] = created;
        values[0] = changes.length == 0 ? issue.storyPoints() : parse(changes[0]);
        for (int i = 0; i < changes.length; i++) {
            starts[i + 1] = Math.max(created, millis(changes[i].at()));
            values[i + 1] = i + 1 == changes.length ? issue.storyPoints() : parseTo(changes[i]);
        }
        return new EstimateHistory(starts, values);
    }

    /** The estimate at {@code atMillis}, null when unestimated (or before creation). */
    public Double estimateAt(long atMillis) {
        return valueAt(atMillis);
    }

    /** The estimate at {@code atMillis}, 0 when unestimated: what velocity counts. */
    public double pointsAt(long atMillis) {
        Double estimate = valueAt(atMillis);
        return estimate == null ? 0 : estimate;
    }

    /**
     * The net change of the estimate by changes in {@code (fromMillis, toMillis]}, each counted only
     * when {@code counted} accepts its instant (e.g. "the issue was in the sprint then").
     */
    public double netChangeBetween(long fromMillis, long toMillis, LongPredicate counted) {
        double net = 0;
        for (int i = 1; i < starts.length && starts[i] <= toMillis; i++) {
            if (starts[i] > fromMillis && counted.test(starts[i])) {
                net += zeroIfNull(values[i]) - zeroIfNull(values[i - 1]);
            }
        }
        return net;
    }

    private static double zeroIfNull(Double value) {
        return value == null ? 0 : value;
    }

    private static Double parse(Change first) {
        return parseText(first.fromText() != null ? first.fromText() : first.from());
    }

    private static Double parseTo(Change change) {
        return parseText(change.toText() != null ? change.toText() : change.to());
    }

    static Double parseText(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
