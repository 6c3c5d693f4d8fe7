package io.lodestar.jira.web;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserManager;
import java.io.IOException;
import java.io.Writer;
import javax.servlet.http.HttpServletRequest;

/**
 * The KPI page, served at {@code /plugins/servlet/lodestar/kpis} ({@code ?team=KEY&kpi=ID} optional). Nobody signed
 * in: 302 to the host's login page, which comes back here. Otherwise it renders the page from its view model; the
 * scorecard and the KPI's charts are loaded by the page's scripts from the REST API ({@code /kpi-page}), which
 * serves stored values only: opening the page recomputes nothing.
 */
@LicensedOnly
public final class KpiPageServlet extends SignedInPageServlet {
    private static final long serialVersionUID = 1L;

    private final transient KpiPageViews views;
    private final transient KpiPage page;

    public KpiPageServlet(UserManager users, LoginUriProvider loginUris, KpiPageViews views, KpiPage page) {
        super(users, loginUris);
        this.views = views;
        this.page = page;
    }

    @Override
    void render(String userKey, HttpServletRequest request, Writer out) throws IOException {
        KpiPageView view = views.view(userKey, request.getParameter("team"), request.getParameter("kpi"), request.getContextPath());
        page.render(view, out);
    }
}
