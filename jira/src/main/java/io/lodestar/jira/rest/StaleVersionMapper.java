package io.lodestar.jira.rest;

import io.lodestar.core.common.StaleVersionException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/** A write based on a version somebody else has replaced meanwhile: 409, so the page reloads. */
@Provider
public final class StaleVersionMapper implements ExceptionMapper<StaleVersionException> {

    @Override
    public Response toResponse(StaleVersionException e) {
        return ErrorJson.response(Response.Status.CONFLICT, "version", e.kind() + " " + e.id()
                + " was changed by someone else (version " + e.actualVersion() + ", you sent " + e.expectedVersion()
                + "); reload and try again");
    }
}
