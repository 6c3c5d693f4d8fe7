package io.lodestar.sandbox.server;

import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.UnrestrictedAccess;
import io.lodestar.sandbox.host.SandboxUsers;
import java.lang.reflect.AnnotatedElement;
import java.util.Map;
import javax.annotation.Priority;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ResourceInfo;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import java.util.List;

/**
 * What Jira's REST v2 plugin does before any resource runs: a resource without {@code @AnonymousSiteAccess} or
 * {@code @UnrestrictedAccess} (on its method or class) requires a signed-in user, and answers 401 otherwise. The
 * body has the API's error shape (docs/rest-api.md).
 */
@Priority(Priorities.AUTHENTICATION)
final class RestAuthentication implements ContainerRequestFilter {

    private final SandboxUsers users;

    @Context
    private ResourceInfo resource;

    RestAuthentication(SandboxUsers users) {
        this.users = users;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        if (users.current().isPresent() || anonymousAllowed()) {
            return;
        }
        Map<String, Object> error = new java.util.LinkedHashMap<>();
        error.put("field", null);
        error.put("message", "You are not signed in.");
        request.abortWith(Response.status(Response.Status.UNAUTHORIZED)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("errors", List.of(error)))
                .build());
    }

    private boolean anonymousAllowed() {
        if (resource == null || resource.getResourceMethod() == null) {
            return false;
        }
        return allows(resource.getResourceMethod()) || allows(resource.getResourceClass());
    }

    private static boolean allows(AnnotatedElement element) {
        return element != null && (element.isAnnotationPresent(AnonymousSiteAccess.class)
                || element.isAnnotationPresent(UnrestrictedAccess.class));
    }
}
