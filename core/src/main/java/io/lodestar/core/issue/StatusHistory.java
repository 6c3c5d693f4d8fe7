package io.lodestar.core.issue;

import java.util.List;
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
     * Hands every stay of {@code issue} in {@code selected} to {@code consumer}, oldest first;
     * adjacent selected statuses ("In Progress" then "In Review") make one stay. A stay ending where
     * it began (a change stamped at or before the stay's start) is left out.
     *
     * <p>Replayed straight from the changelog rather than through {@link #of}: only the changes
     * where a stay starts or ends need their timestamp, and converting an {@code OffsetDateTime} to
     * epoch milliseconds for every change was the hottest line of WIP over a million issues.
     */
    public static void forEachStay(IssueSnapshot issue, Predicate<String> selected, StayConsumer consumer) {
        List<Change> changelog = issue.changelog();
        int first = firstStatusChange(changelog);
        int last = lastStatusChange(changelog);
        long created = millis(issue.created());
        boolean inside = isSelected(selected, first < 0 ? issue.status().id() : changelog.get(first).from());
        long stayStart = created;
        for (int i = first; i >= 0 && i <= last; i++) {
            Change change = changelog.get(i);
            if (change.field() != ChangeField.STATUS) {
                continue;
            }
            boolean in = isSelected(selected, i == last ? issue.status().id() : change.to());
            if (in == inside) {
                continue;
            }
            long at = Math.max(created, millis(change.at()));
            if (in) {
                stayStart = at;
            } else if (at > stayStart) {
                consumer.accept(stayStart, at);
            }
            inside = in;
        }
        if (inside) {
            consumer.accept(stayStart, Long.MAX_VALUE);
        }
    }

    /**
     * When {@code issue} last entered {@code selected} (from a status outside it, or by being
     * created in it), provided its current status is in it; -1 otherwise. The same as
     * {@code of(issue).lastEntryAtOrBefore(selected, Long.MAX_VALUE)}, replayed straight from the
     * changelog so that only the changes entering {@code selected} have their timestamp converted.
     */
    public static long lastEntry(IssueSnapshot issue, Predicate<String> selected) {
        List<Change> changelog = issue.changelog();
        int first = firstStatusChange(changelog);
        int last = lastStatusChange(changelog);
        long created = millis(issue.created());
        boolean inside = isSelected(selected, first < 0 ? issue.status().id() : changelog.get(first).from());
        long entry = created;
        for (int i = first; i >= 0 && i <= last; i++) {
            Change change = changelog.get(i);
            if (change.field() != ChangeField.STATUS) {
                continue;
            }
            boolean in = isSelected(selected, i == last ? issue.status().id() : change.to());
            if (in && !inside) {
                entry = Math.max(created, millis(change.at()));
            }
            inside = in;
        }
        return inside ? entry : -1;
    }

    /** Whether the changelog of {@code issue} holds any status change. */
    public static boolean hasStatusChanges(IssueSnapshot issue) {
        return firstStatusChange(issue.changelog()) >= 0;
    }

    private static boolean isSelected(Predicate<String> selected, String statusId) {
        return statusId != null && selected.test(statusId);
    }

    private static int firstStatusChange(List<Change> changelog) {
        for (int i = 0, n = changelog.size(); i < n; i++) {
            if (changelog.get(i).field() == ChangeField.STATUS) {
                return i;
            }
        }
        return -1;
    }

    private static int lastStatusChange(List<Change> changelog) {
        for (int i = changelog.size() - 1; i >= 0; i--) {
            if (changelog.get(i).field() == ChangeField.STATUS) {
                return i;
            }
        }
        return -1;
    }

    /** Whether the changelog held any status change (if not, the creation instant is a poor guess). */
    public boolean hasStatusChanges() {
        return hasStatusChanges;
    }
}
