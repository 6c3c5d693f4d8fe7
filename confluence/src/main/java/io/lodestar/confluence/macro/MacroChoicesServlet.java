package io.lodestar.confluence.macro;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.user.UserManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lodestar.confluence.applinks.JiraAnswer;
import io.lodestar.confluence.applinks.LodestarClient;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The macro browser's choices, {@code GET /plugins/servlet/lodestar/macro-choices?kind=cycles|teams|objectives|kpis}
 * ({@code &cycle=ID&team=KEY} narrow objectives, {@code &team=KEY} KPIs), read from the Jira app's REST API through
 * the macros' own client, as the signed-in user: a writer is offered only what Jira lets them see. Answers
 * {@code [{value, label}]} (a cycle also {@code current: true} when it is the one an empty {@code cycle} stands for).
 *
 * <p>Jira's answers become one JSON error {@code {error, authoriseUrl?}} the macro browser's script shows in its
 * words: {@code error} is the {@link MacroError} kind (no-link, authorise, unreachable, not-found, not-permitted,
 * no-cycle), with status 502 (Jira, not this request, failed); {@code parameter} with {@code field} and 400 for
 * a bad query; {@code signed-out} with 401 for nobody signed in. GET only, nothing is written: no XSRF token is
 * needed. Never cached by the browser (Jira's answers are already kept briefly per viewer by the client).
 */
@LicensedOnly
public final class MacroChoicesServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String PATH = "/lodestar/macro-choices";
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");
    private static final Pattern TEAM = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final transient UserManager users;
    private final transient LodestarClient jira;

    public MacroChoicesServlet(UserManager users, LodestarClient jira) {
        this.users = users;
        this.jira = jira;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (users.getRemoteUser(request) == null) {
            send(response, HttpServletResponse.SC_UNAUTHORIZED, error("signed-out"));
            return;
        }
        String kind = value(request, "kind");
        String cycle = value(request, "cycle");
        String team = value(request, "team");
        if (!cycle.isEmpty() && !ID.matcher(cycle).matches()) {
            send(response, HttpServletResponse.SC_BAD_REQUEST, parameter("cycle", "not a whole number"));
            return;
        }
        if (!team.isEmpty() && !TEAM.matcher(team).matches()) {
            send(response, HttpServletResponse.SC_BAD_REQUEST, parameter("team", "not a Jira project key"));
            return;
        }
        Outcome outcome = switch (kind) {
            case "cycles" -> cycles();
            case "teams" -> teams();
            case "objectives" -> objectives(cycle, team);
            case "kpis" -> kpis(team);
            default -> null;
        };
        if (outcome == null) {
            send(response, HttpServletResponse.SC_BAD_REQUEST, parameter("kind", "one of cycles, teams, objectives, kpis"));
            return;
        }
        send(response, outcome.status, outcome.body);
    }

    private Outcome cycles() {
        JiraAnswer answer = jira.get("/cycles");
        if (!(answer instanceof JiraAnswer.Ok ok)) {
            return failed(answer);
        }
        String current = OkrStatusMacro.currentCycle(ok.json()).orElse("");
        ArrayNode choices = JSON.createArrayNode();
        for (JsonNode cycle : JiraJson.list(JiraJson.parse(ok.json()).map(this::wrap).orElse(null), "items")) {
            long id = JiraJson.id(cycle, "id");
            if (id <= 0) {
                continue;
            }
            ObjectNode choice = choice(String.valueOf(id), JiraJson.text(cycle, "name"));
            choice.put("closed", JiraJson.flag(cycle, "closed"));
            if (current.equals(String.valueOf(id))) {
                choice.put("current", true);
            }
            choices.add(choice);
        }
        return new Outcome(HttpServletResponse.SC_OK, choices);
    }

    private Outcome teams() {
        JiraAnswer answer = jira.get("/teams");
        if (!(answer instanceof JiraAnswer.Ok ok)) {
            return failed(answer);
        }
        ArrayNode choices = JSON.createArrayNode();
        for (JsonNode team : JiraJson.list(JiraJson.parse(ok.json()).map(this::wrap).orElse(null), "items")) {
            String key = JiraJson.text(team, "key");
            if (!key.isEmpty()) {
                String name = JiraJson.text(team, "name");
                choices.add(choice(key, name.isEmpty() || name.equals(key) ? key : name + " (" + key + ")"));
            }
        }
        return new Outcome(HttpServletResponse.SC_OK, choices);
    }

    /** The cycle's objectives (the current cycle when none is given), roots first, each followed by those aligned to it. */
    private Outcome objectives(String cycleParameter, String team) {
        String cycle = cycleParameter;
        if (cycle.isEmpty()) {
            JiraAnswer cycles = jira.get("/cycles");
            if (!(cycles instanceof JiraAnswer.Ok ok)) {
                return failed(cycles);
            }
            Optional<String> current = OkrStatusMacro.currentCycle(ok.json());
            if (current.isEmpty()) {
                return new Outcome(HttpServletResponse.SC_OK, JSON.createArrayNode());
            }
            cycle = current.get();
        }
        String query = team.isEmpty() ? "" : "?team=" + URLEncoder.encode(team, StandardCharsets.UTF_8);
        JiraAnswer answer = jira.get("/cycles/" + cycle + "/okrs" + query);
        if (!(answer instanceof JiraAnswer.Ok ok)) {
            return failed(answer);
        }
        ArrayNode choices = JSON.createArrayNode();
        Optional<JsonNode> tree = JiraJson.parse(ok.json());
        for (JsonNode objective : JiraJson.list(tree.orElse(null), "objectives")) {
            addObjective(objective, 0, choices);
        }
        return new Outcome(HttpServletResponse.SC_OK, choices);
    }

    private static void addObjective(JsonNode objective, int depth, ArrayNode choices) {
        long id = JiraJson.id(objective, "id");
        if (id > 0) {
            ObjectNode choice = choice(String.valueOf(id), JiraJson.text(objective, "title"));
            choice.put("depth", Math.min(depth, 5));
            choices.add(choice);
        }
        for (JsonNode child : JiraJson.list(objective, "children")) {
            addObjective(child, depth + 1, choices);
        }
    }

    private Outcome kpis(String team) {
        String query = team.isEmpty() ? "" : "?team=" + URLEncoder.encode(team, StandardCharsets.UTF_8);
        JiraAnswer answer = jira.get("/kpis" + query);
        if (!(answer instanceof JiraAnswer.Ok ok)) {
            return failed(answer);
        }
        ArrayNode choices = JSON.createArrayNode();
        for (JsonNode kpi : JiraJson.list(JiraJson.parse(ok.json()).map(this::wrap).orElse(null), "items")) {
            long id = JiraJson.id(kpi, "id");
            if (id > 0) {
                String kpiTeam = JiraJson.text(kpi, "team");
                String name = JiraJson.text(kpi, "name");
                choices.add(choice(String.valueOf(id), team.isEmpty() && !kpiTeam.isEmpty() ? name + " (" + kpiTeam + ")" : name));
            }
        }
        return new Outcome(HttpServletResponse.SC_OK, choices);
    }

    /** A JSON array as the field {@code items} of an object, so {@link JiraJson#list} reads it. */
    private JsonNode wrap(JsonNode array) {
        ObjectNode holder = JSON.createObjectNode();
        holder.set("items", array);
        return holder;
    }

    private static ObjectNode choice(String value, String label) {
        ObjectNode choice = JSON.createObjectNode();
        choice.put("value", value);
        choice.put("label", label.isEmpty() ? value : label);
        return choice;
    }

    /** Jira's answer that is not Ok, as the error the script shows; 502: Jira (or the link), not this request, failed. */
    static Outcome failed(JiraAnswer answer) {
        MacroError box = MacroError.from(answer);
        ObjectNode body = error(box.getKind());
        if (box.getAuthoriseUrl() != null) {
            body.put("authoriseUrl", box.getAuthoriseUrl());
        }
        return new Outcome(HttpServletResponse.SC_BAD_GATEWAY, body);
    }

    private static ObjectNode error(String kind) {
        ObjectNode body = JSON.createObjectNode();
        body.put("error", kind);
        return body;
    }

    private static ObjectNode parameter(String field, String reason) {
        ObjectNode body = error("parameter");
        body.put("field", field);
        body.put("reason", reason);
        return body;
    }

    private static String value(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        return value == null ? "" : value.trim();
    }

    private static void send(HttpServletResponse response, int status, JsonNode body) throws IOException {
        response.setStatus(status);
        response.getWriter().write(JSON.writeValueAsString(body));
    }

    /** A status and the JSON sent with it. */
    record Outcome(int status, JsonNode body) {
    }
}
