package io.lodestar.sandbox.server;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

/**
 * The XSRF check of Atlassian's REST plugin, which Jira runs in front of every REST module: a POST whose content
 * type a browser form can send ({@code application/x-www-form-urlencoded}, {@code multipart/form-data},
 * {@code text/plain}) or that has none is refused with 403 unless it carries {@code X-Atlassian-Token: no-check}.
 * The app adds its own stricter filter (also PUT and DELETE); this one keeps the sandbox a faithful host even if
 * the app's changed. Body in the API's error shape (docs/rest-api.md).
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
final class RestXsrfCheck implements ContainerRequestFilter {

    static final String TOKEN_HEADER = "X-Atlassian-Token";
    private static final List<String> FORM_TYPES = List.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"POST".equalsIgnoreCase(request.getMethod())) {
            return;
        }
        String token = request.getHeaderString(TOKEN_HEADER);
        if (token != null && token.strip().equalsIgnoreCase("no-check")) {
            return;
        }
        MediaType type = request.getMediaType();
        String essence = type == null ? null : (type.getType() + "/" + type.getSubtype()).toLowerCase(Locale.ROOT);
        if (essence == null || FORM_TYPES.contains(essence)) {
            Map<String, Object> error = new java.util.LinkedHashMap<>();
            error.put("field", null);
            error.put("message", "XSRF check failed");
            request.abortWith(Response.status(Response.Status.FORBIDDEN).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(Map.of("errors", List.of(error))).build());
        }
    }
}
