package io.lodestar.sandbox.host.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lodestar.sandbox.host.SandboxI18n;
import io.lodestar.sandbox.host.SandboxLoginUriProvider;
import io.lodestar.sandbox.host.SandboxPageBuilderService;
import io.lodestar.sandbox.host.SandboxTemplateRenderer;
import io.lodestar.sandbox.host.SandboxUser;
import io.lodestar.sandbox.host.SandboxUsers;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * {@value #PATH}: the sandbox's Jira dashboard. It hosts the app's {@code <dashboard-item>} modules as Jira does:
 * loads the {@value DashboardItems#CONTEXT} web-resources, requires each item's AMD module, constructs it with an API
 * object ({@code savePreferences}, {@code resize}, {@code setTitle}, {@code showLoadingBar}, {@code hideLoadingBar},
 * {@code isEditable}, {@code closeEdit}) and calls {@code render} or, from the item's Edit button, {@code renderEdit}.
 * The one dashboard is the demo dashboard ({@link #DEMO}); each item's preferences are kept per user and dashboard
 * ({@link DashboardPreferences}), starting from the demo's. {@code POST} {@value #PREFERENCES_PATH} saves them: a
 * JSON object of strings, with the XSRF header the REST API wants. Nothing of the app's logic lives here.
 */
public final class DashboardServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    public static final String PATH = "/secure/Dashboard.jspa";
    public static final String PREFERENCES_PATH = "/sandbox/dashboard/preferences";
    static final String TEMPLATE = "io/lodestar/sandbox/host/jira/dashboard.vm";
    /** Jira's limit on an item property. */
    static final int MAX_PREFERENCES = 32768;
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One item on the demo dashboard: its id, module key, column and the preferences it starts with. */
    public record Placed(long id, String moduleKey, int column, Map<String, String> preferences) {
    }

    public record Dashboard(long id, String name, List<Placed> items) {
    }

    /**
     * The demo dashboard: a velocity item for each demo team side by side, one not configured yet, ATLAS's KPI
     * scorecard, ATLAS's OKR progress in the current cycle, and an OKR progress item not configured yet.
     */
    public static final Dashboard DEMO = new Dashboard(10000, "Lodestar demo", List.of(
            new Placed(1, "velocity-item", 0, Map.of("team", "ATLAS", "sprints", "7")),
            new Placed(2, "velocity-item", 1, Map.of("team", "NOVA", "sprints", "7")),
            new Placed(3, "velocity-item", 0, Map.of()),
            new Placed(4, "scorecard-item", 1, Map.of("team", "ATLAS")),
            new Placed(5, "okr-progress-item", 0, Map.of("configured", "true", "team", "ATLAS")),
            new Placed(6, "okr-progress-item", 1, Map.of())));

    private final transient DashboardItems modules;
    private final transient DashboardPreferences preferences;
    private final transient SandboxUsers users;
    private final transient SandboxPageBuilderService pageBuilder;
    private final transient SandboxTemplateRenderer renderer;
    private final transient SandboxI18n i18n;

    public DashboardServlet(DashboardItems modules, DashboardPreferences preferences, SandboxUsers users,
                            SandboxPageBuilderService pageBuilder, SandboxTemplateRenderer renderer, SandboxI18n i18n) {
        this.modules = modules;
        this.preferences = preferences;
        this.users = users;
        this.pageBuilder = pageBuilder;
        this.renderer = renderer;
        this.i18n = i18n;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SandboxUser> user = users.current();
        if (user.isEmpty()) {
            response.sendRedirect(request.getContextPath() + new SandboxLoginUriProvider()
                    .getLoginUri(URI.create(request.getRequestURI())).toASCIIString());
            return;
        }
        modules.dashboardResources().forEach(key -> pageBuilder.assembler().resources().requireWebResource(key));
        List<Map<String, Object>> items = new ArrayList<>();
        for (Placed placed : DEMO.items()) {
            Optional<DashboardItems.Item> module = modules.item(placed.moduleKey());
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", placed.id());
            item.put("column", placed.column());
            item.put("moduleKey", placed.moduleKey());
            item.put("amdModule", module.map(DashboardItems.Item::amdModule).orElse(null));
            item.put("configurable", module.map(DashboardItems.Item::configurable).orElse(false));
            item.put("title", module.map(m -> i18n.getText(m.titleKey())).orElse(placed.moduleKey()));
            item.put("preferences", stored(placed, user.get()));
            items.add(item);
        }
        Map<String, Object> context = new HashMap<>();
        context.put("contextPath", request.getContextPath());
        context.put("dashboard", Map.of("id", DEMO.id(), "name", DEMO.name()));
        context.put("itemsJson", JSON.writeValueAsString(items));
        context.put("preferencesUrl", request.getContextPath() + PREFERENCES_PATH);
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        renderer.render(TEMPLATE, context, response.getWriter());
    }

    /** The user's stored preferences of the item; the demo's when none are stored or the stored row is unreadable. */
    private Object stored(Placed placed, SandboxUser user) {
        Optional<String> row = preferences.find(DEMO.id(), placed.id(), user.getKey());
        if (row.isPresent()) {
            try {
                JsonNode node = JSON.readTree(row.get());
                if (node != null && node.isObject()) {
                    return node;
                }
            } catch (IOException unreadable) {
                // A bad stored row: the item starts from the demo's preferences; saving again repairs it.
            }
        }
        return placed.preferences();
    }

    /** {@code ?dashboard=ID&item=ID}, body a JSON object of strings: the signed-in user's preferences of the item. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<SandboxUser> user = users.current();
        if (user.isEmpty()) {
            error(response, HttpServletResponse.SC_UNAUTHORIZED, null, "Log in first.");
            return;
        }
        if (!"no-check".equals(request.getHeader("X-Atlassian-Token"))) {
            error(response, HttpServletResponse.SC_FORBIDDEN, null, "XSRF check failed.");
            return;
        }
        if (!String.valueOf(DEMO.id()).equals(request.getParameter("dashboard"))) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "dashboard", "No such dashboard.");
            return;
        }
        String itemParameter = request.getParameter("item");
        Optional<Placed> placed = DEMO.items().stream().filter(p -> String.valueOf(p.id()).equals(itemParameter)).findFirst();
        if (placed.isEmpty()) {
            error(response, HttpServletResponse.SC_NOT_FOUND, "item", "No such item on this dashboard.");
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_PREFERENCES + 1);
        if (body.length > MAX_PREFERENCES) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, "preferences", "must be at most " + MAX_PREFERENCES + " bytes");
            return;
        }
        JsonNode node;
        try {
            node = JSON.readTree(new String(body, StandardCharsets.UTF_8));
        } catch (IOException notJson) {
            node = null;
        }
        if (node == null || !node.isObject()) {
            error(response, HttpServletResponse.SC_BAD_REQUEST, "preferences", "must be a JSON object");
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isTextual()) {
                error(response, HttpServletResponse.SC_BAD_REQUEST, field.getKey(), "must be a string");
                return;
            }
        }
        preferences.save(DEMO.id(), placed.get().id(), user.get().getKey(), JSON.writeValueAsString(node));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }

    private static void error(HttpServletResponse response, int status, String field, String message) throws IOException {
        ObjectNode error = JSON.createObjectNode();
        error.put("field", field);
        error.put("message", message);
        ObjectNode body = JSON.createObjectNode();
        body.putArray("errors").add(error);
        response.setStatus(status);
        response.setContentType("application/json;charset=UTF-8");
        response.getWriter().write(JSON.writeValueAsString(body));
    }
}
