package io.lodestar.sandbox.export;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Jira's date and timestamp texts. REST v2 writes timestamps as {@code 2012-01-03T14:34:56.537+0000}
 * (offset without a colon, which {@link DateTimeFormatter#ISO_OFFSET_DATE_TIME} refuses), sprints use
 * ISO ({@code 2014-01-06T15:17:30.953Z}, {@code -05:00}), and dates are {@code 2012-07-14}. The
 * common shapes are read digit by digit, because a formatter costs more than the rest of an issue;
 * anything else goes through the ISO formatter. Returns null for text it cannot read, so the caller
 * can name the issue and field in its message.
 */
final class JiraDates {

    private JiraDates() {
    }

    /**
     * A timestamp keeping its own offset, or null when {@code text} is not one. Years beyond 1000-9999
     * are refused: Jira writes none, and an instant like {@code +999999999-12-31T23:59:59Z} overflows
     * the epoch milliseconds every calculator counts in.
     */
    static OffsetDateTime timestamp(String text) {
        try {
            OffsetDateTime fast = fastTimestamp(text);
            OffsetDateTime at = fast != null ? fast : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return at.getYear() < 1000 || at.getYear() > 9999 ? null : at;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** A calendar date from {@code yyyy-MM-dd}, optionally followed by a time Jira adds in changelogs. */
    static LocalDate date(String text) {
        if (text == null || text.length() < 10 || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0 || (text.length() > 10 && text.charAt(10) != ' ' && text.charAt(10) != 'T')) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static OffsetDateTime fastTimestamp(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(4) != '-' || text.charAt(7) != '-' || text.charAt(10) != 'T'
                || text.charAt(13) != ':' || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        int hour = digits(text, 11, 13);
        int minute = digits(text, 14, 16);
        int second = digits(text, 17, 19);
        int position = 19;
        int nanos = 0;
        if (text.charAt(position) == '.') {
            int start = ++position;
            while (position < length && Character.isDigit(text.charAt(position))) {
                position++;
            }
            int fractionDigits = position - start;
            if (fractionDigits == 0 || fractionDigits > 9) {
                return null;
            }
            nanos = digits(text, start, position);
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || position >= length) {
            return null;
        }
        ZoneOffset offset = offset(text, position);
        if (offset == null) {
            return null;
        }
        return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    }

    /** {@code Z}, {@code +hhmm} or {@code +hh:mm} ending the text at {@code position}. */
    private static ZoneOffset offset(String text, int position) {
        int remaining = text.length() - position;
        char sign = text.charAt(position);
        if (sign == 'Z' && remaining == 1) {
            return ZoneOffset.UTC;
        }
        if (sign != '+' && sign != '-') {
            return null;
        }
        int hours;
        int minutes;
        if (remaining == 5) {
            hours = digits(text, position + 1, position + 3);
            minutes = digits(text, position + 3, position + 5);
        } else if (remaining == 6 && text.charAt(position + 3) == ':') {
            hours = digits(text, position + 1, position + 3);
            minutes = digits(text, position + 4, position + 6);
        } else {
            return null;
        }
        if (hours < 0 || minutes < 0) {
            return null;
        }
        int seconds = hours * 3600 + minutes * 60;
        return offset(sign == '-' ? -seconds : seconds);
    }

    /** ZoneOffset's own instances of the quarter hours from -18:00 to +18:00, looked up without its map. */
    private static final ZoneOffset[] QUARTER_HOURS = new ZoneOffset[145];

    private static ZoneOffset offset(int totalSeconds) {
        if (totalSeconds % 900 != 0 || Math.abs(totalSeconds) > 18 * 3600) {
            return ZoneOffset.ofTotalSeconds(totalSeconds);
        }
        int index = totalSeconds / 900 + 72;
        ZoneOffset offset = QUARTER_HOURS[index];
        if (offset == null) {
            // the same instance ofTotalSeconds caches; a race only stores it twice
            offset = ZoneOffset.ofTotalSeconds(totalSeconds);
            QUARTER_HOURS[index] = offset;
        }
        return offset;
    }

    /** The number written in {@code text[from, to)}, or -1 when a character is not a digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
