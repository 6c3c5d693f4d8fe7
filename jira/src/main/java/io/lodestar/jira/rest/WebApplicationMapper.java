package io.lodestar.jira.rest;

import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * Errors the JAX-RS runtime raises itself (no such path, method not allowed, unsupported media type):
 * keeps their status, in the API's error body. Needed because {@link UnexpectedErrorMapper} would
 * otherwise turn them into 500s.
 */
@Provider
public final class WebApplicationMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException e) {
        int code = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        Response.Status status = Response.Status.fromStatusCode(code);
        if (status == null || code >= 500) {
            return ErrorJson.response(Response.Status.INTERNAL_SERVER_ERROR, null, UnexpectedErrorMapper.MESSAGE);
        }
        String message = switch (status) {
            case NOT_FOUND -> "not found";
            case METHOD_NOT_ALLOWED -> "method not allowed";
            case UNSUPPORTED_MEDIA_TYPE -> "unsupported content type: send application/json";
            case NOT_ACCEPTABLE -> "not acceptable: this resource answers application/json";
            default -> status.getReasonPhrase().toLowerCase(java.util.Locale.ROOT);
        };
        return ErrorJson.response(status, null, message);
    }
}
