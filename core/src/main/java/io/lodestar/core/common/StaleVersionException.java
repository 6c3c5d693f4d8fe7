package io.lodestar.core.common;

/**
 * A write refused because it was based on a version of a record that is no longer the stored one:
 * somebody else (possibly on another cluster node) changed it in between. The caller should reload
 * and retry, or show the conflict; a REST layer maps it to 409.
 *
 * <p>Records that carry a {@code version} (objectives, key results, cycles) start at version 1 when
 * first stored, and every successful write increases it by one.
 */
public class StaleVersionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final long id;
    private final long expectedVersion;
    private final long actualVersion;

    public StaleVersionException(String kind, long id, long expectedVersion, long actualVersion) {
        super(kind + " " + id + ": stale version " + expectedVersion + ", stored version is " + actualVersion);
        this.kind = kind;
        this.id = id;
        this.expectedVersion = expectedVersion;
        this.actualVersion = actualVersion;
    }

    public String kind() {
        return kind;
    }

    public long id() {
        return id;
    }

    /** The version the refused write was based on. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The version found in the store. */
    public long actualVersion() {
        return actualVersion;
    }
}
