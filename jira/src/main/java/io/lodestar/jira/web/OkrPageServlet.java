package io.lodestar.jira.web;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.io.Writer;
import javax.servlet.http.HttpServletRequest;

/**
 * The OKR page, served at {@code /plugins/servlet/lodestar/okrs} ({@code ?cycle=ID&team=KEY} optional;
 * {@code ?view=my-check-ins} shows "My check-ins" instead of a cycle). Nobody
 * signed in: 302 to the host's login page, which comes back here. Otherwise it builds the view model and renders
 * the page; the objectives themselves are loaded by the page's scripts from the REST API.
 *
 * <p>The plugin framework builds this class and passes the beans of the app's Spring context by constructor;
 * the sandbox builds it with its own implementations of the same host interfaces.
 */
@LicensedOnly
public final class OkrPageServlet extends SignedInPageServlet {
    private static final long serialVersionUID = 1L;

    private final transient OkrPageViews views;
    private final transient OkrPage page;

    public OkrPageServlet(UserManager users, LoginUriProvider loginUris, OkrPageViews views, OkrPage page) {
        super(users, loginUris);
        this.views = views;
        this.page = page;
    }

    @Override
    void render(String userKey, HttpServletRequest request, Writer out) throws IOException {
        OkrPageView view = views.view(userKey, request.getParameter("cycle"), request.getParameter("team"),
                request.getParameter("view"), request.getContextPath());
        page.render(view, out);
    }
}
