package io.lodestar.jira.rest;

import io.lodestar.jira.app.AccessDeniedException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** A logged-in user without the right to make a change: 403 with the rule. */
@Provider
public final class AccessDeniedMapper implements ExceptionMapper<AccessDeniedException> {

    @Override
    public Response toResponse(AccessDeniedException e) {
        return ErrorJson.response(Response.Status.FORBIDDEN, null, e.getMessage());
    }
}
