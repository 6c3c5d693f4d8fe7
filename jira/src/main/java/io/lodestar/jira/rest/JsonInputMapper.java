package io.lodestar.jira.rest;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * JSON that cannot be read into the expected document: malformed text, an unknown field, a wrong type.
 * Answers 400 naming the field by its path ({@code carryOver[0].keyResultId}); the message is ours,
 * never Jackson's, which would quote class names.
 */
@Provider
public final class JsonInputMapper implements ExceptionMapper<JsonProcessingException> {

    @Override
    public Response toResponse(JsonProcessingException e) {
        String duplicate = duplicateKey(e);
        if (duplicate != null) {
            return ErrorJson.response(Response.Status.BAD_REQUEST, duplicate, "is sent twice; send each field once");
        }
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return ErrorJson.response(Response.Status.BAD_REQUEST, null, "the body is not a valid JSON document of the expected shape");
        }
        String field = path(mapping);
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof LodestarJson.InvalidText) {
            message = "is not valid text: it holds an unpaired surrogate";
        } else if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            message = "has the wrong type";
        } else {
            message = "cannot be read";
        }
        return ErrorJson.response(Response.Status.BAD_REQUEST, field, message);
    }

    /**
     * The path of the key that the parser found twice in one object (its duplicate detection, see
     * {@link LodestarJson}), or null when {@code e} is about something else. The parser reports it with the
     * key as the current name of its context, whose parents give the rest of the path.
     */
    private static String duplicateKey(JsonProcessingException e) {
        Throwable cause = e;
        while (cause != null && !(cause instanceof JsonParseException)) {
            cause = cause.getCause();
        }
        if (!(cause instanceof JsonParseException parse) || parse.getOriginalMessage() == null
                || !parse.getOriginalMessage().startsWith("Duplicate field")
                || parse.getProcessor() == null) {
            return null;
        }
        JsonParser parser = parse.getProcessor();
        java.util.List<String> parts = new java.util.ArrayList<>();
        for (JsonStreamContext context = parser.getParsingContext(); context != null && !context.inRoot();
             context = context.getParent()) {
            if (context.inObject() && context.getCurrentName() != null) {
                parts.add(0, context.getCurrentName());
            } else if (context.inArray()) {
                parts.add(0, "[" + context.getCurrentIndex() + "]");
            }
        }
        StringBuilder path = new StringBuilder();
        for (String part : parts) {
            if (path.length() > 0 && !part.startsWith("[")) {
                path.append('.');
            }
            path.append(part);
        }
        return path.toString();
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
