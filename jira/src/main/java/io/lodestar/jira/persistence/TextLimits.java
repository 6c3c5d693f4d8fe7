package io.lodestar.jira.persistence;

import io.lodestar.core.common.InvalidInputException;

/**
 * The longest text a short (VARCHAR) column keeps. Databases differ on overflow (PostgreSQL refuses
 * the row, MySQL in non-strict mode cuts it silently), so the store checks the length first and
 * refuses with the field's name. Long free text (descriptions, notes) goes to unlimited columns.
 *
 * <p>People count characters (code points: an emoji is one), and so does the limit. But most of the
 * databases Jira runs on (H2, HSQLDB, SQL Server) size a VARCHAR in UTF-16 units, where a character outside
 * the Basic Multilingual Plane (emoji, some rare CJK) takes two, and Active Objects' widest VARCHAR (450)
 * could not hold 255 such characters either. So a text also has to fit 255 UTF-16 units, and when it does
 * not, the message says why in those words rather than the database failing later.
 */
final class TextLimits {

    /** AO's default VARCHAR length: the most characters of a short text, and the UTF-16 units its column holds. */
    static final int SHORT = 255;

    private TextLimits() {
    }

    /** Returns {@code value} (possibly null) after checking it fits a short column. */
    static String requireShort(String value, String field) {
        if (value == null) {
            return null;
        }
        int characters = value.codePointCount(0, value.length());
        if (characters > SHORT) {
            throw new InvalidInputException(field, "must be at most " + SHORT + " characters, got " + characters);
        }
        if (value.length() > SHORT) {
            throw new InvalidInputException(field, "is too long to store: at most " + SHORT
                    + " characters, where emoji and other characters beyond the Basic Multilingual Plane count twice"
                    + " (this text counts " + value.length() + ")");
        }
        return value;
    }
}
