package io.lodestar.core.issue;

import java.util.ArrayList;
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
        List<Change> changes = new ArrayList<>();
        for (Change change : issue.changelog()) {
            if (change.field() == ChangeField.SPRINT) {
                changes.add(change);
            }
        }
        long[] current = new long[issue.sprints().size()];
        for (int i = 0; i < current.length; i++) {
            current[i] = issue.sprints().get(i).id();
        }
        long created = millis(issue.created());
        long[] starts = new long[changes.size() + 1];
        long[][] values = new long[changes.size() + 1][];
        starts[0] = created;
        values[0] = changes.isEmpty() ? current : parseIds(changes.get(0).from());
        for (int i = 0; i < changes.size(); i++) {
            // A change logged before the creation instant (clock skew in imports) counts from creation.
            starts[i + 1] = Math.max(created, millis(changes.get(i).at()));
            values[i + 1] = i + 1 == changes.size() ? current : parseIds(changes.get(i).to());
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

    /** Every sprint id the issue was ever in, with repeats; for finding the sprints to look at. */
    public List<Long> sprintIdsEverHeld() {
        List<Long> ids = new ArrayList<>();
        for (long[] value : values) {
            for (long id : value) {
                ids.add(id);
            }
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

    /** "12, 13" to {12, 13}; blank or null to none; non-numeric parts skipped. */
    static long[] parseIds(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String[] parts = text.split(",");
        long[] ids = new long[parts.length];
        int count = 0;
        for (String part : parts) {
            String trimmed = part.strip();
            if (!trimmed.isEmpty() && trimmed.chars().allMatch(Character::isDigit) && trimmed.length() < 19) {
                ids[count++] = Long.parseLong(trimmed);
            }
        }
        return count == ids.length ? ids : Arrays.copyOf(ids, count);
    }
}
