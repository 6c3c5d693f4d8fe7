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
            OffsetDateTime fast = fastTimestamp(text.toCharArray(), 0, text.length());
            OffsetDateTime at = fast != null ? fast : OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return at.getYear() < 1000 || at.getYear() > 9999 ? null : at;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * {@link #timestamp(String)} of the text {@code chars[offset, offset + length)}, read in place (a
     * parser's buffer) so that the common shapes make no String; the others are read as that text.
     */
    static OffsetDateTime timestamp(char[] chars, int offset, int length) {
        try {
            OffsetDateTime fast = fastTimestamp(chars, offset, length);
            if (fast != null) {
                return fast.getYear() < 1000 || fast.getYear() > 9999 ? null : fast;
            }
        } catch (DateTimeException e) {
            return null;
        }
        return timestamp(new String(chars, offset, length));
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

    /** The shapes Jira writes, {@code chars[from, from + length)} read digit by digit; null for any other. */
    private static OffsetDateTime fastTimestamp(char[] chars, int from, int length) {
        if (length < 20 || chars[from + 4] != '-' || chars[from + 7] != '-' || chars[from + 10] != 'T'
                || chars[from + 13] != ':' || chars[from + 16] != ':') {
            return null;
        }
        int end = from + length;
        int year = digits(chars, from, from + 4);
        int month = digits(chars, from + 5, from + 7);
        int day = digits(chars, from + 8, from + 10);
        int hour = digits(chars, from + 11, from + 13);
        int minute = digits(chars, from + 14, from + 16);
        int second = digits(chars, from + 17, from + 19);
        int position = from + 19;
        int nanos = 0;
        if (chars[position] == '.') {
            int start = ++position;
            while (position < end && Character.isDigit(chars[position])) {
                position++;
            }
            int fractionDigits = position - start;
            if (fractionDigits == 0 || fractionDigits > 9) {
                return null;
            }
            nanos = digits(chars, start, position);
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || position >= end) {
            return null;
        }
        ZoneOffset offset = offset(chars, position, end);
        if (offset == null) {
            return null;
        }
        return OffsetDateTime.of(year, month, day, hour, minute, second, nanos, offset);
    }

    /** {@code Z}, {@code +hhmm} or {@code +hh:mm} ending the text at {@code end}, from {@code position}. */
    private static ZoneOffset offset(char[] chars, int position, int end) {
        int remaining = end - position;
        char sign = chars[position];
        if (sign == 'Z' && remaining == 1) {
            return ZoneOffset.UTC;
        }
        if (sign != '+' && sign != '-') {
            return null;
        }
        int hours;
        int minutes;
        if (remaining == 5) {
            hours = digits(chars, position + 1, position + 3);
            minutes = digits(chars, position + 3, position + 5);
        } else if (remaining == 6 && chars[position + 3] == ':') {
            hours = digits(chars, position + 1, position + 3);
            minutes = digits(chars, position + 4, position + 6);
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

    /** The number written in {@code chars[from, to)}, or -1 when a character is not a digit. */
    private static int digits(char[] chars, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
