package io.lodestar.jira.rest;

import io.lodestar.jira.app.NotLoggedInException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** No logged-in user: 401. */
@Provider
public final class NotLoggedInMapper implements ExceptionMapper<NotLoggedInException> {

    @Override
    public Response toResponse(NotLoggedInException e) {
        return ErrorJson.response(Response.Status.UNAUTHORIZED, null, e.getMessage());
    }
}
