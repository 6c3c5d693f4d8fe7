package io.lodestar.sandbox.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
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

    /** The end of a walk that was refused (ours) or failed (Jackson's): the tokens before it are kept. */
    private static final String STOPPED = "stopped";

    /**
     * Each token as a line: its kind, and its name, text or number as the reader asks for them (a text as
     * characters, as a String, both, as a word of the fast parser, or not at all; numbers as long, int, double,
     * {@code getValueAsLong}); skips as "skip"; at each name where the parser is (root, array or object levels);
     * {@link #STOPPED} last when the parser refused or failed.
     */
    private static List<String> walk(JsonParser parser, long skipSeed) {
        List<String> seen = new ArrayList<>();
        Random skips = new Random(skipSeed);
        try {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                switch (token) {
                    case FIELD_NAME -> {
                        String name = parser.currentName();
                        seen.add("name " + name + (skips.nextInt(8) == 0 ? " in " + levels(parser.getParsingContext()) : ""));
                    }
                    case VALUE_STRING -> {
                        int how = skips.nextInt(5);
                        if (how == 0) {
                            seen.add("text " + new String(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength()));
                        } else if (how == 1) {
                            seen.add("text " + parser.getText());
                        } else if (how == 2) {
                            String asString = parser.getText();
                            String asChars = new String(parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
                            seen.add("text " + asString + (asString.equals(asChars) ? "" : " but chars " + asChars));
                        } else if (how == 3) {
                            String word = parser instanceof Utf8ExportParser fast ? fast.word() : parser.getText();
                            seen.add("word " + word + " as long " + parser.getValueAsLong());
                        } else {
                            seen.add("text unread");
                        }
                    }
                    case VALUE_NUMBER_INT -> {
                        String digits = parser.getText();
                        int width = digits.replace("-", "").length();
                        long value = width <= 18 ? parser.getLongValue() : 0;
                        seen.add("int " + digits + " " + (width <= 18 ? value : "") + " " + parser.getDoubleValue()
                                + (width <= 9 && value == (int) value ? " " + parser.getIntValue() : ""));
                    }
                    case VALUE_NUMBER_FLOAT -> seen.add("float " + parser.getText() + " " + parser.getDoubleValue()
                            + " as long " + parser.getValueAsLong());
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
        } catch (IOException | Utf8ExportParser.NotTaken stopped) {
            seen.add(STOPPED);
        }
        return seen;
    }

    private static String levels(JsonStreamContext context) {
        StringBuilder levels = new StringBuilder();
        for (JsonStreamContext at = context; at != null; at = at.getParent()) {
            levels.append(at.inRoot() ? "root" : at.inArray() ? "array/" : "object/");
        }
        return levels.toString();
    }

    private static List<String> jackson(byte[] json, long skipSeed) throws IOException {
        try (JsonParser parser = JSON.createParser(json)) {
            return walk(parser, skipSeed);
        }
    }

    private static List<String> fast(InputStream in, long skipSeed) throws IOException {
        try (JsonParser parser = new Utf8ExportParser(in)) {
            return walk(parser, skipSeed);
        } catch (Utf8ExportParser.NotTaken refusedAtOnce) {
            return List.of(STOPPED);
        }
    }

    private static boolean stopped(List<String> walk) {
        return !walk.isEmpty() && walk.get(walk.size() - 1).equals(STOPPED);
    }

    /**
     * The one-sided contract: every token the fast parser gave is Jackson's, in order (a prefix of Jackson's
     * walk, whole when the fast parser did not stop).
     */
    private static void assertTakenAsJackson(String what, List<String> jackson, List<String> fast) {
        List<String> given = stopped(fast) ? fast.subList(0, fast.size() - 1) : fast;
        List<String> expected = stopped(jackson) ? jackson.subList(0, jackson.size() - 1) : jackson;
        if (!stopped(fast)) {
            assertEquals(what, jackson, fast);
        } else {
            assertTrue(what + ": given " + given + " but Jackson gives " + expected,
                    given.size() <= expected.size() && expected.subList(0, given.size()).equals(given));
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
        for (long skipSeed : new long[] {0, 1, 2, 3, 4}) {
            List<String> expected = jackson(bytes, skipSeed);
            assertFalse("Jackson reads " + json, stopped(expected));
            assertEquals(json, expected, fast(new ByteArrayInputStream(bytes), skipSeed));
            assertEquals(json + " in small reads", expected, fast(trickling(bytes, skipSeed), skipSeed));
        }
    }

    private static void assertRefusedAsByJackson(byte[] bytes) throws IOException {
        String shown = new String(bytes, StandardCharsets.UTF_8);
        for (long skipSeed : new long[] {0, 3}) {
            List<String> expected = jackson(bytes, skipSeed);
            assertTrue("Jackson refuses " + shown, stopped(expected));
            List<String> fast = fast(trickling(bytes, skipSeed), skipSeed);
            assertTrue("refused: " + shown, stopped(fast));
            assertTakenAsJackson(shown, expected, fast);
        }
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
        assertSameAsJackson("[\"12\",\"-7\",\"x\",\" 3\",1.9,-2.5e3,1e18,\"99999999999999999999\"]");
        assertSameAsJackson("\"a root text\"");
        assertSameAsJackson("[[[[[[[[[[{\"deep\":[[[]]]}]]]]]]]]]]");
        assertSameAsJackson("");
        assertSameAsJackson("  \n ");
    }

    @Test
    public void shouldReadDecimalsAsTheNearestDoubleAsJacksonDoes() throws IOException {
        Random random = new Random(31L);
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 20_000; i++) {
            int digits = 1 + random.nextInt(18);
            StringBuilder number = new StringBuilder(random.nextInt(4) == 0 ? "-" : "");
            number.append(1 + random.nextInt(9));
            for (int d = 1; d < digits; d++) {
                number.append(random.nextInt(10));
            }
            // the point after the first digit at least (a leading zero is JSON only alone)
            int point = 1 + random.nextInt(digits);
            int at = number.charAt(0) == '-' ? point + 1 : point;
            String decimal = point == digits ? number + ".0" : number.insert(at, '.').toString();
            json.append(i > 0 ? "," : "").append(random.nextInt(10) == 0 ? "0." + decimal.replace("-", "").replace(".", "") : decimal);
        }
        List<Double> expected = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(json.append(']').toString())) {
            while (parser.nextToken() == JsonToken.VALUE_NUMBER_FLOAT || parser.currentToken() == JsonToken.START_ARRAY) {
                if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                    expected.add(parser.getDoubleValue());
                }
            }
        }
        List<Double> read = new ArrayList<>();
        try (JsonParser parser = new Utf8ExportParser(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)))) {
            while (parser.nextToken() == JsonToken.VALUE_NUMBER_FLOAT || parser.currentToken() == JsonToken.START_ARRAY) {
                if (parser.currentToken() == JsonToken.VALUE_NUMBER_FLOAT) {
                    read.add(parser.getDoubleValue());
                }
            }
        }
        assertEquals(20_000, expected.size());
        assertEquals(expected, read);
        assertSameAsJackson("[-0.0,0.5,3.0,0.1,0.30000000000000004,123456789012345.6,9007199254740993.0]");
    }

    @Test
    public void shouldReadEachNameAsJacksonDoesWhenNamesComeInARepeatedOrderWithChanges() throws IOException {
        // the name that followed last is compared first: a name it begins, one that begins with it, one of its
        // length that differs in a byte, and the same name escaped must each be read as they are
        String[] names = {"items", "item", "itemsX", "itens", "it\\u0065ms", "created", "customfield_10590", "id"};
        Random random = new Random(5L);
        for (int round = 0; round < 200; round++) {
            StringBuilder json = new StringBuilder("[");
            for (int object = 0; object < 20; object++) {
                json.append(object > 0 ? "," : "").append('{');
                int members = 1 + random.nextInt(5);
                for (int m = 0; m < members; m++) {
                    // mostly the same order, sometimes another name
                    String name = random.nextInt(4) == 0 ? names[random.nextInt(names.length)] : names[m];
                    json.append(m > 0 ? "," : "").append('"').append(name).append("\":").append(m);
                }
                json.append('}');
            }
            assertSameAsJackson(json.append(']').toString());
        }
    }

    @Test
    public void shouldSkipABomAsJacksonDoes() throws IOException {
        byte[] json = "{\"key\":\"DS-1\"}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        assertEquals(jackson(withBom, 0), fast(new ByteArrayInputStream(withBom), 0));
        assertEquals(jackson(json, 0), fast(trickling(withBom, 1), 0));
        assertFalse(stopped(fast(trickling(withBom, 1), 0)));
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
        assertFalse("Jackson reads UTF-16", stopped(jackson(utf16, 0)));
        assertEquals(List.of(STOPPED), fast(new ByteArrayInputStream(utf16), 0));
    }

    @Test
    public void shouldTellEachObjectsByteOffsetAsJacksonDoes() throws IOException {
        byte[] json = "\ufeff{\"h\": [ {\"items\":[{\"field\":\"status\"},\n {\"field\":\"caf\u00e9\"},{\"\u65e5\":1}]} ]}"
                .getBytes(StandardCharsets.UTF_8);
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
        // after the byte order mark (3 bytes), and "é" is 2 bytes: offsets in bytes, not characters
        assertEquals(List.of(3L, 11L, 21L, 42L, 60L), offsets);
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
            if (stopped(expected)) {
                fail("the generator made JSON Jackson refuses: " + json);
            }
            assertEquals(json.toString(), expected, fast(trickling(bytes, round), skipSeed));
            byte[] corrupted = corrupt(random, bytes);
            List<String> fromCorrupted = fast(trickling(corrupted, round), skipSeed);
            if (stopped(fromCorrupted)) {
                corruptedRefused++;
            } else {
                corruptedTaken++;
            }
            assertTakenAsJackson(new String(corrupted, StandardCharsets.UTF_8), jackson(corrupted, skipSeed), fromCorrupted);
        }
        assertTrue("most corruptions are refused, some are still JSON: " + corruptedRefused + "/" + corruptedTaken,
                corruptedRefused > 1000 && corruptedTaken > 50);
    }

    /**
     * Each token as a line, as {@link #walk} without skips; an object is recalled (ours, when {@code recall}) with
     * one {@link Utf8ExportParser.Recall} per depth, whose value is the lines the object gave when read, and after
     * each object the token the parser is left at and how deep (of which containers, for the root array's elements). Counts what was recalled in {@link #recalled}.
     */
    private static List<String> recallWalk(JsonParser parser, boolean recall) {
        return recallWalk(parser, recall, false);
    }

    /**
     * {@link #recallWalk(JsonParser, boolean)}, with one Recall for every depth when {@code shared} (an object is
     * then recalled at other depths than where it was read, and lines inside the root array's elements say no depth).
     */
    private static List<String> recallWalk(JsonParser parser, boolean recall, boolean shared) {
        List<String> seen = new ArrayList<>();
        List<Utf8ExportParser.Recall<List<String>>> byDepth = recall ? new ArrayList<>() : null;
        if (recall && shared) {
            Utf8ExportParser.Recall<List<String>> one = new Utf8ExportParser.Recall<>();
            for (int i = 0; i < 1100; i++) {
                byDepth.add(one);
            }
        }
        sharedDepths = shared;
        try {
            for (JsonToken token; (token = parser.nextToken()) != null; ) {
                element(parser, token, seen, byDepth, 0);
            }
        } catch (IOException | Utf8ExportParser.NotTaken stopped) {
            seen.add(STOPPED);
        }
        return seen;
    }

    private static int recalled;
    private static boolean sharedDepths;

    private static void element(JsonParser parser, JsonToken token, List<String> seen,
            List<Utf8ExportParser.Recall<List<String>>> byDepth, int depth) throws IOException {
        if (token == JsonToken.START_OBJECT) {
            Utf8ExportParser fast = byDepth == null ? null : (Utf8ExportParser) parser;
            while (byDepth != null && byDepth.size() <= depth) {
                byDepth.add(new Utf8ExportParser.Recall<>());
            }
            Utf8ExportParser.Recall<List<String>> seenBefore = fast == null ? null : byDepth.get(depth);
            List<String> known = fast == null ? null : fast.recall(seenBefore);
            if (known != null) {
                recalled++;
                seen.addAll(known);
            } else {
                boolean remembering = fast != null && seenBefore.remembering();
                int from = seen.size();
                seen.add("{");
                for (JsonToken inner; (inner = parser.nextToken()) == JsonToken.FIELD_NAME; ) {
                    seen.add("name " + parser.currentName());
                    element(parser, parser.nextToken(), seen, byDepth, depth + 1);
                }
                seen.add("}");
                if (remembering) {
                    fast.remember(seenBefore, List.copyOf(seen.subList(from, seen.size())));
                }
            }
            // where the parser is left: how deep, and of which containers for an element of the root array (an
            // object inside another one is recalled with it, and its lines with it, so they say only how deep)
            String levels = levels(parser.getParsingContext());
            seen.add("then " + parser.currentToken() + (depth == 1 ? " at " + levels
                    : sharedDepths ? "" : " at " + levels.split("/").length));
        } else if (token == JsonToken.START_ARRAY) {
            seen.add("[");
            for (JsonToken inner; (inner = parser.nextToken()) != JsonToken.END_ARRAY; ) {
                if (inner == null) {
                    throw new IOException("the end inside an array");
                }
                element(parser, inner, seen, byDepth, depth + 1);
            }
            seen.add("]");
        } else if (token == null) {
            throw new IOException("the end inside an object");
        } else {
            seen.add(token + " " + parser.getText());
        }
    }

    /**
     * Documents that repeat a few objects (flat and nested, some with braces inside texts, some alike up to
     * their first '}'), within and across depths, read through reads of a few bytes: the objects recalled give
     * what reading them gives, the parser then where reading leaves it; their corruptions are refused or
     * taken as Jackson takes them.
     */
    @Test
    public void shouldRecallAnObjectOfTheSameBytesAsReadingItGives() throws IOException {
        Random random = new Random(20261204L);
        recalled = 0;
        for (int round = 0; round < 1500; round++) {
            List<String> pool = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                StringBuilder object = new StringBuilder("{\"field\": \"status\", \"to\": \"");
                object.append(random.nextBoolean() ? "a}b" : "c{d").append("\"");
                if (random.nextBoolean()) {
                    object.append(", \"inner\": {\"key\": ").append(random.nextInt(3)).append('}');
                }
                object.append(", \"more\": ");
                value(random, object, 3);
                pool.add(object.append('}').toString());
            }
            StringBuilder json = new StringBuilder("[");
            int elements = 2 + random.nextInt(30);
            for (int i = 0; i < elements; i++) {
                json.append(i > 0 ? "," : "");
                String object = pool.get(random.nextInt(pool.size()));
                json.append(switch (random.nextInt(5)) {
                    case 0 -> "{\"nested\": " + object + "}";
                    case 1 -> "[" + object + "]";
                    case 2 -> object.replace("\"inner\": {\"key\": 1}", "\"inner\": {\"key\": 2}");
                    default -> object;
                });
            }
            byte[] bytes = json.append(']').toString().getBytes(StandardCharsets.UTF_8);
            List<String> expected;
            try (JsonParser parser = JSON.createParser(bytes)) {
                expected = recallWalk(parser, false);
            }
            assertFalse("Jackson reads " + json, stopped(expected));
            try (JsonParser parser = new Utf8ExportParser(trickling(bytes, round))) {
                assertEquals(json.toString(), expected, recallWalk(parser, true));
            }
            List<String> noDepths;
            try (JsonParser parser = JSON.createParser(bytes)) {
                noDepths = recallWalk(parser, false, true);
            }
            try (JsonParser parser = new Utf8ExportParser(trickling(bytes, round + 1))) {
                assertEquals("one Recall for every depth: " + json, noDepths, recallWalk(parser, true, true));
            }
            byte[] corrupted = corrupt(random, bytes);
            List<String> jackson;
            try (JsonParser parser = JSON.createParser(corrupted)) {
                jackson = recallWalk(parser, false);
            }
            try (JsonParser parser = new Utf8ExportParser(trickling(corrupted, round))) {
                assertTakenAsJackson(new String(corrupted, StandardCharsets.UTF_8), jackson, recallWalk(parser, true));
            } catch (Utf8ExportParser.NotTaken refusedAtOnce) {
                // refused before the first token
            }
        }
        assertTrue("objects were recalled: " + recalled, recalled > 10_000);
    }

    @Test
    public void shouldNotRecallAnObjectLongerThanItKeepsOrNestedPastTheLimitWhereItStandsNow() throws IOException {
        String flat = "{\"field\":\"status\",\"to\":\"3\"}";
        String longer = "{\"field\":\"" + "x".repeat(Utf8ExportParser.Recall.LONGEST) + "\"}";
        // its first '}' early: found, looked up, read and then not kept, being too long
        String longerWithAnEarlyBrace = "{\"a\":{},\"f\":\"" + "x".repeat(Utf8ExportParser.Recall.LONGEST) + "\"}";
        String nested = "{\"a\":{\"b\":{\"c\":1}}}";
        String deep = "[".repeat(997) + nested + "]".repeat(997);
        byte[] bytes = ("[" + flat + "," + flat + "," + longer + "," + longer + "," + longerWithAnEarlyBrace + ","
                + longerWithAnEarlyBrace + "," + nested + "," + deep + "]")
                .getBytes(StandardCharsets.UTF_8);
        Utf8ExportParser.Recall<String> seen = new Utf8ExportParser.Recall<>();
        List<String> recalls = new ArrayList<>();
        try (Utf8ExportParser parser = new Utf8ExportParser(new ByteArrayInputStream(bytes))) {
            for (JsonToken token; (token = parser.nextToken()) != null; ) {
                if (token == JsonToken.START_OBJECT) {
                    long at = parser.tokenByteOffset();
                    String known = parser.recall(seen);
                    recalls.add(known == null ? "read" : known);
                    if (known == null) {
                        boolean remembering = seen.remembering();
                        parser.skipChildren();
                        if (remembering) {
                            parser.remember(seen, "recalled " + at);
                        }
                    }
                }
            }
            fail("997 arrays, the outer one and the three objects nest 1,001 deep: " + recalls);
        } catch (Utf8ExportParser.NotTaken refused) {
            assertEquals("nested too deep", refused.getMessage());
        }
        // the second flat object is the first's; a long one is never kept; the nested one is not recalled
        // where it would nest past 1,000 (Jackson refuses it there), but read and refused
        assertEquals(List.of("read", "recalled 1", "read", "read", "read", "read", "read", "read"), recalls);
    }

    @Test
    public void shouldStopLookingUpObjectsOfAKindThatDoNotRepeat() throws IOException {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < 4096; i++) {
            json.append("{\"id\":").append(i).append("},");
        }
        json.append("{\"id\":1},{\"id\":1}]");
        Utf8ExportParser.Recall<String> seen = new Utf8ExportParser.Recall<>();
        int recalled = 0;
        try (Utf8ExportParser parser = new Utf8ExportParser(new ByteArrayInputStream(json.toString().getBytes(StandardCharsets.UTF_8)))) {
            for (JsonToken token; (token = parser.nextToken()) != null; ) {
                if (token == JsonToken.START_OBJECT) {
                    if (parser.recall(seen) != null) {
                        recalled++;
                    } else {
                        boolean remembering = seen.remembering();
                        parser.skipChildren();
                        if (remembering) {
                            parser.remember(seen, "seen");
                        }
                    }
                }
            }
        }
        assertEquals("4,096 lookups found nothing: no more are made", 0, recalled);
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
