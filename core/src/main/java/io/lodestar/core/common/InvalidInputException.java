package io.lodestar.core.common;

import java.util.Objects;

/**
 * Input that the domain refuses: an empty title, a target equal to its start, a weight that is not
 * positive, a check-in outside its cycle...
 *
 * <p>It names the offending {@link #field()} (as the caller knows it, e.g. {@code "title"} or
 * {@code "keyResult.target"}) and a plain {@link #reason()}, so that a REST layer can map it to a
 * 400 response with a field-level message without parsing text. The message is
 * {@code "field: reason"}.
 *
 * <p>Unchecked because bad input is a caller error that only the outermost layer can report.
 */
public class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    public InvalidInputException(String field, String reason) {
        super(Objects.requireNonNull(field, "field") + ": " + Objects.requireNonNull(reason, "reason"));
        this.field = field;
        this.reason = reason;
    }

    /** Throws when {@code condition} is false; a compact guard for factories. */
    public static void require(boolean condition, String field, String reason) {
        if (!condition) {
            throw new InvalidInputException(field, reason);
        }
    }

    /** Returns {@code value} when it is not null, otherwise throws "field: is required". */
    public static <T> T requirePresent(T value, String field) {
        if (value == null) {
            throw new InvalidInputException(field, "is required");
        }
        return value;
    }

    /** Returns {@code value} stripped of surrounding blanks, refusing null or blank text. */
    public static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "must not be empty");
        }
        return value.strip();
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
