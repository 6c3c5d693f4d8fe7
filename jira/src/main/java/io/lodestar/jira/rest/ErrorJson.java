package io.lodestar.jira.rest;

import java.util.List;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * The body of every error answer: {@code {"errors":[{"field":..., "message":...}]}}, where
 * {@code field} is null for errors not tied to a field. Messages are written for people and never
 * carry an exception's class name or stack trace.
 */
public record ErrorJson(List<FieldError> errors) {

    public record FieldError(String field, String message) {
    }

    public static Response response(Response.Status status, String field, String message) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorJson(List.of(new FieldError(field, message))))
                .build();
    }
}
