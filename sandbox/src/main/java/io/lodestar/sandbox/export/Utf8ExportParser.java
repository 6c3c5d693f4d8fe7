package io.lodestar.sandbox.export;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.base.ParserMinimalBase;
import com.fasterxml.jackson.core.json.JsonReadContext;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A JSON parser for the common case of an export: UTF-8 that is valid JSON, read through the subset of
 * {@link JsonParser} that {@link JiraRestExportIssueSource} uses. It skips values unread ({@link #skipChildren()},
 * texts never asked for) without making their tokens, finds the end of plain text eight bytes at a time and looks
 * names up by their bytes (the name that followed the last one first), without the symbol table and text buffer
 * of Jackson's parser; its bare token loop takes about nine tenths of Jackson's. What makes the reader fast on it
 * is {@link #recall}: an object of the same bytes as one read before is passed without a token, the reader taking
 * what it made of it then. On DuraSpace's export (ExportReaderBenchmark, ExportReaderRatio) the reader takes 1.1
 * to 1.15 times Jackson's bare token loop over the same file, against 1.7 with Jackson's parser and no recall.
 *
 * <p><b>Its contract is one-sided.</b> Whatever it gives, Jackson's parser gives on the same bytes: the same
 * tokens, names, texts and numbers, in the same order. It validates everything it passes over as Jackson does
 * with its default features (structure, escapes, UTF-8, number grammar, the default stream constraints on
 * nesting and lengths), usually more strictly (a literal or number must be followed by a delimiter, a UTF-8
 * sequence must be the shortest one). On anything it does not take (malformed JSON, another encoding, a number
 * wider than a long, a call outside the subset) it throws {@link NotTaken}, never a Jackson exception, and the
 * reader then reads the file with Jackson's parser, which says what and where the problem is. It keeps no line
 * or column (messages come from that second read), only the byte offset of each token.
 *
 * <p>Names are made once each: a table by the name's bytes hands back the same String (as Jackson's symbol
 * table does), bounded for a hostile file. The file is read through a buffer of 64 KB that grows only for a
 * text longer than it.
 */
final class Utf8ExportParser extends ParserMinimalBase {

    /** Thrown for input this parser does not take; the file is then read with Jackson's parser. */
    static final class NotTaken extends RuntimeException {
        private static final long serialVersionUID = 1L;

        NotTaken(String reason) {
            super(reason, null, false, false);
        }
    }

    // Jackson's default StreamReadConstraints (2.17): nesting depth 1,000, numbers of 1,000 characters,
    // texts of 20,000,000 and names of 50,000; refused here at the same sizes counted in bytes (never fewer
    // than the characters), so that nothing Jackson refuses is taken.
    private static final int MAX_DEPTH = 1000;
    private static final int MAX_NUMBER = 1000;
    private static final int MAX_TEXT = 20_000_000;
    private static final int MAX_NAME = 50_000;

    private static final byte OBJECT = 1;
    private static final byte ARRAY = 2;

    /** What each byte is inside a text: 0 plain ASCII, then the kinds below. */
    private static final byte[] TEXT = new byte[256];
    private static final byte QUOTE = 1;
    private static final byte BACKSLASH = 2;
    private static final byte CONTROL = 3;
    private static final byte UTF8_2 = 4;
    private static final byte UTF8_3 = 5;
    private static final byte UTF8_4 = 6;
    private static final byte INVALID = 7;

    static {
        for (int c = 0; c < 0x20; c++) {
            TEXT[c] = CONTROL;
        }
        TEXT['"'] = QUOTE;
        TEXT['\\'] = BACKSLASH;
        for (int c = 0x80; c < 0x100; c++) {
            TEXT[c] = c >= 0xC2 && c <= 0xDF ? UTF8_2 : c >= 0xE0 && c <= 0xEF ? UTF8_3
                    : c >= 0xF0 && c <= 0xF4 ? UTF8_4 : INVALID;
        }
    }

    private final InputStream in;
    private byte[] buf = new byte[1 << 16];
    private int pos;
    private int end;
    /** The file offset of {@code buf[0]}. */
    private long bufStart;
    private boolean eof;
    private boolean closed;

    /** The open containers, OBJECT or ARRAY, outermost first. */
    private byte[] stack = new byte[32];
    private int depth;
    /** Whether the innermost container has no entry yet. */
    private boolean first;

    /** Where the current token starts in {@link #buf}. */
    private int tokenPos;
    /** The value after the current name, read ahead (see {@link #lookAhead()}), and where it starts. */
    private JsonToken valueAhead;
    private int valuePos;
    private String name;
    /** A VALUE_STRING not scanned yet: it starts at {@link #pos}, skipped or read when asked. */
    private boolean textPending;
    /** The current text once scanned: its bytes in the buffer, and whether they are ASCII with no escape. */
    private int textStart;
    private int textEnd;
    private boolean textPlain;
    private String text;
    /** The current text's characters in {@link #chars} (decoded only when asked). */
    private boolean charsReady;
    private int charsLength;
    private char[] chars = new char[256];
    /** The current number's bytes in the buffer. */
    private int numberStart;
    private int numberEnd;

    private final Names names = new Names(1024, true);
    /** The short texts met, by bytes (see {@link #word()}). */
    private final Names words = new Names(8192, false);

    Utf8ExportParser(InputStream in) throws IOException {
        super(0);
        this.in = in;
        while (end < 3 && fill(0) >= 0) {
            // the first three bytes, which may be a byte order mark
        }
        if (end - pos >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
    }

    /** The file offset of the current token's first byte (for an object, its '{'). */
    long tokenByteOffset() {
        return bufStart + tokenPos;
    }

    // ---------------------------------------------------------------- objects met before

    /**
     * The objects of one kind met before, by their bytes, each with what the reader made of it: an export
     * repeats most of its small objects (a changelog item such as a move from Open to In Progress, a status, an
     * issue type) thousands of times, byte for byte. The same bytes are the same tokens wherever they stand
     * as a value, so what the reader made of them once it makes again: {@link #recall} hands it back and moves
     * past the object without reading it. Only an object the reader read to its end (so, valid JSON) is
     * remembered, of at most {@link #LONGEST} bytes, with at most {@link #MOST} objects and {@link #BYTES} bytes
     * per kind; once 4,096 lookups of a kind found fewer than one in eight, that kind is no longer looked up
     * (a file whose objects do not repeat pays nothing more).
     *
     * <p>An object is found by its bytes from its '{' to its first '}' (hashed eight at a time), then compared
     * whole. That '}' ends the object or an object inside it (it may also stand in a text): a key, not a
     * boundary, since only the bytes of a whole object are ever compared.
     */
    static final class Recall<T> {
        static final int LONGEST = 1024;
        private static final int MOST = 1 << 13;
        private static final int BYTES = 1 << 21;
        private byte[][] objects = new byte[1024][];
        /** Per slot: the hash of the object's bytes up to its first '}' and their number (the key). */
        private long[] keys = new long[1024];
        private Object[] values = new Object[1024];
        private int size;
        private int bytes;
        private int lookups;
        private int found;
        private boolean off;
        /** The file offset of the object looked up last and not found, and the depth inside it (see {@link #remember}). */
        private long pending = -1;
        private int pendingDepth;

        private int slot(long key) {
            int hash = (int) (key >>> 32);
            return (hash ^ hash >>> 16) & (objects.length - 1);
        }

        /** Whether the object {@link #recall} did not find last may be remembered. */
        boolean remembering() {
            return pending >= 0;
        }

        private void put(int slot, byte[] object, long key, Object value) {
            objects[slot] = object;
            keys[slot] = key;
            values[slot] = value;
        }

        private void grow() {
            byte[][] oldObjects = objects;
            long[] oldKeys = keys;
            Object[] oldValues = values;
            int capacity = oldObjects.length * 2;
            objects = new byte[capacity][];
            keys = new long[capacity];
            values = new Object[capacity];
            for (int i = 0; i < oldObjects.length; i++) {
                if (oldObjects[i] != null) {
                    int slot = slot(oldKeys[i]);
                    while (objects[slot] != null) {
                        slot = (slot + 1) & (capacity - 1);
                    }
                    put(slot, oldObjects[i], oldKeys[i], oldValues[i]);
                }
            }
        }
    }

    /**
     * On a START_OBJECT: what the reader made of an object of the same bytes met before (see {@link Recall}),
     * the parser then on the object's END_OBJECT as {@link #skipChildren()} leaves it; else null, the parser
     * where it was, and when the object may be remembered the reader reads it and hands {@link #remember} what
     * it made of it.
     */
    @SuppressWarnings("unchecked")
    <T> T recall(Recall<T> seen) throws IOException {
        seen.pending = -1;
        // an object of LONGEST bytes nests at most LONGEST / 2 deep: recalled only where that stays within the
        // nesting limit (an export's objects stand a few levels deep), so that what Jackson refuses is read and refused
        if (seen.off || _currToken != JsonToken.START_OBJECT || textPending || depth - 1 + Recall.LONGEST / 2 > MAX_DEPTH) {
            return null;
        }
        while (!eof && end - tokenPos < Recall.LONGEST) {
            fill(tokenPos);
        }
        byte[] b = buf;
        int start = tokenPos;
        int stop = Math.min(end, start + Recall.LONGEST);
        long key = key(b, start, stop);
        if (key == 0) {
            return null;
        }
        if ((++seen.lookups & 4095) == 0 && seen.found < seen.lookups >>> 3) {
            seen.off = true;
        }
        byte[][] objects = seen.objects;
        int mask = objects.length - 1;
        for (int slot = seen.slot(key); objects[slot] != null; slot = (slot + 1) & mask) {
            byte[] object = objects[slot];
            int length = object.length;
            if (seen.keys[slot] == key && start + length <= end && Arrays.equals(object, 0, length, b, start, start + length)) {
                seen.found++;
                pos = start + length;
                tokenPos = pos - 1;
                depth--;
                first = false;
                _currToken = JsonToken.END_OBJECT;
                return (T) seen.values[slot];
            }
        }
        if (seen.size < Recall.MOST && seen.bytes < Recall.BYTES) {
            seen.pending = bufStart + start;
            seen.pendingDepth = depth;
        }
        return null;
    }

    /**
     * On the END_OBJECT of the object {@link #recall} did not find last: remembers what the reader made of
     * it. Does nothing when the object is not that one, is longer than {@link Recall#LONGEST} or has left the
     * buffer.
     */
    <T> void remember(Recall<T> seen, T value) {
        // a null would be recalled as "not seen" with the parser already past the object
        Objects.requireNonNull(value, "value");
        long pending = seen.pending;
        seen.pending = -1;
        if (pending < bufStart || _currToken != JsonToken.END_OBJECT || depth != seen.pendingDepth - 1) {
            return;
        }
        int start = (int) (pending - bufStart);
        int length = tokenPos + 1 - start;
        if (length > Recall.LONGEST || buf[start] != '{') {
            return;
        }
        byte[] object = Arrays.copyOfRange(buf, start, start + length);
        long key = key(object, 0, length);
        int slot = seen.slot(key);
        while (seen.objects[slot] != null) {
            slot = (slot + 1) & (seen.objects.length - 1);
        }
        seen.put(slot, object, key, value);
        seen.bytes += length;
        if (++seen.size * 2 > seen.objects.length) {
            seen.grow();
        }
    }

    /**
     * The key of the object at {@code b[start]}: a hash of its bytes up to its first '}' in the high half, their
     * number in the low half; 0 when no '}' comes before {@code stop}. Eight bytes at a time: a '}' is found by
     * {@link #bytesEqual}, and every long is hashed, the last one's bytes after the '}' masked off,
     * in two lanes (objects that differ in one value are common).
     */
    private static final long CLOSING_BRACES = 0x7D7D7D7D7D7D7D7DL;

    private static long key(byte[] b, int start, int stop) {
        long lane = 0x9E3779B97F4A7C15L;
        long other = 0;
        int p = start;
        // sixteen bytes a turn while no '}' is among them, then eight
        while (p + 16 <= stop) {
            long word = (long) LONGS.get(b, p);
            long next = (long) LONGS.get(b, p + 8);
            if ((bytesEqual(word, CLOSING_BRACES) | bytesEqual(next, CLOSING_BRACES)) != 0) {
                break;
            }
            lane = (lane + word) * 0xC2B2AE3D27D4EB4FL;
            other = (other + next) * 0x9E3779B97F4A7C15L;
            p += 16;
        }
        while (p + 8 <= stop) {
            long word = (long) LONGS.get(b, p);
            long found = bytesEqual(word, CLOSING_BRACES);
            if (found != 0) {
                int kept = (Long.numberOfTrailingZeros(found) >>> 3) + 1;
                return mixed(lane, other, kept == 8 ? word : word & (1L << (kept << 3)) - 1, p + kept - start);
            }
            long next = (other + word) * 0xC2B2AE3D27D4EB4FL;
            other = lane;
            lane = next;
            p += 8;
        }
        long word = 0;
        for (int shift = 0; p < stop; p++, shift += 8) {
            word |= (b[p] & 0xFFL) << shift;
            if (b[p] == '}') {
                return mixed(lane, other, word, p + 1 - start);
            }
        }
        return 0;
    }

    private static long mixed(long lane, long other, long last, int length) {
        long hash = ((other + last) * 0xC2B2AE3D27D4EB4FL ^ lane) * 0x9E3779B97F4A7C15L;
        return (hash ^ hash >>> 29) << 32 | length;
    }

    // ---------------------------------------------------------------- buffer

    /**
     * Reads more of the file, keeping {@code buf[keep, end)}, which moves to the front (positions held by the
     * caller move by the shift returned). Returns -1 at the end of the file, when nothing more could be read.
     */
    private int fill(int keep) throws IOException {
        if (eof) {
            return -1;
        }
        int shift = keep;
        if (keep > 0) {
            System.arraycopy(buf, keep, buf, 0, end - keep);
            bufStart += keep;
            pos -= keep;
            end -= keep;
            tokenPos -= keep;
            textStart -= keep;
            textEnd -= keep;
            numberStart -= keep;
            numberEnd -= keep;
            valuePos -= keep;
        } else if (end == buf.length) {
            if (buf.length > MAX_TEXT) {
                throw refused("a value longer than the longest text");
            }
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int read;
        do {
            read = in.read(buf, end, buf.length - end);
        } while (read == 0);
        if (read < 0) {
            eof = true;
            return -1;
        }
        end += read;
        return shift;
    }

    /** The next byte that is not JSON whitespace (consumed), or -1 at the end of the file. */
    private int nonBlank() throws IOException {
        int p = pos;
        if (p + 1 < end) {
            int c = buf[p] & 0xFF;
            if (c > ' ') {
                pos = p + 1;
                return c;
            }
            // one space, as after the commas and colons of many writers' JSON
            int next = buf[p + 1] & 0xFF;
            if (c == ' ' && next > ' ') {
                pos = p + 2;
                return next;
            }
        }
        return nonBlankFurther();
    }

    private int nonBlankFurther() throws IOException {
        for (;;) {
            if (pos >= end && fill(pos) < 0) {
                return -1;
            }
            int c = buf[pos++] & 0xFF;
            if (c > ' ') {
                return c;
            }
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                throw refused("a control character outside a text");
            }
        }
    }

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH_BITS = 0x8080808080808080L;

    /**
     * The bytes of the little-endian long {@code word} equal to the byte of which {@code repeated} is eight
     * copies, as the high bit of each: such a byte is a zero byte of {@code word ^ repeated}, found by the borrow
     * of {@code x - ONES}; the lowest such borrow is always exact (a borrow only ever carries upwards).
     */
    private static long bytesEqual(long word, long repeated) {
        long x = word ^ repeated;
        return (x - ONES) & ~x & HIGH_BITS;
    }

    /**
     * Where the run of plain text bytes from {@code b[p]} ends before {@code e}: the first quote, backslash,
     * control character or non-ASCII byte, else {@code e}. Eight bytes at a time (see {@link #bytesEqual}).
     */
    private static int plainRun(byte[] b, int p, int e) {
        while (p + 8 <= e) {
            long word = (long) LONGS.get(b, p);
            long special = bytesEqual(word, 0x2222222222222222L) | bytesEqual(word, 0x5C5C5C5C5C5C5C5CL)
                    | ((word - 0x2020202020202020L) & ~word | word) & HIGH_BITS;
            if (special != 0) {
                return p + (Long.numberOfTrailingZeros(special) >>> 3);
            }
            p += 8;
        }
        while (p < e && TEXT[b[p] & 0xFF] == 0) {
            p++;
        }
        return p;
    }

    private static NotTaken refused(String reason) {
        return new NotTaken(reason);
    }

    // ---------------------------------------------------------------- tokens

    @Override
    public JsonToken nextToken() throws IOException {
        if (closed) {
            return _currToken = null;
        }
        if (textPending) {
            skipText();
        }
        text = null;
        charsReady = false;
        int c;
        if (depth == 0) {
            c = nonBlank();
            if (c < 0) {
                return _currToken = null;
            }
            return _currToken = value(c);
        }
        if (stack[depth - 1] == OBJECT) {
            if (_currToken == JsonToken.FIELD_NAME) {
                return _currToken = fieldValue();
            }
            c = nonBlank();
            if (c == '}') {
                tokenPos = pos - 1;
                return _currToken = closeContainer();
            }
            if (!first) {
                if (c != ',') {
                    throw refused("no comma between an object's entries");
                }
                c = nonBlank();
            }
            first = false;
            if (c != '"') {
                throw refused("an object's entry without a quoted name");
            }
            tokenPos = pos - 1;
            name = readName();
            if (nonBlank() != ':') {
                throw refused("no colon after a name");
            }
            lookAhead();
            return _currToken = JsonToken.FIELD_NAME;
        }
        c = nonBlank();
        if (c == ']') {
            tokenPos = pos - 1;
            return _currToken = closeContainer();
        }
        if (!first) {
            if (c != ',') {
                throw refused("no comma between an array's elements");
            }
            c = nonBlank();
        }
        first = false;
        if (c < 0) {
            throw refused("the end of the file inside an array");
        }
        return _currToken = value(c);
    }

    /**
     * The next member of the current object: its name, the parser then on its value, as {@link #nextToken()}
     * twice gives them (FIELD_NAME, then the value); null when the next token is not a name, the parser on it.
     */
    String nextMember() throws IOException {
        if (nextToken() != JsonToken.FIELD_NAME) {
            return null;
        }
        _currToken = fieldValue();
        return name;
    }

    /**
     * The start of a name's value, read with the name as Jackson's parser reads it: a literal or a number
     * whole (so that a malformed one is refused at the name, as Jackson refuses it there), a text or a
     * container by its first byte, which {@link #fieldValue()} makes the current token.
     */
    private void lookAhead() throws IOException {
        int c = nonBlank();
        valuePos = pos - 1;
        valueAhead = valueStart(c);
    }

    /** The name's value read ahead by {@link #lookAhead()}, now the current token. */
    private JsonToken fieldValue() {
        tokenPos = valuePos;
        return enter(valueAhead);
    }

    /** The value starting with byte {@code c} (consumed), now the current token. */
    private JsonToken value(int c) throws IOException {
        tokenPos = pos - 1;
        return enter(valueStart(c));
    }

    /**
     * What the value starting with byte {@code c} (consumed) is: a literal or a number is read whole, a text or
     * a container only by that byte ({@link #enter} then opens it).
     */
    private JsonToken valueStart(int c) throws IOException {
        switch (c) {
            case '{' -> {
                return JsonToken.START_OBJECT;
            }
            case '[' -> {
                return JsonToken.START_ARRAY;
            }
            case '"' -> {
                return JsonToken.VALUE_STRING;
            }
            case 't' -> {
                literal("rue");
                return JsonToken.VALUE_TRUE;
            }
            case 'f' -> {
                literal("alse");
                return JsonToken.VALUE_FALSE;
            }
            case 'n' -> {
                literal("ull");
                return JsonToken.VALUE_NULL;
            }
            default -> {
                if (c == '-' || c >= '0' && c <= '9') {
                    return number();
                }
                throw refused(c < 0 ? "the end of the file where a value was expected" : "no value where one was expected");
            }
        }
    }

    /** A value whose start {@link #valueStart} read, entered: a container opened, a text left pending. */
    private JsonToken enter(JsonToken value) {
        if (value == JsonToken.START_OBJECT) {
            open(OBJECT);
        } else if (value == JsonToken.START_ARRAY) {
            open(ARRAY);
        } else if (value == JsonToken.VALUE_STRING) {
            textPending = true;
        }
        return value;
    }

    private void open(byte kind) {
        if (depth == MAX_DEPTH) {
            throw refused("nested too deep");
        }
        if (depth == stack.length) {
            stack = Arrays.copyOf(stack, depth * 2);
        }
        stack[depth++] = kind;
        first = true;
    }

    private JsonToken closeContainer() {
        first = false;
        return stack[--depth] == OBJECT ? JsonToken.END_OBJECT : JsonToken.END_ARRAY;
    }

    /** The rest of a literal whose first letter was read, then a delimiter. */
    private void literal(String rest) throws IOException {
        int length = rest.length();
        while (end - pos < length + 1 && fill(pos) >= 0) {
            // read until the literal and the byte after it are in the buffer, or the file ends
        }
        if (end - pos < length) {
            throw refused("the file ends inside a literal");
        }
        for (int i = 0; i < length; i++) {
            if (buf[pos + i] != rest.charAt(i)) {
                throw refused("an unknown literal");
            }
        }
        pos += length;
        delimiter();
    }

    /** After a literal or number: the end of the file, whitespace, a comma or a closing bracket (not consumed). */
    private void delimiter() throws IOException {
        if (pos >= end && fill(pos) < 0) {
            return;
        }
        int c = buf[pos];
        if (c != ',' && c != ']' && c != '}' && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
            throw refused("a literal or number run into the next character");
        }
    }

    /** A number whose first byte (a digit or '-') was read: -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?. */
    private JsonToken number() throws IOException {
        numberStart = pos - 1;
        boolean integral = true;
        int c = buf[pos - 1];
        if (c == '-') {
            c = nextNumberByte();
        }
        if (c == '0') {
            c = nextNumberByte();
        } else if (c >= '1' && c <= '9') {
            do {
                c = nextNumberByte();
            } while (c >= '0' && c <= '9');
        } else {
            throw refused("a number without digits");
        }
        if (c == '.') {
            integral = false;
            c = nextNumberByte();
            if (c < '0' || c > '9') {
                throw refused("a decimal point without digits after it");
            }
            do {
                c = nextNumberByte();
            } while (c >= '0' && c <= '9');
        }
        if (c == 'e' || c == 'E') {
            integral = false;
            c = nextNumberByte();
            if (c == '+' || c == '-') {
                c = nextNumberByte();
            }
            if (c < '0' || c > '9') {
                throw refused("an exponent without digits");
            }
            do {
                c = nextNumberByte();
            } while (c >= '0' && c <= '9');
        }
        // the byte in c (when the file had one) is not part of the number: give it back
        if (c >= 0) {
            pos--;
        }
        numberEnd = pos;
        if (numberEnd - numberStart > MAX_NUMBER) {
            throw refused("a number too long");
        }
        delimiter();
        if (depth == 0 && pos < end && buf[pos] != ' ' && buf[pos] != '\n' && buf[pos] != '\r' && buf[pos] != '\t') {
            // Jackson wants whitespace after a number at the root, not a comma or a bracket
            throw refused("a number at the root run into the next character");
        }
        return integral ? JsonToken.VALUE_NUMBER_INT : JsonToken.VALUE_NUMBER_FLOAT;
    }

    /** The next byte of a number (consumed), keeping the number in the buffer; -1 at the end of the file. */
    private int nextNumberByte() throws IOException {
        if (pos >= end) {
            if (pos - numberStart > MAX_NUMBER) {
                throw refused("a number too long");
            }
            if (fill(numberStart) < 0) {
                return -1;
            }
        }
        return buf[pos++] & 0xFF;
    }

    // ---------------------------------------------------------------- texts

    /** A name (its opening quote read): the same String for the same bytes, from {@link #names}. */
    private String readName() throws IOException {
        String next = names.following(buf, pos, end);
        if (next != null) {
            pos += next.length() + 1;
            return next;
        }
        // the common case first, small enough to be compiled into nextToken: plain bytes, the quote in the buffer
        int quote = plainRun(buf, pos, end);
        if (quote < end && buf[quote] == '"' && quote - pos <= MAX_NAME) {
            String name = names.name(buf, pos, quote - pos);
            pos = quote + 1;
            return name;
        }
        return readNameFurther();
    }

    private String readNameFurther() throws IOException {
        int start = pos;
        byte[] b = buf;
        int p = pos;
        int e = end;
        for (;;) {
            p = plainRun(b, p, e);
            if (p < e) {
                break;
            }
            pos = p;
            if (p - start > MAX_NAME) {
                throw refused("a name too long");
            }
            int shift = fill(start);
            if (shift < 0) {
                throw refused("the file ends inside a name");
            }
            start -= shift;
            b = buf;
            p = pos;
            e = end;
        }
        if (b[p] == '"') {
            int length = p - start;
            pos = p + 1;
            if (length > MAX_NAME) {
                throw refused("a name too long");
            }
            return names.name(b, start, length);
        }
        // escapes or non-ASCII: read as a text (rare in an export's names), not kept in the table
        pos = start;
        scanText(true);
        if (textEnd - textStart > MAX_NAME) {
            throw refused("a name too long");
        }
        String made = madeText();
        text = null;
        charsReady = false;
        return made;
    }

    /** The pending text skipped: scanned and checked, nothing kept. */
    private void skipText() throws IOException {
        textPending = false;
        if (!plainText()) {
            scanText(false);
        }
    }

    /**
     * The common case of {@link #scanText}, small enough to be compiled into its callers: a text of plain
     * bytes whose closing quote is in the buffer. Returns false, having changed nothing, for any other.
     */
    private boolean plainText() {
        int start = pos;
        int quote = plainRun(buf, start, end);
        if (quote >= end || buf[quote] != '"' || quote - start > MAX_TEXT) {
            return false;
        }
        textStart = start;
        textEnd = quote;
        textPlain = true;
        pos = quote + 1;
        return true;
    }

    /**
     * Scans a text from {@link #pos} (after its opening quote) to its closing quote, checking escapes and UTF-8,
     * and leaves {@link #pos} after the quote. With {@code keep}, the text's bytes stay in the buffer at
     * {@link #textStart}..{@link #textEnd}.
     */
    private void scanText(boolean keep) throws IOException {
        int start = pos;
        long fileStart = bufStart + start;
        boolean plain = true;
        byte[] b = buf;
        int p = pos;
        int e = end;
        for (;;) {
            p = plainRun(b, p, e);
            // the byte that ends the plain run, or -1 when the run reached the end of the buffer
            int kind = p < e ? TEXT[b[p] & 0xFF] : -1;
            if (kind == QUOTE) {
                break;
            }
            int needed = 1;
            if (kind >= 0) {
                plain = false;
                needed = switch (kind) {
                    case BACKSLASH, UTF8_2 -> 2;
                    case UTF8_3 -> 3;
                    case UTF8_4 -> 4;
                    default -> throw refused(kind == CONTROL ? "a control character in a text" : "a byte that is not UTF-8");
                };
            }
            if (kind < 0 || e - p < needed || kind == BACKSLASH && b[p + 1] == 'u' && e - p < 6) {
                pos = p;
                if (bufStart + p - fileStart > MAX_TEXT) {
                    // before the buffer grows for it (Jackson stops there too)
                    throw refused("a text too long");
                }
                int shift = fill(keep ? start : p);
                if (shift < 0) {
                    throw refused("the file ends inside a text");
                }
                start -= shift;
                b = buf;
                p = pos;
                e = end;
                continue;
            }
            p += kind == BACKSLASH ? escapeLength(b, p) : utf8Length(b, p, kind);
        }
        pos = p + 1;
        if (bufStart + p - fileStart > MAX_TEXT) {
            throw refused("a text too long");
        }
        textStart = start;
        textEnd = p;
        textPlain = plain;
    }

    /** The length of the escape at {@code b[p]} (its backslash), checked as JSON allows it. */
    private static int escapeLength(byte[] b, int p) {
        switch (b[p + 1]) {
            case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                return 2;
            }
            case 'u' -> {
                for (int i = 2; i < 6; i++) {
                    if (hex(b[p + i]) < 0) {
                        throw refused("a \\u escape without four hexadecimal digits");
                    }
                }
                return 6;
            }
            default -> throw refused("an unknown escape");
        }
    }

    /** The length of the UTF-8 sequence at {@code b[p]}, checked to be the shortest form of a scalar value. */
    private static int utf8Length(byte[] b, int p, int kind) {
        int lead = b[p] & 0xFF;
        int length = kind - UTF8_2 + 2;
        for (int i = 1; i < length; i++) {
            if ((b[p + i] & 0xC0) != 0x80) {
                throw refused("a byte that is not UTF-8");
            }
        }
        int second = b[p + 1] & 0xFF;
        if (lead == 0xE0 && second < 0xA0 || lead == 0xED && second >= 0xA0
                || lead == 0xF0 && second < 0x90 || lead == 0xF4 && second >= 0x90) {
            // an overlong form, a surrogate, or beyond U+10FFFF
            throw refused("a byte sequence that is not UTF-8");
        }
        return length;
    }

    private static int hex(int c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }

    /** The pending text, scanned and kept. */
    private void readText() throws IOException {
        if (textPending) {
            textPending = false;
            if (!plainText()) {
                scanText(true);
            }
        }
    }

    /** The scanned text as a String. */
    private String madeText() {
        if (textPlain) {
            return new String(buf, textStart, textEnd - textStart, StandardCharsets.ISO_8859_1);
        }
        decodeChars();
        return new String(chars, 0, charsLength);
    }

    /** The scanned text's characters into {@link #chars} (checked already by {@link #scanText}). */
    private void decodeChars() {
        if (charsReady) {
            return;
        }
        int length = textEnd - textStart;
        if (chars.length < length) {
            chars = new char[Math.max(length, chars.length * 2)];
        }
        byte[] b = buf;
        char[] out = chars;
        int n = 0;
        if (textPlain) {
            for (int p = textStart; p < textEnd; p++) {
                out[n++] = (char) b[p];
            }
        } else {
            for (int p = textStart; p < textEnd; ) {
                int c = b[p] & 0xFF;
                if (c == '\\') {
                    char escaped = switch (b[p + 1]) {
                        case 'b' -> '\b';
                        case 'f' -> '\f';
                        case 'n' -> '\n';
                        case 'r' -> '\r';
                        case 't' -> '\t';
                        case 'u' -> (char) (hex(b[p + 2]) << 12 | hex(b[p + 3]) << 8 | hex(b[p + 4]) << 4 | hex(b[p + 5]));
                        default -> (char) b[p + 1];
                    };
                    out[n++] = escaped;
                    p += b[p + 1] == 'u' ? 6 : 2;
                } else if (c < 0x80) {
                    out[n++] = (char) c;
                    p++;
                } else if (c < 0xE0) {
                    out[n++] = (char) ((c & 0x1F) << 6 | b[p + 1] & 0x3F);
                    p += 2;
                } else if (c < 0xF0) {
                    out[n++] = (char) ((c & 0x0F) << 12 | (b[p + 1] & 0x3F) << 6 | b[p + 2] & 0x3F);
                    p += 3;
                } else {
                    int point = (c & 0x07) << 18 | (b[p + 1] & 0x3F) << 12 | (b[p + 2] & 0x3F) << 6 | b[p + 3] & 0x3F;
                    out[n++] = Character.highSurrogate(point);
                    out[n++] = Character.lowSurrogate(point);
                    p += 4;
                }
            }
        }
        charsLength = n;
        charsReady = true;
    }

    // ---------------------------------------------------------------- skipping

    /**
     * Skips the object or array just started to its end (the current token becomes its END token), checking
     * what it passes over as {@link #nextToken()} would, but making no token, name or text.
     */
    @Override
    public JsonParser skipChildren() throws IOException {
        if (_currToken != JsonToken.START_OBJECT && _currToken != JsonToken.START_ARRAY) {
            return this;
        }
        int outer = depth - 1;
        for (;;) {
            boolean object = stack[depth - 1] == OBJECT;
            int c = nonBlank();
            if (c == (object ? '}' : ']')) {
                JsonToken closed = closeContainer();
                if (depth == outer) {
                    tokenPos = pos - 1;
                    _currToken = closed;
                    return this;
                }
                continue;
            }
            if (!first) {
                if (c != ',') {
                    throw refused("no comma between entries");
                }
                c = nonBlank();
            }
            first = false;
            if (object) {
                if (c != '"') {
                    throw refused("an object's entry without a quoted name");
                }
                long nameStart = bufStart + pos;
                scanText(false);
                if (bufStart + pos - 1 - nameStart > MAX_NAME) {
                    throw refused("a name too long");
                }
                if (nonBlank() != ':') {
                    throw refused("no colon after a name");
                }
                c = nonBlank();
            }
            if (enter(valueStart(c)) == JsonToken.VALUE_STRING) {
                skipText();
            }
        }
    }

    // ---------------------------------------------------------------- what the reader asks

    @Override
    public String getCurrentName() {
        if (_currToken == JsonToken.FIELD_NAME) {
            return name;
        }
        throw refused("a name asked of a token that is not one");
    }

    @Override
    public String currentName() {
        return getCurrentName();
    }

    @Override
    public String getText() throws IOException {
        JsonToken token = _currToken;
        if (token == JsonToken.VALUE_STRING) {
            if (text == null) {
                readText();
                text = madeText();
            }
            return text;
        }
        if (token == JsonToken.FIELD_NAME) {
            return name;
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return new String(buf, numberStart, numberEnd - numberStart, StandardCharsets.ISO_8859_1);
        }
        return token == null ? null : token.asString();
    }

    /**
     * The current text (a VALUE_STRING) as a word of the export's small vocabularies (ids, names, keys,
     * changelog values): the same String again for the same bytes, when ASCII without escapes and at most
     * 16 bytes, as {@link Names} keeps names; else as {@link #getText()}.
     */
    String word() throws IOException {
        if (_currToken != JsonToken.VALUE_STRING) {
            throw refused("a word asked of a token that is not a text");
        }
        if (text == null) {
            readText();
            text = textPlain && textEnd - textStart <= Names.SHORT ? words.name(buf, textStart, textEnd - textStart)
                    : madeText();
        }
        return text;
    }

    /**
     * Whether the current text (a VALUE_STRING) is ASCII without escapes, its bytes then
     * {@link #textBytes()}{@code [}{@link #textStart()}{@code , +}{@link #textLength()}{@code )} until the next token.
     */
    boolean asciiText() throws IOException {
        if (_currToken != JsonToken.VALUE_STRING) {
            throw refused("a text asked of a token that is not one");
        }
        readText();
        return textPlain;
    }

    byte[] textBytes() {
        return buf;
    }

    int textStart() {
        return textStart;
    }

    int textLength() {
        return textEnd - textStart;
    }

    @Override
    public char[] getTextCharacters() throws IOException {
        if (_currToken == JsonToken.VALUE_STRING) {
            readText();
            decodeChars();
            return chars;
        }
        String made = getText();
        if (made == null) {
            return null;
        }
        // as decoded texts are: in the shared array from 0
        if (chars.length < made.length()) {
            chars = new char[made.length()];
        }
        made.getChars(0, made.length(), chars, 0);
        charsLength = made.length();
        return chars;
    }

    @Override
    public int getTextLength() throws IOException {
        if (_currToken == JsonToken.VALUE_STRING) {
            readText();
            decodeChars();
            return charsLength;
        }
        String made = getText();
        return made == null ? 0 : made.length();
    }

    @Override
    public int getTextOffset() {
        return 0;
    }

    @Override
    public boolean hasTextCharacters() {
        return false;
    }

    /** The integer's value, when it has at most 18 digits (always a long); else the file is read by Jackson. */
    private long integer() {
        if (_currToken != JsonToken.VALUE_NUMBER_INT) {
            throw refused("an integer asked of a token that is not one");
        }
        int p = numberStart;
        boolean negative = buf[p] == '-';
        if (negative) {
            p++;
        }
        if (numberEnd - p > 18) {
            throw refused("an integer wider than 18 digits");
        }
        long value = 0;
        for (; p < numberEnd; p++) {
            value = value * 10 + (buf[p] - '0');
        }
        return negative ? -value : value;
    }

    @Override
    public int getIntValue() {
        long value = integer();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw refused("an integer beyond an int");
        }
        return (int) value;
    }

    /** As Jackson's: a float's value cut to a long, a float beyond a long refused (Jackson says it overflows). */
    @Override
    public long getLongValue() throws IOException {
        if (_currToken == JsonToken.VALUE_NUMBER_FLOAT) {
            double value = Double.parseDouble(getText());
            if (value < MIN_LONG_D || value > MAX_LONG_D) {
                throw refused("a number beyond a long");
            }
            return (long) value;
        }
        return integer();
    }

    /** As Jackson's: an integer of more than 18 digits parsed as a double (either way the nearest one). */
    @Override
    public double getDoubleValue() throws IOException {
        if (_currToken == JsonToken.VALUE_NUMBER_INT) {
            return numberEnd - numberStart > 18 ? Double.parseDouble(getText()) : integer();
        }
        if (_currToken == JsonToken.VALUE_NUMBER_FLOAT) {
            double decimal = shortDecimal();
            return decimal == decimal ? decimal : Double.parseDouble(getText());
        }
        throw refused("a number asked of a token that is not one");
    }

    private static final double[] POWERS_OF_TEN = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};

    /**
     * The current number when it is a decimal of at most 15 digits without an exponent (story points such as
     * 3.0 or 0.5), else NaN: its digits as an integer (exact in a double) divided by a power of ten (exact too),
     * which is the double nearest to it, as {@link Double#parseDouble} gives (Clinger's fast path).
     */
    private double shortDecimal() {
        int p = numberStart;
        boolean negative = buf[p] == '-';
        if (negative) {
            p++;
        }
        long digits = 0;
        int count = 0;
        int point = -1;
        for (; p < numberEnd; p++) {
            int c = buf[p];
            if (c == '.') {
                point = count;
            } else if (c >= '0' && c <= '9') {
                digits = digits * 10 + (c - '0');
                count++;
            } else {
                return Double.NaN;
            }
        }
        if (count > 15 || point < 0) {
            return Double.NaN;
        }
        double value = digits / POWERS_OF_TEN[count - point];
        return negative ? -value : value;
    }

    @Override
    public JsonStreamContext getParsingContext() {
        JsonReadContext context = JsonReadContext.createRootContext(null);
        for (int level = 0; level < depth; level++) {
            context = stack[level] == OBJECT ? context.createChildObjectContext(-1, -1)
                    : context.createChildArrayContext(-1, -1);
        }
        return context;
    }

    /** No line or column is kept (see the class comment): messages that need one come from Jackson's read. */
    @Override
    public JsonLocation getTokenLocation() {
        return JsonLocation.NA;
    }

    @Override
    public JsonLocation getCurrentLocation() {
        return JsonLocation.NA;
    }

    @Override
    public void close() throws IOException {
        if (!closed) {
            closed = true;
            in.close();
        }
    }

    @Override
    public boolean isClosed() {
        return closed;
    }

    @Override
    protected void _handleEOF() throws JsonParseException {
        // the end of the file is checked where it is met
    }

    // ---------------------------------------------------------------- outside the subset

    @Override
    public void overrideCurrentName(String name) {
        throw refused("overrideCurrentName");
    }

    @Override
    public byte[] getBinaryValue(Base64Variant variant) {
        throw refused("getBinaryValue");
    }

    @Override
    public ObjectCodec getCodec() {
        return null;
    }

    @Override
    public void setCodec(ObjectCodec codec) {
        throw refused("setCodec");
    }

    @Override
    public Version version() {
        return Version.unknownVersion();
    }

    @Override
    public Number getNumberValue() {
        throw refused("getNumberValue");
    }

    @Override
    public NumberType getNumberType() {
        throw refused("getNumberType");
    }

    @Override
    public BigInteger getBigIntegerValue() {
        throw refused("getBigIntegerValue");
    }

    @Override
    public float getFloatValue() {
        throw refused("getFloatValue");
    }

    @Override
    public BigDecimal getDecimalValue() {
        throw refused("getDecimalValue");
    }

    /**
     * The names met so far by their UTF-8 bytes (ASCII without escapes): open addressing on a hash of the
     * bytes, each slot holding the one String made of them. A name of at most 16 bytes (nearly every name of
     * an export) is hashed and compared as two little-endian longs read from the buffer in place, its bytes
     * beyond the name masked off, its slot's key three longs side by side (the two, then hash and length);
     * a longer one by its bytes. Full at 16,384 names (a Jira export has a few hundred), after which a new
     * name is made each time it is met.
     */
    private static final class Names {
        private static final int SHORT = 16;
        private static final int MAX = 1 << 14;
        private String[] strings;
        /** Per slot: a short name's two longs (as {@link #word}, else 0 and 0), then its hash and length. */
        private long[] keys;
        /** The bytes of the names longer than {@link #SHORT}, by slot. */
        private byte[][] longNames;
        private int size;
        /**
         * Per slot, the slot of the name that followed it last (-1: none yet), and the slot of the name given
         * last: a file writes its names in the same order issue after issue, so the name that followed one
         * last time is compared first ({@link #following}). Null for a table that does not learn the order.
         */
        private int[] successors;
        private int last = -1;

        /**
         * A table of {@code slots} slots (a power of two), which doubles when half full; {@code learnsOrder} for
         * one whose {@link #following} is asked (names, not texts).
         */
        Names(int slots, boolean learnsOrder) {
            strings = new String[slots];
            keys = new long[3 * slots];
            longNames = new byte[slots][];
            successors = learnsOrder ? successors(slots) : null;
        }

        private static int[] successors(int slots) {
            int[] none = new int[slots];
            Arrays.fill(none, -1);
            return none;
        }

        /**
         * The name that followed the name given last, when the bytes from {@code b[start]} are it and its
         * closing quote (before {@code end}): a short name, compared as its two longs; else null.
         */
        String following(byte[] b, int start, int end) {
            int slot = last < 0 ? -1 : successors[last];
            if (slot < 0) {
                return null;
            }
            int k = 3 * slot;
            int length = (int) keys[k + 2];
            if (length > SHORT || start + SHORT > b.length || start + length >= end || b[start + length] != '"'
                    || word(b, start, length) != keys[k] || word(b, start + 8, length - 8) != keys[k + 1]) {
                return null;
            }
            last = slot;
            return strings[slot];
        }
        /** A short name near the end of the buffer's array, copied so that its longs can be read. */
        private final byte[] scratch = new byte[SHORT];

        /** The {@code length} bytes from {@code b[at]} (8 are read), as a little-endian long, 0 beyond them. */
        private static long word(byte[] b, int at, int length) {
            if (length <= 0) {
                return 0;
            }
            long word = (long) LONGS.get(b, at);
            return length >= 8 ? word : word & (1L << (length << 3)) - 1;
        }

        String name(byte[] b, int start, int length) {
            long first = 0;
            long second = 0;
            int hash;
            if (length <= SHORT) {
                byte[] from = b;
                int at = start;
                if (start + SHORT > b.length) {
                    System.arraycopy(b, start, scratch, 0, length);
                    from = scratch;
                    at = 0;
                }
                first = word(from, at, length);
                second = word(from, at + 8, length - 8);
                long mixed = (first * 0x9E3779B97F4A7C15L + second) * 0xC2B2AE3D27D4EB4FL;
                hash = (int) (mixed ^ mixed >>> 32);
            } else {
                // eight bytes at a time, the last eight (which may overlap the ones before) last
                long mixed = length;
                int last = start + length - 8;
                for (int p = start; p < last; p += 8) {
                    mixed = (mixed + (long) LONGS.get(b, p)) * 0x9E3779B97F4A7C15L;
                }
                mixed = (mixed + (long) LONGS.get(b, last)) * 0xC2B2AE3D27D4EB4FL;
                hash = (int) (mixed ^ mixed >>> 32);
            }
            long hashAndLength = (long) hash << 32 | length;
            String[] known = strings;
            long[] key = keys;
            int mask = known.length - 1;
            int slot = (hash ^ hash >>> 16) & mask;
            for (;;) {
                String name = known[slot];
                if (name == null) {
                    break;
                }
                int k = 3 * slot;
                if (key[k + 2] == hashAndLength && key[k] == first && key[k + 1] == second
                        && (length <= SHORT || Arrays.equals(longNames[slot], 0, length, b, start, start + length))) {
                    followedBy(slot);
                    return name;
                }
                slot = (slot + 1) & mask;
            }
            String made = new String(b, start, length, StandardCharsets.ISO_8859_1);
            if (size < MAX) {
                put(slot, made, first, second, hashAndLength,
                        length <= SHORT ? null : Arrays.copyOfRange(b, start, start + length));
                followedBy(slot);
                if (++size * 2 > strings.length) {
                    grow();
                }
            }
            return made;
        }

        private void followedBy(int slot) {
            if (successors == null) {
                return;
            }
            if (last >= 0) {
                successors[last] = slot;
            }
            last = slot;
        }

        private void put(int slot, String name, long first, long second, long hashAndLength, byte[] bytes) {
            strings[slot] = name;
            keys[3 * slot] = first;
            keys[3 * slot + 1] = second;
            keys[3 * slot + 2] = hashAndLength;
            longNames[slot] = bytes;
        }

        private void grow() {
            String[] oldStrings = strings;
            long[] oldKeys = keys;
            byte[][] oldLongNames = longNames;
            int capacity = oldStrings.length * 2;
            strings = new String[capacity];
            keys = new long[3 * capacity];
            longNames = new byte[capacity][];
            // the slots move: what followed what is learnt again
            successors = successors == null ? null : successors(capacity);
            last = -1;
            int mask = capacity - 1;
            for (int i = 0; i < oldStrings.length; i++) {
                if (oldStrings[i] != null) {
                    int hash = (int) (oldKeys[3 * i + 2] >>> 32);
                    int slot = (hash ^ hash >>> 16) & mask;
                    while (strings[slot] != null) {
                        slot = (slot + 1) & mask;
                    }
                    put(slot, oldStrings[i], oldKeys[3 * i], oldKeys[3 * i + 1], oldKeys[3 * i + 2], oldLongNames[i]);
                }
            }
        }
    }
}
