package io.lodestar.core.issue;

import java.util.Arrays;
import java.util.List;

/**
 * Which sprints an issue was in at any instant, replayed from its SPRINT changelog items (from/to
 * are comma-separated sprint id lists) and its current sprints. Jira keeps closed sprints in the
 * field, so an issue carried over from sprint 1 to sprint 2 lists "1, 2" afterwards; "being in
 * sprint 1" after its close therefore only means "was in it when it closed".
 *
 * <p>Changelog values that are not numbers (legacy GreenHopper text) are ignored.
 */
public final class SprintMembership extends Timeline<long[]> {

    private static final long[] NONE = new long[0];

    private SprintMembership(long[] starts, long[][] values) {
        super(starts, values);
    }

    public static SprintMembership of(IssueSnapshot issue) {
        Change[] changes = changesOf(issue, ChangeField.SPRINT);
        long[] current = new long[issue.sprints().size()];
        for (int i = 0; i < current.length; i++) {
            current[i] = issue.sprints().get(i).id();
        }
        long created = millis(issue.created());
        long[] starts = new long[changes.length + 1];
        long[][] values = new long[changes.length + 1][];
        starts[0] = created;
        values[0] = changes.length == 0 ? current : parseIds(changes[0].from());
        for (int i = 0; i < changes.length; i++) {
            // A change logged before the creation instant (clock skew in imports) counts from creation.
            starts[i + 1] = Math.max(created, millis(changes[i].at()));
            values[i + 1] = i + 1 == changes.length ? current : parseIds(changes[i].to());
        }
        return new SprintMembership(starts, values);
    }

    /** Whether the issue was in sprint {@code sprintId} at {@code atMillis} (epoch milliseconds). */
    public boolean inSprintAt(long sprintId, long atMillis) {
        return contains(valueAt(atMillis), sprintId);
    }

    /**
     * The first instant in {@code (fromMillis, toMillis]} at which the issue entered sprint
     * {@code sprintId} (by a change or by being created in it), or -1 if it did not enter it then.
     */
    public long firstEntryBetween(long sprintId, long fromMillis, long toMillis) {
        boolean wasIn = inSprintAt(sprintId, fromMillis);
        for (int i = 0; i < starts.length && starts[i] <= toMillis; i++) {
            if (starts[i] > fromMillis) {
                boolean in = contains(values[i], sprintId);
                if (in && !wasIn) {
                    return starts[i];
                }
                wasIn = in;
            }
        }
        return -1;
    }

    /**
     * The last instant in {@code (fromMillis, toMillis]} at which the issue left sprint
     * {@code sprintId}, or -1 if it did not leave it then.
     */
    public long lastExitBetween(long sprintId, long fromMillis, long toMillis) {
        long exit = -1;
        for (int i = 1; i < starts.length; i++) {
            if (starts[i] > toMillis) {
                break;
            }
            if (starts[i] > fromMillis && contains(values[i - 1], sprintId) && !contains(values[i], sprintId)) {
                exit = starts[i];
            }
        }
        return exit;
    }

    /** Every sprint id the issue was ever in, possibly repeated; for finding the sprints to look at. */
    public long[] sprintIdsEverHeld() {
        if (values.length == 1) {
            return values[0];
        }
        int count = 0;
        for (long[] value : values) {
            count += value.length;
        }
        long[] ids = new long[count];
        int next = 0;
        for (long[] value : values) {
            System.arraycopy(value, 0, ids, next, value.length);
            next += value.length;
        }
        return ids;
    }

    private static boolean contains(long[] ids, long sprintId) {
        if (ids == null) {
            return false;
        }
        for (long id : ids) {
            if (id == sprintId) {
                return true;
            }
        }
        return false;
    }

    /**
     * "12, 13" to {12, 13}; blank or null to none; parts that are not plain numbers skipped. Scans
     * characters by hand: this runs for every sprint change of every issue.
     */
    public static long[] parseIds(String text) {
        if (text == null || text.isEmpty()) {
            return NONE;
        }
        long[] ids = new long[4];
        int count = 0;
        long value = 0;
        int digits = 0;
        boolean valid = true;
        boolean ended = false;
        for (int i = 0, n = text.length(); i <= n; i++) {
            char c = i < n ? text.charAt(i) : ',';
            if (c == ',') {
                if (valid && digits > 0 && digits < 19) {
                    if (count == ids.length) {
                        ids = Arrays.copyOf(ids, count * 2);
                    }
                    ids[count++] = value;
                }
                value = 0;
                digits = 0;
                valid = true;
                ended = false;
            } else if (c >= '0' && c <= '9' && !ended) {
                value = value * 10 + (c - '0');
                digits++;
            } else if (c == ' ') {
                ended = digits > 0;
            } else {
                valid = false;
            }
        }
        return count == 0 ? NONE : Arrays.copyOf(ids, count);
    }
}
