package io.lodestar.jira.web;

import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The KPI page, served at {@code /plugins/servlet/lodestar/kpis} ({@code ?team=KEY&kpi=ID} optional). Nobody signed
 * in: 302 to the host's login page, which comes back here. Otherwise it renders the page from its view model; the
 * scorecard and the KPI's charts are loaded by the page's scripts from the REST API ({@code /kpi-page}), which
 * serves stored values only: opening the page recomputes nothing.
 */
public final class KpiPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient UserManager users;
    private final transient LoginUriProvider loginUris;
    private final transient KpiPageViews views;
    private final transient KpiPage page;

    public KpiPageServlet(UserManager users, LoginUriProvider loginUris, KpiPageViews views, KpiPage page) {
        this.users = users;
        this.loginUris = loginUris;
        this.views = views;
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserProfile user = users.getRemoteUser(request);
        if (user == null) {
            response.sendRedirect(loginUris.getLoginUri(OkrPageServlet.returnUri(request)).toASCIIString());
            return;
        }
        KpiPageView view = views.view(user.getUserKey().getStringValue(), request.getParameter("team"),
                request.getParameter("kpi"), request.getContextPath());
        response.setContentType("text/html;charset=UTF-8");
        // Values change when someone measures: a cached copy would show the old ones.
        response.setHeader("Cache-Control", "no-store");
        page.render(view, response.getWriter());
    }
}
