package io.lodestar.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The OKR page, served at {@code /plugins/servlet/lodestar/okrs} ({@code ?cycle=ID&team=KEY} optional). Nobody
 * signed in: 302 to the host's login page, which comes back here. Otherwise it builds the view model and renders
 * the page; the objectives themselves are loaded by the page's scripts from the REST API.
 *
 * <p>The plugin framework builds this class and passes the beans of the app's Spring context by constructor;
 * the sandbox builds it with its own implementations of the same host interfaces.
 */
public final class OkrPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient UserManager users;
    private final transient LoginUriProvider loginUris;
    private final transient OkrPageViews views;
    private final transient OkrPage page;

    public OkrPageServlet(UserManager users, LoginUriProvider loginUris, OkrPageViews views, OkrPage page) {
        this.users = users;
        this.loginUris = loginUris;
        this.views = views;
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserProfile user = users.getRemoteUser(request);
        if (user == null) {
            response.sendRedirect(loginUris.getLoginUri(returnUri(request)).toASCIIString());
            return;
        }
        OkrPageView view = views.view(user.getUserKey().getStringValue(), request.getParameter("cycle"),
                request.getParameter("team"), request.getContextPath());
        response.setContentType("text/html;charset=UTF-8");
        // The page shows live OKR data: a cached copy after a check-in would show the old score.
        response.setHeader("Cache-Control", "no-store");
        page.render(view, response.getWriter());
    }

    /** This page with its query string; just the path when the query is not a valid URI part. */
    static URI returnUri(HttpServletRequest request) {
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
