package io.lodestar.core.common;

import java.util.Objects;

/**
 * A stored record that today's rules refuse (written by an older version, or by a bug): it exists, but cannot be read
 * as what it should be. It names the {@link #kind()}, the {@link #id()}, the stored {@link #version()} (so that it can
 * still be replaced or deleted with the usual version check) and the {@link #problem()}. A REST layer answers it with
 * a clear message saying how to repair it, never with a generic error.
 */
public class DamagedRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final long id;
    private final long version;
    private final String problem;

    public DamagedRecordException(String kind, long id, long version, String problem) {
        super(Objects.requireNonNull(kind, "kind") + " " + id + " is stored in a form this version refuses: " + problem);
        this.kind = kind;
        this.id = id;
        this.version = version;
        this.problem = problem;
    }

    public String kind() {
        return kind;
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    /** What is wrong with the stored record, in words. */
    public String problem() {
        return problem;
    }
}
