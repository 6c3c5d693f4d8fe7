package io.lodestar.jira.rest;

import io.lodestar.core.common.NotFoundException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** An unknown id (or an issue the user may not browse, which reads the same): 404. */
@Provider
public final class NotFoundMapper implements ExceptionMapper<NotFoundException> {

    @Override
    public Response toResponse(NotFoundException e) {
        return ErrorJson.response(Response.Status.NOT_FOUND, null, e.kind() + " " + e.id() + " not found");
    }
}
