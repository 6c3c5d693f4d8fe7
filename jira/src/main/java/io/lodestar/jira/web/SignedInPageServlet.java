package io.lodestar.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * A page of the app for signed-in users. Nobody signed in: 302 to the host's login page, which comes back here
 * with the same query. Otherwise the page renders itself for the user's key, never cached: it shows live data (a
 * cached copy after a check-in or a measurement would show the old values).
 *
 * <p>Each page keeps its own servlet class, because Jira builds a servlet module's class by its constructor and
 * fills it with the beans of the app's Spring context by type. Public for {@link #returnUri}, which the
 * administration page (io.lodestar.jira.web.admin) shares; its constructor stays package-private.
 */
public abstract class SignedInPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient UserManager users;
    private final transient LoginUriProvider loginUris;

    SignedInPageServlet(UserManager users, LoginUriProvider loginUris) {
        this.users = users;
        this.loginUris = loginUris;
    }

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserProfile user = users.getRemoteUser(request);
        if (user == null) {
            response.sendRedirect(loginUris.getLoginUri(returnUri(request)).toASCIIString());
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        render(user.getUserKey().getStringValue(), request, response.getWriter());
    }

    /** Renders the page for the signed-in user {@code userKey}. */
    abstract void render(String userKey, HttpServletRequest request, Writer out) throws IOException;

    /** This page with its query string; just the path when the query is not a valid URI part. */
    public static URI returnUri(HttpServletRequest request) {
        String query = request.getQueryString();
        String path = request.getRequestURI();
        if (query != null && !query.isEmpty()) {
            try {
                return new URI(path + "?" + query);
            } catch (URISyntaxException malformedQuery) {
                // fall through to the bare path
            }
        }
        return URI.create(path);
    }
}
