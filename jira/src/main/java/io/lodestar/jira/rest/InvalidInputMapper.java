package io.lodestar.jira.rest;

import io.lodestar.core.common.InvalidInputException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** Input the domain refuses: 400 with the field and the reason. */
@Provider
public final class InvalidInputMapper implements ExceptionMapper<InvalidInputException> {

    @Override
    public Response toResponse(InvalidInputException e) {
        return ErrorJson.response(Response.Status.BAD_REQUEST, e.field(), e.reason());
    }
}
