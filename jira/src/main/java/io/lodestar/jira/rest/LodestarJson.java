package io.lodestar.jira.rest;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import javax.ws.rs.ext.ContextResolver;
import javax.ws.rs.ext.Provider;

/**
 * The Jackson configuration of the API, handed to whatever Jackson JAX-RS provider the host runs
 * (Jira's REST v2 module, or the sandbox's) through the standard {@link ContextResolver} lookup.
 *
 * <p>Input is strict, because a silently ignored or coerced field is a wrong write: unknown fields,
 * a string where a number is expected ({@code "5"}), a number or boolean where text is expected, and
 * null for a primitive all fail, and {@link JsonInputMapper} answers 400 naming the field.
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
                .build();
        for (CoercionInputShape shape : new CoercionInputShape[] {
                CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Float, CoercionAction.Fail);
        return mapper;
    }
}
