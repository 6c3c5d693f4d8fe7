package io.lodestar.jira.web.admin;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.auth.LoginUriProvider;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import io.lodestar.jira.web.SignedInPageServlet;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Lodestar's administration page, served at {@code /plugins/servlet/lodestar/admin}: the configure link of Jira's
 * Manage apps screen (plugin-info's {@code configure.url}) opens it. For Jira administrators only (SAL's
 * {@code isAdmin} or {@code isSystemAdmin}, host-API reference 12.7): nobody signed in gets a 302 to the login page,
 * which comes back here, and a signed-in user who is not an administrator a 403 with a page saying so. The settings
 * themselves are read and written by the page's scripts through the REST API, which checks the same rule again.
 *
 * <p>{@code @LicensedOnly} is the host's rule for servlets (a licensed user); the administrator rule is this class's.
 */
@LicensedOnly
public final class AdminPageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;

    private final transient UserManager users;
    private final transient LoginUriProvider loginUris;
    private final transient AdminPage page;

    public AdminPageServlet(UserManager users, LoginUriProvider loginUris, AdminPage page) {
        this.users = users;
        this.loginUris = loginUris;
        this.page = page;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        UserKey user = users.getRemoteUserKey(request);
        if (user == null) {
            response.sendRedirect(loginUris.getLoginUri(SignedInPageServlet.returnUri(request)).toASCIIString());
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (!users.isAdmin(user) && !users.isSystemAdmin(user)) {
            response.setStatus(HttpServletResponse.SC_FORBIDDEN);
            page.renderForbidden(response.getWriter());
            return;
        }
        page.render(AdminPageView.of(request.getContextPath()), response.getWriter());
    }
}
