package io.lodestar.jira.rest;

import java.lang.System.Logger.Level;
import java.util.UUID;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * The last resort: a failure nobody anticipated (a bug, a database outage). Logs it with a reference
 * and answers 500 with a generic message carrying the same reference, so that an administrator can
 * find the log entry while the user sees no stack trace or class name.
 *
 * <p>Logs through the JDK's platform logger, which needs no OSGi import; the host routes it to its log.
 */
@Provider
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {

    static final String MESSAGE = "an unexpected error occurred; the administrator can find it in the log";

    private static final System.Logger LOG = System.getLogger(UnexpectedErrorMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        String reference = UUID.randomUUID().toString();
        LOG.log(Level.ERROR, "Lodestar REST call failed, reference " + reference, e);
        return ErrorJson.response(Response.Status.INTERNAL_SERVER_ERROR, null, MESSAGE + " (reference " + reference + ")");
    }
}
