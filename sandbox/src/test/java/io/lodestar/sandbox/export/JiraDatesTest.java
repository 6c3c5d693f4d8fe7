package io.lodestar.sandbox.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.Test;

/**
 * Jira's timestamps read digit by digit against the ISO formatter reading the same text (its offset given a
 * colon): the same instant and offset, or null for both, on generated texts of REST v2's shape, valid and not
 * (days past a month's end, hours past 23, a byte changed anywhere), read from a String, characters and bytes.
 */
public class JiraDatesTest {

    /** What the formatter makes of a timestamp of REST v2's shape (its offset {@code +hhmm} as {@code +hh:mm}). */
    private static OffsetDateTime byTheFormatter(String text) {
        String iso = text.length() == 28 && (text.charAt(23) == '+' || text.charAt(23) == '-')
                ? text.substring(0, 26) + ":" + text.substring(26) : text;
        try {
            OffsetDateTime at = OffsetDateTime.parse(iso, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
            return at.getYear() < 1000 || at.getYear() > 9999 ? null : at;
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static void assertReadAsTheFormatterReads(String text) {
        OffsetDateTime expected = byTheFormatter(text);
        assertEquals(text, expected, JiraDates.timestamp(text));
        byte[] bytes = ("  " + text).getBytes(StandardCharsets.ISO_8859_1);
        if (text.chars().allMatch(c -> c < 0x80)) {
            assertEquals(text + " as bytes", expected, JiraDates.timestamp(bytes, 2, text.length()));
        }
        char[] chars = ("x" + text + "y").toCharArray();
        assertEquals(text + " as characters", expected, JiraDates.timestamp(chars, 1, text.length()));
    }

    @Test
    public void shouldReadRestTimestampsAsTheFormatterDoes() {
        Random random = new Random(20261204L);
        int read = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = String.format("%04d-%02d-%02dT%02d:%02d:%02d.%03d%c%02d%02d", 900 + random.nextInt(9200),
                    random.nextInt(14), random.nextInt(33), random.nextInt(26), random.nextInt(62), random.nextInt(62),
                    random.nextInt(1000), random.nextBoolean() ? '+' : '-', random.nextInt(20), random.nextInt(4) * 15);
            assertReadAsTheFormatterReads(text);
            read += byTheFormatter(text) != null ? 1 : 0;
        }
        assertTrue("most are valid, some are not: " + read, read > 10_000 && read < 19_000);
    }

    @Test
    public void shouldReadATimestampWithAByteChangedAsTheFormatterDoes() {
        Random random = new Random(7L);
        String alphabet = "0123456789+-:.TZ /\u00e9\u4e00";
        for (int i = 0; i < 20_000; i++) {
            char[] text = "2014-01-08T21:52:38.406+0530".toCharArray();
            text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
            assertReadAsTheFormatterReads(new String(text));
        }
    }

    @Test
    public void shouldReadTheOtherShapesJiraWrites() {
        assertEquals(OffsetDateTime.parse("2014-01-06T15:17:30.953Z"), JiraDates.timestamp("2014-01-06T15:17:30.953Z"));
        assertEquals(OffsetDateTime.parse("2014-01-06T15:17:30-05:00"), JiraDates.timestamp("2014-01-06T15:17:30-05:00"));
        assertEquals(OffsetDateTime.parse("2014-01-06T15:17:30.1+01:00"), JiraDates.timestamp("2014-01-06T15:17:30.1+0100"));
        assertEquals(OffsetDateTime.parse("2014-01-06T15:17:30.123456789Z"), JiraDates.timestamp("2014-01-06T15:17:30.123456789Z"));
        assertEquals(OffsetDateTime.parse("2014-01-06T15:17Z"), JiraDates.timestamp("2014-01-06T15:17Z"));
        assertNull(JiraDates.timestamp("2014-02-30T15:17:30.000+0000"));
        assertNull(JiraDates.timestamp("0999-01-06T15:17:30.000+0000"));
        assertNull(JiraDates.timestamp("2014-01-06"));
    }
}
