package io.lodestar.jira.persistence;

import io.lodestar.core.common.InvalidInputException;

/**
 * The longest text a short (VARCHAR) column keeps. Databases differ on overflow (PostgreSQL refuses
 * the row, MySQL in non-strict mode cuts it silently), so the store checks the length first and
 * refuses with the field's name. Long free text (descriptions, notes) goes to unlimited columns.
 */
final class TextLimits {

    /** AO's default VARCHAR length. */
    static final int SHORT = 255;

    private TextLimits() {
    }

    /** Returns {@code value} (possibly null) after checking it fits a short column. */
    static String requireShort(String value, String field) {
        if (value != null && value.length() > SHORT) {
            throw new InvalidInputException(field, "must be at most " + SHORT + " characters, got " + value.length());
        }
        return value;
    }
}
