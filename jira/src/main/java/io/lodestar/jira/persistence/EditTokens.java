package io.lodestar.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The optimistic lock of versioned records, kept in {@link EditTokenEntity} rows (see there why a row
 * of its own). Must run inside the transaction of the write it guards. The kinds double as the
 * record kinds of {@code NotFoundException} and {@code StaleVersionException}.
 */
public final class EditTokens {

    public static final String CYCLE = "cycle";
    public static final String OBJECTIVE = "objective";
    public static final String KEY_RESULT = "keyResult";

    private final ActiveObjects ao;

    EditTokens(ActiveObjects ao) {
        this.ao = ao;
    }

    /** The token key of a record, e.g. {@code objective:12}. */
    public static String key(String kind, long id) {
        return kind + ":" + id;
    }

    /** Records that a new record starts at version 1. */
    void issue(String kind, long id) {
        create(key(kind, id), 1L);
    }

    /**
     * Claims the right to move a record from {@code expectedVersion} to the next version. Returns
     * false, changing nothing, when the record is not at that version (or does not exist); the
     * caller then tells which of the two it is.
     */
    boolean claim(String kind, long id, long expectedVersion) {
        String key = key(kind, id);
        int claimed = ao.deleteWithSQL(EditTokenEntity.class,
                EditTokenEntity.RECORD_KEY + " = ? AND " + EditTokenEntity.VERSION + " = ?", key, expectedVersion);
        if (claimed == 0) {
            return false;
        }
        create(key, expectedVersion + 1);
        return true;
    }

    /** Removes the tokens of deleted records. */
    void remove(Collection<String> keys) {
        for (Collection<?> chunk : Chunks.of(keys)) {
            ao.deleteWithSQL(EditTokenEntity.class, EditTokenEntity.RECORD_KEY + " IN (" + Chunks.placeholders(chunk) + ")",
                    chunk.toArray());
        }
    }

    private void create(String key, long version) {
        Map<String, Object> row = new HashMap<>();
        row.put(EditTokenEntity.RECORD_KEY, key);
        row.put(EditTokenEntity.VERSION, version);
        ao.create(EditTokenEntity.class, row);
    }
}
