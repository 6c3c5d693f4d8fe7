package io.lodestar.sandbox.server;

import io.lodestar.sandbox.host.SandboxTemplateRenderer;
import io.lodestar.sandbox.host.SandboxUser;
import io.lodestar.sandbox.host.SandboxUsers;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /sandbox/login}: the sandbox's stand-in for Jira's login page. GET shows one button per user; POST signs
 * the chosen user in and returns to {@code os_destination}. The header's "switch user" form posts here too. The
 * POST must carry the session's token (a forged cross-site form cannot), and the destination must be a path of
 * this server (no open redirect).
 */
final class LoginServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient SandboxUsers users;
    private final transient SandboxTemplateRenderer renderer;
    private final String homePath;

    LoginServlet(SandboxUsers users, SandboxTemplateRenderer renderer, String homePath) {
        this.users = users;
        this.renderer = renderer;
        this.homePath = homePath;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Map<String, Object> context = new HashMap<>();
        context.put("users", users.all());
        context.put("token", SessionUserFilter.token(request));
        context.put("destination", destination(request));
        context.put("contextPath", request.getContextPath());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render("io/lodestar/sandbox/server/login.vm", context, response.getWriter());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object expected = request.getSession(true).getAttribute(SessionUserFilter.TOKEN_ATTRIBUTE);
        String given = request.getParameter("token");
        if (expected == null || given == null || !MessageDigest.isEqual(expected.toString().getBytes(StandardCharsets.UTF_8),
                given.getBytes(StandardCharsets.UTF_8))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN, "The sign-in form has expired; reload the page.");
            return;
        }
        Optional<SandboxUser> user = users.byName(request.getParameter("user"));
        if (user.isEmpty()) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "Unknown user.");
            return;
        }
        SessionUserFilter.signIn(request, user.get());
        response.sendRedirect(request.getContextPath() + destination(request));
    }

    private String destination(HttpServletRequest request) {
        String wanted = request.getParameter("os_destination");
        if (wanted != null && wanted.startsWith(request.getContextPath() + "/")) {
            wanted = wanted.substring(request.getContextPath().length());
        }
        boolean local = wanted != null && wanted.startsWith("/") && !wanted.startsWith("//") && !wanted.contains("\\")
                && wanted.chars().noneMatch(Character::isISOControl);
        return local ? wanted : homePath;
    }
}
