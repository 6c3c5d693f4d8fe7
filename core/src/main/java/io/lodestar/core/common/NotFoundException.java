package io.lodestar.core.common;

import java.util.Objects;

/**
 * A thing looked up by its id that does not exist (or no longer exists), e.g. an unknown key
 * result. It names the {@link #kind()} of thing and the {@link #id()} asked for, so a REST layer
 * can map it to a 404 response. The message is {@code "kind id: not found"}.
 */
public class NotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;

    public NotFoundException(String kind, Object id) {
        super(Objects.requireNonNull(kind, "kind") + " " + id + ": not found");
        this.kind = kind;
        this.id = String.valueOf(id);
    }

    /** What was looked for, e.g. {@code "objective"} or {@code "keyResult"}. */
    public String kind() {
        return kind;
    }

    /** The id asked for, as text. */
    public String id() {
        return id;
    }
}
