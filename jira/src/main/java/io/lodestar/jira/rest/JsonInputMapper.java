package io.lodestar.jira.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
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
        if (!(e instanceof JsonMappingException mapping) || mapping.getPath().isEmpty()) {
            return ErrorJson.response(Response.Status.BAD_REQUEST, null, "the body is not a valid JSON document of the expected shape");
        }
        String field = path(mapping);
        String message;
        if (e instanceof UnrecognizedPropertyException) {
            message = "is not a known field";
        } else if (e instanceof InvalidFormatException || e instanceof MismatchedInputException) {
            message = "has the wrong type";
        } else {
            message = "cannot be read";
        }
        return ErrorJson.response(Response.Status.BAD_REQUEST, field, message);
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
