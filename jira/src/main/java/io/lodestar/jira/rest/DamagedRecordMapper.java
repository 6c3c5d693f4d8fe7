package io.lodestar.jira.rest;

import io.lodestar.core.common.DamagedRecordException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import javax.ws.rs.ext.Provider;

/**
 * A stored record that today's rules refuse: 409, naming the record, what is wrong and how to repair it, never the
 * generic 500. The field is the record's kind, so a page can point at it.
 */
@Provider
public final class DamagedRecordMapper implements ExceptionMapper<DamagedRecordException> {

    @Override
    public Response toResponse(DamagedRecordException e) {
        String path = "kpi".equals(e.kind()) ? "/kpis/" + e.id() : null;
        String repair = path == null ? "a Jira administrator can repair it"
                : "a Jira administrator can replace it (PUT " + path + " with version " + e.version() + ") or delete it (DELETE "
                + path + "?version=" + e.version() + ")";
        return ErrorJson.response(Response.Status.CONFLICT, e.kind(), e.kind() + " " + e.id()
                + " is stored in a form this version of Lodestar refuses (" + e.problem() + "); " + repair);
    }
}
