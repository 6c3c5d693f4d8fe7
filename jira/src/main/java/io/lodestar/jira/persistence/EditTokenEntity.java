package io.lodestar.jira.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.Table;

/**
 * The current version of a versioned record (cycle, objective, key result), kept as a row of its own
 * so that a write can claim it atomically.
 *
 * <p>Why a separate row: AO offers no conditional {@code UPDATE ... WHERE VERSION = ?}, and reading
 * the version then saving is a lost update under Jira's READ COMMITTED isolation (both writers read
 * version 3, both save version 4). A write instead deletes the token row {@code (record, expected
 * version)} with {@code deleteWithSQL}, which returns the number of rows deleted: the database lets
 * only one of two concurrent transactions delete that row (the second waits for the first, then
 * finds nothing), so exactly one writer wins and the other is refused as stale. The winner inserts
 * the token of the next version in the same transaction.
 */
@Table("EDIT_TOKEN")
public interface EditTokenEntity extends Entity {

    String RECORD_KEY = "RECORD_KEY";
    String VERSION = "VERSION";

    /** Which record, e.g. {@code objective:12} (see {@link EditTokens}). */
    @NotNull
    @Indexed
    String getRecordKey();

    void setRecordKey(String recordKey);

    @NotNull
    long getVersion();

    void setVersion(long version);
}
