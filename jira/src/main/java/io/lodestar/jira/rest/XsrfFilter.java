package io.lodestar.jira.rest;

import java.util.Locale;
import java.util.Set;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.Provider;

/**
 * Refuses cross-site request forgery: a state-changing request (any method but GET, HEAD and OPTIONS)
 * passes only when its content type is JSON, which a page on another site cannot send without a CORS
 * preflight, or when it carries the header {@code X-Atlassian-Token: no-check}, which such a page
 * cannot set. Anything else (a form post, {@code text/plain}, a body-less DELETE without the header)
 * gets 403.
 *
 * <p>This is Atlassian REST's own rule (the REST v1 XSRF filter checks mutating requests whose media
 * type is absent or one a form can send, and accepts the no-check header), made explicit in the app
 * because that filter enforces it only on POST and merely logs failing PUT and DELETE requests, because
 * REST v2's behaviour could not be verified, and so that the very same rule runs wherever these
 * resources are hosted. It runs before resource matching, so a form post is
 * refused as forgery rather than as an unsupported media type.
 */
@Provider
@PreMatching
public final class XsrfFilter implements ContainerRequestFilter {

    public static final String TOKEN_HEADER = "X-Atlassian-Token";
    public static final String NO_CHECK = "no-check";

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public void filter(ContainerRequestContext request) {
        if (SAFE_METHODS.contains(request.getMethod().toUpperCase(Locale.ROOT))) {
            return;
        }
        String token = request.getHeaderString(TOKEN_HEADER);
        if (token != null && NO_CHECK.equalsIgnoreCase(token.strip())) {
            return;
        }
        if (isJson(request.getMediaType())) {
            return;
        }
        request.abortWith(ErrorJson.response(Response.Status.FORBIDDEN, null,
                "XSRF check failed: send JSON, or the header " + TOKEN_HEADER + ": " + NO_CHECK));
    }

    private static boolean isJson(MediaType type) {
        return type != null && "application".equalsIgnoreCase(type.getType())
                && ("json".equalsIgnoreCase(type.getSubtype()) || type.getSubtype().toLowerCase(Locale.ROOT).endsWith("+json"));
    }
}
