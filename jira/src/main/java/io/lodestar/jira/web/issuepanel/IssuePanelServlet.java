package io.lodestar.jira.web.issuepanel;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.user.UserManager;
import io.lodestar.core.common.NotFoundException;
import java.io.IOException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /plugins/servlet/lodestar/issue-panel?issueKey=KEY}: the issue panel's HTML alone, rendered from the same
 * view model and template as on the view-issue page, which the panel's scripts put in place after a link or an
 * unlink. Nobody signed in: 401; an issue that does not exist or that the user may not browse: 404, the same
 * answer for both so that it tells nothing about hidden issues.
 */
@LicensedOnly
public final class IssuePanelServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final int MAX_KEY_LENGTH = 255;

    private final transient UserManager users;
    private final transient IssuePanelViews views;
    private final transient IssuePanel panel;

    public IssuePanelServlet(UserManager users, IssuePanelViews views, IssuePanel panel) {
        this.users = users;
        this.views = views;
        this.panel = panel;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (users.getRemoteUser(request) == null) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        String issueKey = request.getParameter("issueKey");
        if (issueKey == null || issueKey.isBlank() || issueKey.length() > MAX_KEY_LENGTH) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST, "issueKey: must be an issue key");
            return;
        }
        IssuePanelView view;
        try {
            view = views.view(issueKey, request.getContextPath());
        } catch (NotFoundException hidden) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        panel.render(view, response.getWriter());
    }
}
