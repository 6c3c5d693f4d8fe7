package io.lodestar.core.issue;

import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;

/**
 * When each value of one field held, replayed from an issue's changelog: the value before the
 * first change held from creation, each change's new value from its instant. Package-private base
 * of {@link SprintMembership}, {@link EstimateHistory} and {@link StatusHistory}.
 *
 * <p>Why the "before" value comes from the first change: Jira does not log a field's initial value
 * at creation, so the earliest value known is the {@code from} of the first change; with no change
 * at all, the current value held since creation. Nothing exists before creation.
 *
 * <p>Instants are epoch milliseconds in primitive arrays: calculators ask millions of questions.
 * A change at exactly instant t is already in effect at t.
 */
abstract class Timeline<T> {

    /** Segment i holds {@code values[i]} from {@code starts[i]} until {@code starts[i + 1]}. */
    final long[] starts;
    final T[] values;

    Timeline(long[] starts, T[] values) {
        this.starts = starts;
        this.values = values;
    }

    /** The segment in effect at {@code atMillis}, or -1 before the issue existed. */
    final int segmentAt(long atMillis) {
        if (starts.length == 0 || atMillis < starts[0]) {
            return -1;
        }
        if (starts.length <= 8) {
            int segment = 0;
            while (segment + 1 < starts.length && starts[segment + 1] <= atMillis) {
                segment++;
            }
            return segment;
        }
        int found = Arrays.binarySearch(starts, atMillis);
        if (found >= 0) {
            while (found + 1 < starts.length && starts[found + 1] == atMillis) {
                found++;
            }
            return found;
        }
        return -found - 2;
    }

    /** The value in effect at {@code atMillis}, null before creation or when the field was empty. */
    final T valueAt(long atMillis) {
        int segment = segmentAt(atMillis);
        return segment < 0 ? null : values[segment];
    }

    /** Epoch milliseconds without allocating an Instant (this runs for every changelog item). */
    static long millis(OffsetDateTime at) {
        return at.toEpochSecond() * 1000 + at.getNano() / 1_000_000;
    }

    /** The changes of {@code field}, oldest first, without an intermediate list. */
    static Change[] changesOf(IssueSnapshot issue, ChangeField field) {
        List<Change> changelog = issue.changelog();
        int count = 0;
        for (int i = 0, n = changelog.size(); i < n; i++) {
            if (changelog.get(i).field() == field) {
                count++;
            }
        }
        Change[] changes = new Change[count];
        if (count > 0) {
            int next = 0;
            for (int i = 0, n = changelog.size(); i < n; i++) {
                Change change = changelog.get(i);
                if (change.field() == field) {
                    changes[next++] = change;
                }
            }
        }
        return changes;
    }
}
