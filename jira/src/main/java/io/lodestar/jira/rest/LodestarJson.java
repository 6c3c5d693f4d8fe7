package io.lodestar.jira.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import com.fasterxml.jackson.databind.type.LogicalType;
import javax.ws.rs.ext.ContextResolver;
import javax.ws.rs.ext.Provider;

/**
 * The Jackson configuration of the API, handed to whatever Jackson JAX-RS provider the host runs
 * (Jira's REST v2 module, or the sandbox's) through the standard {@link ContextResolver} lookup.
 *
 * <p>Input is strict, because a silently ignored or coerced field is a wrong write: unknown fields,
 * a string where a number is expected ({@code "5"}), a number or boolean where text is expected, and
 * null for a primitive all fail, and {@link JsonInputMapper} answers 400 naming the field. So does a key
 * sent twice in one object (wherever it stands: without the parser's duplicate detection, the last one
 * would silently win) and text holding an unpaired surrogate (no character at all; a database would keep
 * a {@code ?} in its place).
 */
@Provider
public final class LodestarJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper = createMapper();

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    /** The configured mapper, also for tests and the sandbox that read or write the API's JSON. */
    public static ObjectMapper createMapper() {
        JsonMapper mapper = JsonMapper.builder()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .addModule(new SimpleModule("lodestar-text").addDeserializer(String.class, new UnicodeText()))
                .build();
        for (CoercionInputShape shape : new CoercionInputShape[] {
                CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }

    /** Text as Jackson reads it, refused when it holds an unpaired surrogate, on the field's path. */
    static final class UnicodeText extends StringDeserializer {

        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            if (text != null) {
                for (int i = 0; i < text.length(); i++) {
                    char c = text.charAt(i);
                    if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                        i++;
                    } else if (Character.isSurrogate(c)) {
                        throw new InvalidText(parser);
                    }
                }
            }
            return text;
        }
    }

    /** Text that is not valid Unicode; {@link JsonInputMapper} names its field. */
    static final class InvalidText extends JsonMappingException {

        private static final long serialVersionUID = 1L;

        InvalidText(JsonParser parser) {
            super(parser, "text with an unpaired surrogate");
        }
    }
}
