package io.lodestar.core.issue;

import java.util.function.Predicate;

/**
 * An issue's status id at any instant, replayed from its STATUS changelog items and its current
 * status, and the moments it entered a set of statuses (e.g. done).
 */
public final class StatusHistory extends Timeline<String> {

    private final boolean hasStatusChanges;

    private StatusHistory(long[] starts, String[] values, boolean hasStatusChanges) {
        super(starts, values);
        this.hasStatusChanges = hasStatusChanges;
    }

    public static StatusHistory of(IssueSnapshot issue) {
        Change[] changes = changesOf(issue, ChangeField.STATUS);
        long created = millis(issue.created());
        long[] starts = new long[changes.length + 1];
        String[] values = new String[changes.length + 1];
        starts[0] = created;
        values[0] = changes.length == 0 ? issue.status().id() : changes[0].from();
        for (int i = 0; i < changes.length; i++) {
            starts[i + 1] = Math.max(created, millis(changes[i].at()));
            values[i + 1] = i + 1 == changes.length ? issue.status().id() : changes[i].to();
        }
        return new StatusHistory(starts, values, changes.length > 0);
    }

    /** The status id at {@code atMillis}, null before creation. */
    public String statusAt(long atMillis) {
        return valueAt(atMillis);
    }

    /** Whether the status at {@code atMillis} is one of {@code selected}; false before creation. */
    public boolean inAt(Predicate<String> selected, long atMillis) {
        String status = valueAt(atMillis);
        return status != null && selected.test(status);
    }

    /**
     * When the issue last entered {@code selected} (from a status outside it, or by being created in
     * it) at or before {@code atMillis}, provided it is still in it then; -1 otherwise. This is the
     * start of the "done episode" in effect at {@code atMillis}: a reopened and re-done issue is done
     * since its last completion.
     */
    public long lastEntryAtOrBefore(Predicate<String> selected, long atMillis) {
        int segment = segmentAt(atMillis);
        if (segment < 0 || !selected.test(values[segment])) {
            return -1;
        }
        while (segment > 0 && values[segment - 1] != null && selected.test(values[segment - 1])) {
            segment--;
        }
        return starts[segment];
    }

    /** Receives one stay: a maximal stretch {@code [fromMillis, untilMillis)} spent in selected statuses. */
    @FunctionalInterface
    public interface StayConsumer {
        /** {@code untilMillis} is {@link Long#MAX_VALUE} when the issue is still there. */
        void accept(long fromMillis, long untilMillis);
    }

    /**
     * Hands every stay of the issue in {@code selected} to {@code consumer}, oldest first; adjacent
     * selected statuses ("In Progress" then "In Review") make one stay. One pass over the history.
     */
    public void forEachStay(Predicate<String> selected, StayConsumer consumer) {
        long stayStart = -1;
        boolean inside = false;
        for (int i = 0; i < starts.length; i++) {
            boolean in = values[i] != null && selected.test(values[i]);
            if (in && !inside) {
                stayStart = starts[i];
            } else if (!in && inside && starts[i] > stayStart) {
                consumer.accept(stayStart, starts[i]);
            }
            inside = in;
        }
        if (inside) {
            consumer.accept(stayStart, Long.MAX_VALUE);
        }
    }

    /** Whether the changelog held any status change (if not, the creation instant is a poor guess). */
    public boolean hasStatusChanges() {
        return hasStatusChanges;
    }
}
