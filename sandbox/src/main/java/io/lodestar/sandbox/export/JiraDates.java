package io.lodestar.sandbox.export;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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
        return timestamp(text.getBytes(StandardCharsets.ISO_8859_1), 0, text.length(), text);
    }

    /**
     * {@link #timestamp(String)} of the text {@code chars[offset, offset + length)} (a parser's buffer), read
     * as the bytes of the common shapes.
     */
    static OffsetDateTime timestamp(char[] chars, int offset, int length) {
        byte[] bytes = new byte[length];
        for (int i = 0; i < length; i++) {
            char c = chars[offset + i];
            if (c > 0xFF) {
                // in no shape read fast: the formatter reads the text
                return timestamp(new String(chars, offset, length));
            }
            bytes[i] = (byte) c;
        }
        return timestamp(bytes, 0, length, null);
    }

    /**
     * {@link #timestamp(String)} of the ASCII text {@code bytes[offset, offset + length)}, read in place (the
     * fast parser's buffer), so that the common shapes make no String.
     */
    static OffsetDateTime timestamp(byte[] bytes, int offset, int length) {
        return timestamp(bytes, offset, length, null);
    }

    /** The timestamp of {@code bytes[offset, offset + length)}, which are {@code text} (null: their Latin-1 reading). */
    private static OffsetDateTime timestamp(byte[] bytes, int offset, int length, String text) {
        try {
            OffsetDateTime fast = fastTimestamp(bytes, offset, length);
            OffsetDateTime at = fast != null ? fast : OffsetDateTime.parse(
                    text != null ? text : new String(bytes, offset, length, StandardCharsets.ISO_8859_1),
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME);
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

    /** The shapes Jira writes, {@code b[from, from + length)} read digit by digit; null for any other. */
    private static OffsetDateTime fastTimestamp(byte[] b, int from, int length) {
        if (length == 28) {
            OffsetDateTime jira = restTimestamp(b, from);
            if (jira != null) {
                return jira;
            }
        }
        return shapedTimestamp(b, from, length);
    }

    /**
     * REST v2's own shape, {@code 2012-01-03T14:34:56.537+0000} (28 bytes from {@code f}), in straight lines;
     * null when the bytes are not in it.
     */
    private static OffsetDateTime restTimestamp(byte[] b, int f) {
        if (b[f + 4] != '-' || b[f + 7] != '-' || b[f + 10] != 'T' || b[f + 13] != ':' || b[f + 16] != ':' || b[f + 19] != '.') {
            return null;
        }
        int sign = b[f + 23];
        int y0 = b[f] - '0';
        int y1 = b[f + 1] - '0';
        int y2 = b[f + 2] - '0';
        int y3 = b[f + 3] - '0';
        int mo0 = b[f + 5] - '0';
        int mo1 = b[f + 6] - '0';
        int d0 = b[f + 8] - '0';
        int d1 = b[f + 9] - '0';
        int h0 = b[f + 11] - '0';
        int h1 = b[f + 12] - '0';
        int mi0 = b[f + 14] - '0';
        int mi1 = b[f + 15] - '0';
        int s0 = b[f + 17] - '0';
        int s1 = b[f + 18] - '0';
        int n0 = b[f + 20] - '0';
        int n1 = b[f + 21] - '0';
        int n2 = b[f + 22] - '0';
        int oh0 = b[f + 24] - '0';
        int oh1 = b[f + 25] - '0';
        int om0 = b[f + 26] - '0';
        int om1 = b[f + 27] - '0';
        // a byte that is no digit gives a value below 0 (a bit above the lowest four set) or from 10 to 15
        // (then its value plus 6 has one): every value checked at once
        int values = y0 | y1 | y2 | y3 | mo0 | mo1 | d0 | d1 | h0 | h1 | mi0 | mi1 | s0 | s1 | n0 | n1 | n2 | oh0 | oh1 | om0 | om1;
        int plusSix = (y0 + 6) | (y1 + 6) | (y2 + 6) | (y3 + 6) | (mo0 + 6) | (mo1 + 6) | (d0 + 6) | (d1 + 6) | (h0 + 6)
                | (h1 + 6) | (mi0 + 6) | (mi1 + 6) | (s0 + 6) | (s1 + 6) | (n0 + 6) | (n1 + 6) | (n2 + 6) | (oh0 + 6) | (oh1 + 6)
                | (om0 + 6) | (om1 + 6);
        if (((values | plusSix) & ~0xF) != 0 || sign != '+' && sign != '-' || om0 > 5) {
            return null;
        }
        int seconds = (oh0 * 10 + oh1) * 3600 + (om0 * 10 + om1) * 60;
        LocalDate day = date(y0 * 1000 + y1 * 100 + y2 * 10 + y3, mo0 * 10 + mo1, d0 * 10 + d1);
        LocalTime time = LocalTime.of(h0 * 10 + h1, mi0 * 10 + mi1, s0 * 10 + s1, (n0 * 100 + n1 * 10 + n2) * 1_000_000);
        return OffsetDateTime.of(LocalDateTime.of(day, time), offset(sign == '-' ? -seconds : seconds));
    }

    /** The other shapes: ISO with Z or an offset with or without a colon, any fraction of up to nine digits. */
    private static OffsetDateTime shapedTimestamp(byte[] b, int from, int length) {
        if (length < 20 || b[from + 4] != '-' || b[from + 7] != '-' || b[from + 10] != 'T'
                || b[from + 13] != ':' || b[from + 16] != ':') {
            return null;
        }
        int end = from + length;
        int year = digits(b, from, from + 4);
        int month = digits(b, from + 5, from + 7);
        int day = digits(b, from + 8, from + 10);
        int hour = digits(b, from + 11, from + 13);
        int minute = digits(b, from + 14, from + 16);
        int second = digits(b, from + 17, from + 19);
        int position = from + 19;
        int nanos = 0;
        if (b[position] == '.') {
            int start = ++position;
            while (position < end && b[position] >= '0' && b[position] <= '9') {
                position++;
            }
            int fractionDigits = position - start;
            if (fractionDigits == 0 || fractionDigits > 9) {
                return null;
            }
            nanos = digits(b, start, position);
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        }
        if (year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0 || position >= end) {
            return null;
        }
        ZoneOffset offset = offset(b, position, end);
        if (offset == null) {
            return null;
        }
        return OffsetDateTime.of(LocalDateTime.of(date(year, month, day), LocalTime.of(hour, minute, second, nanos)), offset);
    }

    /**
     * The days met lately, by year, month and day (a direct-mapped cache): an export's timestamps fall on
     * a few thousand days, and a day made once is taken again without checking the calendar. LocalDate is
     * immutable, so a race only makes a day twice; a slot holds a day whose fields are compared.
     */
    private static final LocalDate[] DAYS = new LocalDate[4096];

    private static LocalDate date(int year, int month, int day) {
        int slot = ((year * 13 + month) * 32 + day) & (DAYS.length - 1);
        LocalDate known = DAYS[slot];
        if (known != null && known.getDayOfMonth() == day && known.getMonthValue() == month && known.getYear() == year) {
            return known;
        }
        LocalDate made = LocalDate.of(year, month, day);
        DAYS[slot] = made;
        return made;
    }

    /** {@code Z}, {@code +hhmm} or {@code +hh:mm} ending the text at {@code end}, from {@code position}. */
    private static ZoneOffset offset(byte[] b, int position, int end) {
        int remaining = end - position;
        byte sign = b[position];
        if (sign == 'Z' && remaining == 1) {
            return ZoneOffset.UTC;
        }
        if (sign != '+' && sign != '-') {
            return null;
        }
        int hours;
        int minutes;
        if (remaining == 5) {
            hours = digits(b, position + 1, position + 3);
            minutes = digits(b, position + 3, position + 5);
        } else if (remaining == 6 && b[position + 3] == ':') {
            hours = digits(b, position + 1, position + 3);
            minutes = digits(b, position + 4, position + 6);
        } else {
            return null;
        }
        if (hours < 0 || minutes < 0 || minutes > 59) {
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

    /** The number written in {@code b[from, to)}, or -1 when a byte is not a digit. */
    private static int digits(byte[] b, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = b[i] - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
