package io.lodestar.sandbox.host.jira;

import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.security.PermissionManager;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Sprint;
import io.lodestar.sandbox.host.ExportedIssues;
import io.lodestar.sandbox.host.SandboxIssue;
import io.lodestar.sandbox.host.SandboxLoginUriProvider;
import io.lodestar.sandbox.host.SandboxTemplateRenderer;
import io.lodestar.sandbox.host.SandboxUser;
import io.lodestar.sandbox.host.SandboxUsers;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@code /browse/KEY}: the sandbox's view-issue page for every issue of its export: summary, type, status, epic,
 * parent, sprint and story points, and in the right column the web-panels the app declares for
 * {@value #RIGHT_CONTEXT}, each with its conditions and context provider and the page context Jira gives them
 * ({@code issue}, {@code project}, {@code user}). Decorated like the OKR page. Nobody signed in: the sign-in page,
 * which comes back here. An issue that does not exist and one the user may not browse get the same 404 page, which
 * names neither its summary nor its panels, as Jira answers both alike.
 */
public final class IssueViewServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Jira's right column of the view-issue page. */
    public static final String RIGHT_CONTEXT = "atl.jira.view.issue.right.context";
    public static final String PATH = "/browse";
    static final String TEMPLATE = "io/lodestar/sandbox/host/jira/issue-view.vm";

    private final transient ExportedIssues issues;
    private final transient PermissionManager permissions;
    private final transient SandboxUsers users;
    private final transient WebPanels panels;
    private final transient SandboxTemplateRenderer renderer;

    public IssueViewServlet(ExportedIssues issues, PermissionManager permissions, SandboxUsers users, WebPanels panels,
                            SandboxTemplateRenderer renderer) {
        this.issues = issues;
        this.permissions = permissions;
        this.users = users;
        this.panels = panels;
        this.renderer = renderer;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SandboxUser> user = users.current();
        if (user.isEmpty()) {
            response.sendRedirect(request.getContextPath() + new SandboxLoginUriProvider()
                    .getLoginUri(URI.create(request.getRequestURI())).toASCIIString());
            return;
        }
        String key = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        Optional<SandboxIssue> issue = issues.byKey(key)
                .filter(found -> permissions.hasPermission(ProjectPermissions.BROWSE_PROJECTS, found, user.get()));
        Map<String, Object> context = new HashMap<>();
        context.put("contextPath", request.getContextPath());
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (issue.isEmpty()) {
            context.put("key", key);
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            renderer.render(TEMPLATE, context, response.getWriter());
            return;
        }
        Map<String, Object> pageContext = new HashMap<>();
        pageContext.put("issue", issue.get());
        pageContext.put("project", issue.get().getProjectObject());
        pageContext.put("user", user.get());
        context.put("issue", fields(issue.get()));
        context.put("panels", panels.render(RIGHT_CONTEXT, pageContext).stream().map(WebPanels.Rendered::toMap).toList());
        renderer.render(TEMPLATE, context, response.getWriter());
    }

    /** What the page shows of the issue, as text (the template reads a map, so no sandbox class needs allowlisting). */
    private static Map<String, Object> fields(SandboxIssue issue) {
        IssueSnapshot snapshot = issue.snapshot();
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("key", issue.getKey());
        fields.put("summary", issue.getSummary());
        fields.put("type", snapshot.type().name());
        fields.put("status", snapshot.status().name());
        fields.put("project", issue.getProjectObject().getName());
        fields.put("epic", snapshot.epicKey());
        fields.put("parent", snapshot.parentKey());
        fields.put("sprint", snapshot.sprints().isEmpty() ? null : latest(snapshot).name());
        fields.put("storyPoints", snapshot.storyPoints() == null ? null
                : BigDecimal.valueOf(snapshot.storyPoints()).stripTrailingZeros().toPlainString());
        return fields;
    }

    /** The issue's latest sprint: the one Jira shows in the Sprint field. */
    private static Sprint latest(IssueSnapshot snapshot) {
        return snapshot.sprints().get(snapshot.sprints().size() - 1);
    }
}
