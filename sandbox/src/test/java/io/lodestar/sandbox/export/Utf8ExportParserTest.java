package io.lodestar.sandbox.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.UTF8StreamJsonParser;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.Test;

/**
 * The fast parser against Jackson's on the same bytes: whatever it gives, Jackson gives (tokens, names, texts,
 * numbers, skips), and whatever Jackson refuses, it refuses; checked on chosen cases, on generated documents
 * read through reads of a few bytes (every buffer boundary), and on those documents with random bytes
 * changed.
 */
public class Utf8ExportParserTest {

    private static final JsonFactory JSON = new JsonFactory();

    /** Each token as a line: its kind, and its name, text or number; skips as "skip"; "refused" when refused. */
    private static List<String> walk(JsonParser parser, long skipSeed) throws IOException {
        List<String> seen = new ArrayList<>();
        Random skips = new Random(skipSeed);
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            switch (token) {
                case FIELD_NAME -> seen.add("name " + parser.currentName());
                case VALUE_STRING -> {
                    // read as the reader reads: as characters or as a String, sometimes not at all
                    int how = skips.nextInt(3);
                    if (how == 0) {
                        seen.add("text " + new String(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength()));
                    } else if (how == 1) {
                        seen.add("text " + parser.getText());
                    } else {
                        seen.add("text unread");
                    }
                }
                case VALUE_NUMBER_INT -> {
                    String digits = parser.getText();
                    seen.add("int " + digits + (digits.replace("-", "").length() <= 18 ? " " + parser.getLongValue() : ""));
                }
                case VALUE_NUMBER_FLOAT -> seen.add("float " + parser.getText() + " " + parser.getDoubleValue());
                case START_OBJECT, START_ARRAY -> {
                    if (skipSeed != 0 && skips.nextInt(4) == 0) {
                        parser.skipChildren();
                        seen.add("skip to " + parser.currentToken());
                    } else {
                        seen.add(token.name());
                    }
                }
                default -> seen.add(token.name());
            }
        }
        return seen;
    }

    private static List<String> jackson(byte[] json, long skipSeed) {
        try (JsonParser parser = JSON.createParser(json)) {
            return walk(parser, skipSeed);
        } catch (IOException e) {
            return null;
        }
    }

    private static List<String> fast(InputStream in, long skipSeed) throws IOException {
        try (JsonParser parser = new Utf8ExportParser(in)) {
            return walk(parser, skipSeed);
        } catch (Utf8ExportParser.NotTaken refused) {
            return null;
        }
    }

    /** An input stream that answers each read with 1 to 7 bytes: every token meets the buffer's end somewhere. */
    private static InputStream trickling(byte[] bytes, long seed) {
        Random sizes = new Random(seed);
        return new ByteArrayInputStream(bytes) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 1 + sizes.nextInt(7)));
            }
        };
    }

    private static void assertSameAsJackson(String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        for (long skipSeed : new long[] {0, 1, 2}) {
            List<String> expected = jackson(bytes, skipSeed);
            assertTrue("Jackson reads " + json, expected != null);
            assertEquals(json, expected, fast(new ByteArrayInputStream(bytes), skipSeed));
            assertEquals(json + " in small reads", expected, fast(trickling(bytes, skipSeed), skipSeed));
        }
    }

    private static void assertRefusedAsByJackson(byte[] bytes) throws IOException {
        String shown = new String(bytes, StandardCharsets.UTF_8);
        assertEquals("Jackson refuses " + shown, null, jackson(bytes, 0));
        assertEquals("refused: " + shown, null, fast(new ByteArrayInputStream(bytes), 0));
        assertEquals("refused when skipped: " + shown, null, fast(new ByteArrayInputStream(bytes), 3));
    }

    @Test
    public void shouldGiveJacksonsTokensWhenTheJsonIsValid() throws IOException {
        assertSameAsJackson("{\"issues\":[{\"key\":\"DS-1\",\"fields\":{\"created\":\"2014-01-06T10:00:00.000-0500\"}}]}");
        assertSameAsJackson(" { \"a\" : [ 1 , -0 , 12.5e-3 , 7E+2 , 0.0 , true , false , null , \"\" ] ,\n\t\"b\" : { } , \"c\":[] }\r\n");
        assertSameAsJackson("[{\"names\":{}},{\"issues\":[]}]");
        assertSameAsJackson("{\"a\":1}{\"b\":2} {\"c\":[3]}");
        assertSameAsJackson("{\"esc\":\"q\\\" b\\\\ s\\/ \\b\\f\\n\\r\\t \\u00e9\\u20AC \\ud83d\\ude00 \\u0000\"}");
        assertSameAsJackson("{\"caf\u00e9 \u20ac \ud83d\ude00\":\"na\u00efve \u65e5\u672c \ud834\udd1e\",\"n\\u0061me\":1}");
        assertSameAsJackson("{\"big\":123456789012345678901234567890,\"long\":-9223372036854775807,\"int\":2147483648}");
        assertSameAsJackson("\"a root text\"");
        assertSameAsJackson("[[[[[[[[[[{\"deep\":[[[]]]}]]]]]]]]]]");
        assertSameAsJackson("");
        assertSameAsJackson("  \n ");
    }

    @Test
    public void shouldSkipABomAsJacksonDoes() throws IOException {
        byte[] json = "{\"key\":\"DS-1\"}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertEquals(jackson(json, 0), fast(new ByteArrayInputStream(withBom), 0));
    }

    @Test
    public void shouldReadTextsAndNamesLongerThanItsBuffer() throws IOException {
        String longText = "x".repeat(200_000) + "\u00e9" + "y".repeat(70_000);
        String longName = "n".repeat(49_000);
        assertSameAsJackson("{\"" + longName + "\":\"" + longText + "\",\"skipped\":[\"" + longText + "\"],\"after\":" + "9".repeat(900) + "}");
    }

    @Test
    public void shouldRefuseWhatJacksonRefuses() throws IOException {
        String[] invalid = {
            "{", "[", "{\"a\"", "{\"a\":", "{\"a\":1", "[1,", "{\"a\":1,}", "[1,]", "[,1]", "{,}", "{\"a\" 1}", "{a:1}",
            "{'a':1}", "[01]", "[1.]", "[.5]", "[1e]", "[-]", "[+1]", "[NaN]", "[tru]", "[nul]", "[falsey]", "[1 2]",
            "{\"a\":1 \"b\":2}", "[\"a\" \"b\"]", "]", "}", "{]", "[}", "{\"a\":[}]", "[\"\\x\"]", "[\"\\u12G4\"]",
            "[\"a\tb\"]", "[\"line\nbreak\"]", "[\"open", "{\"a\":1}]", "[1]x", "{\"a\":1}//", "/* c */{}",
            "[" + "[".repeat(1100) + "]".repeat(1101), "[" + "1".repeat(1200) + "]",
        };
        for (String json : invalid) {
            assertRefusedAsByJackson(json.getBytes(StandardCharsets.UTF_8));
        }
        // bytes that are not UTF-8: a lone continuation byte, a cut sequence, a lead byte no sequence starts with
        assertRefusedAsByJackson(new byte[] {'[', '"', (byte) 0x80, '"', ']'});
        assertRefusedAsByJackson(new byte[] {'[', '"', (byte) 0xC3, '"', ']'});
        assertRefusedAsByJackson(new byte[] {'[', '"', (byte) 0xE2, (byte) 0x82, '"', ']'});
        assertRefusedAsByJackson(new byte[] {'[', '"', (byte) 0xFF, '"', ']'});
        assertRefusedAsByJackson(new byte[] {'{', '"', (byte) 0x80, '"', ':', '1', '}'});
    }

    @Test
    public void shouldLeaveOtherEncodingsToJackson() throws IOException {
        byte[] utf16 = "{\"key\":\"DS-1\"}".getBytes(StandardCharsets.UTF_16);
        assertFalse("Jackson reads UTF-16", jackson(utf16, 0) == null);
        assertEquals(null, fast(new ByteArrayInputStream(utf16), 0));
    }

    @Test
    public void shouldTellEachObjectsByteOffsetAsJacksonDoes() throws IOException {
        byte[] json = "{\"h\": [ {\"items\":[{\"field\":\"status\"},\n {\"field\":\"caf\u00e9\"}]} ]}".getBytes(StandardCharsets.UTF_8);
        List<Long> expected = new ArrayList<>();
        try (UTF8StreamJsonParser parser = (UTF8StreamJsonParser) JSON.createParser(new ByteArrayInputStream(json))) {
            for (JsonToken token; (token = parser.nextToken()) != null; ) {
                if (token == JsonToken.START_OBJECT) {
                    expected.add(parser.getTokenCharacterOffset() - 1);
                }
            }
        }
        List<Long> offsets = new ArrayList<>();
        try (Utf8ExportParser parser = new Utf8ExportParser(trickling(json, 5))) {
            for (JsonToken token; (token = parser.nextToken()) != null; ) {
                if (token == JsonToken.START_OBJECT) {
                    offsets.add(parser.tokenByteOffset());
                }
            }
        }
        assertEquals(List.of(0L, 8L, 18L, 39L), offsets);
        assertEquals(expected, offsets);
    }

    @Test
    public void shouldAgreeWithJacksonOnGeneratedDocumentsAndTheirCorruptions() throws IOException {
        Random random = new Random(20261203L);
        int corruptedTaken = 0;
        int corruptedRefused = 0;
        for (int round = 0; round < 3000; round++) {
            StringBuilder json = new StringBuilder();
            value(random, json, 0);
            byte[] bytes = json.toString().getBytes(StandardCharsets.UTF_8);
            long skipSeed = round % 3;
            List<String> expected = jackson(bytes, skipSeed);
            if (expected == null) {
                fail("the generator made JSON Jackson refuses: " + json);
            }
            assertEquals(json.toString(), expected, fast(trickling(bytes, round), skipSeed));
            byte[] corrupted = corrupt(random, bytes);
            List<String> fromCorrupted = fast(trickling(corrupted, round), skipSeed);
            if (fromCorrupted == null) {
                corruptedRefused++;
            } else {
                corruptedTaken++;
                assertEquals("taken, so as Jackson reads it: " + new String(corrupted, StandardCharsets.UTF_8),
                        jackson(corrupted, skipSeed), fromCorrupted);
            }
        }
        assertTrue("most corruptions are refused, some are still JSON: " + corruptedRefused + "/" + corruptedTaken,
                corruptedRefused > 1000 && corruptedTaken > 50);
    }

    private static byte[] corrupt(Random random, byte[] bytes) {
        byte[] corrupted = bytes.clone();
        int changes = 1 + random.nextInt(2);
        String alphabet = "{}[]\",:\\ 0-1e.tfnu\u00e9";
        for (int i = 0; i < changes && corrupted.length > 0; i++) {
            int at = random.nextInt(corrupted.length);
            corrupted[at] = random.nextInt(10) == 0 ? (byte) random.nextInt(256)
                    : (byte) alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return corrupted;
    }

    private static final String[] WORDS = {"key", "fields", "status", "", "caf\u00e9", "\u65e5\u672c", "a\"b", "c\\d",
        "tab\there", "\ud83d\ude00", "\u0001", "customfield_10020", "DS-12"};

    private static void value(Random random, StringBuilder json, int depth) {
        int kind = random.nextInt(depth > 5 ? 6 : 8);
        switch (kind) {
            case 0 -> text(random, json);
            case 1 -> json.append(random.nextInt(3) == 0 ? -random.nextInt(1000) : random.nextInt(1_000_000));
            case 2 -> json.append(random.nextBoolean() ? "12.5" : random.nextBoolean() ? "-0.001e+7" : "3E2");
            case 3 -> json.append(random.nextBoolean() ? "true" : random.nextBoolean() ? "false" : "null");
            case 4 -> json.append(random.nextBoolean() ? "123456789012345678901" : "-9007199254740993");
            case 5 -> text(random, json);
            case 6 -> {
                json.append('{');
                int entries = random.nextInt(5);
                for (int i = 0; i < entries; i++) {
                    json.append(i > 0 ? "," : "").append(random.nextBoolean() ? " " : "");
                    text(random, json);
                    json.append(':');
                    value(random, json, depth + 1);
                }
                json.append('}');
            }
            default -> {
                json.append('[');
                int elements = random.nextInt(5);
                for (int i = 0; i < elements; i++) {
                    json.append(i > 0 ? ",\n" : "");
                    value(random, json, depth + 1);
                }
                json.append(']');
            }
        }
    }

    private static void text(Random random, StringBuilder json) {
        String word = WORDS[random.nextInt(WORDS.length)];
        json.append('"');
        for (char c : word.toCharArray()) {
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else if (random.nextInt(8) == 0) {
                json.append(String.format("\\u%04X", (int) c));
            } else {
                json.append(c);
            }
        }
        json.append('"');
    }
}
