package io.lodestar.sandbox.server;

import io.lodestar.sandbox.host.SandboxUser;
import io.lodestar.sandbox.host.SandboxUsers;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpSession;

/**
 * The sandbox's sign-in: the user of a request is the one stored in its HTTP session, bound to the request thread
 * for the host services (as Jira's authentication filter does). Opening a page without a session signs the demo
 * user in, so one command shows the product; REST calls never sign anyone in, so without a session they are
 * anonymous and the REST host answers 401.
 */
final class SessionUserFilter implements Filter {

    static final String USER_ATTRIBUTE = "lodestar.sandbox.user";
    static final String TOKEN_ATTRIBUTE = "lodestar.sandbox.token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SandboxUsers users;
    private final SandboxUser demoUser;

    SessionUserFilter(SandboxUsers users, SandboxUser demoUser) {
        this.users = users;
        this.demoUser = demoUser;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpSession session = request.getSession(false);
        String name = session == null ? null : (String) session.getAttribute(USER_ATTRIBUTE);
        if (name == null && isPage(request)) {
            signIn(request, demoUser);
            name = demoUser.name();
        }
        SandboxUser user = name == null ? null : users.byName(name).orElse(null);
        users.bind(user);
        try {
            chain.doFilter(request, response);
        } finally {
            users.unbind();
        }
    }

    /** Stores {@code user} in a new session (a new id, so a session fixed before sign-in is worthless). */
    static void signIn(HttpServletRequest request, SandboxUser user) {
        HttpSession old = request.getSession(false);
        if (old != null) {
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setAttribute(USER_ATTRIBUTE, user.name());
        session.setAttribute(TOKEN_ATTRIBUTE, newToken());
    }

    /** The anti-forgery token of the session's sign-in forms, created with the session. */
    static String token(HttpServletRequest request) {
        HttpSession session = request.getSession(true);
        Object token = session.getAttribute(TOKEN_ATTRIBUTE);
        if (token == null) {
            token = newToken();
            session.setAttribute(TOKEN_ATTRIBUTE, token);
        }
        return (String) token;
    }

    private static String newToken() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static boolean isPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(request.getMethod()) && (path.equals("/") || path.startsWith("/plugins/servlet/")
                || path.startsWith("/browse/")
                // dashboard items (issue 12)
                || path.equals(io.lodestar.sandbox.host.jira.DashboardServlet.PATH)
                // Confluence macros (issue 13)
                || path.startsWith(io.lodestar.sandbox.host.confluence.ConfluenceHost.PATH + "/"));
    }
}
