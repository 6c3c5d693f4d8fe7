package io.lodestar.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.confluence.applinks.JiraAnswer;
import io.lodestar.confluence.applinks.LodestarClient;



import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code lodestar-okr-status} macro: live OKR status from Lodestar for Jira, read as the viewer over the
 * application link. Its parameters choose what to show:
 * <ul>
 *   <li>{@code objective} (an id): that objective with its key results and the objectives aligned to it;</li>
 *   <li>{@code team} (a Jira project key) and optionally {@code cycle} (an id): the team's objectives in the cycle;</li>
 *   <li>only {@code cycle}, or nothing: the whole aligned tree of the cycle.</li>
 * </ul>
 * Without {@code cycle} the current cycle is taken: the newest open cycle whose dates include today (Jira's
 * {@code elapsed} is strictly between 0 and 1), else the newest open one. Anything it cannot show becomes one
 * box ({@link MacroError}); the page around it still renders.
 */
public final class OkrStatusMacro implements Macro {
    static final String TEMPLATE = "templates/okr-status.vm";
    static final String OKR_PAGE = "/plugins/servlet/lodestar/okrs";
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");
    private static final Pattern TEAM = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}");
    private static final Set<String> BANDS = Set.of("GREEN", "YELLOW", "RED");
    private static final Set<String> STATUSES = Set.of("ON_TRACK", "AT_RISK", "OFF_TRACK");
    private static final int MAX_DEPTH = 5;

    private final LodestarClient jira;
    private final MacroTemplates templates;

    public OkrStatusMacro(LodestarClient jira, TemplateRenderer templateRenderer) {
        this.jira = jira;
        this.templates = new MacroTemplates(templateRenderer);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        String objective = parameter(parameters, "objective");
        String team = parameter(parameters, "team");
        String cycle = parameter(parameters, "cycle");
        if (!objective.isEmpty() && !ID.matcher(objective).matches()) {
            return templates.error(MacroError.parameter("objective"));
        }
        if (!team.isEmpty() && !TEAM.matcher(team).matches()) {
            return templates.error(MacroError.parameter("team"));
        }
        if (!cycle.isEmpty() && !ID.matcher(cycle).matches()) {
            return templates.error(MacroError.parameter("cycle"));
        }
        boolean export = OutputMode.isExport(context);
        return objective.isEmpty() ? cycleView(cycle, team, export) : objectiveView(objective, export);
    }

    private String objectiveView(String objectiveId, boolean export) throws MacroExecutionException {
        JiraAnswer answer = jira.get("/objectives/" + objectiveId);
        if (!(answer instanceof JiraAnswer.Ok ok)) {
            return templates.error(MacroError.from(answer));
        }
        Optional<JsonNode> objective = JiraJson.parse(ok.json());
        if (objective.isEmpty()) {
            return templates.error(MacroError.of(MacroError.Kind.UNREACHABLE));
        }
        long cycleId = JiraJson.id(objective.get(), "cycleId");
        // The cycle's name is only a caption: without it the objective still shows.
        String cycleName = "";
        if (jira.get("/cycles") instanceof JiraAnswer.Ok cycles) {
            for (JsonNode cycle : iterable(JiraJson.parse(cycles.json()).orElse(null))) {
                if (JiraJson.id(cycle, "id") == cycleId) {
                    cycleName = JiraJson.text(cycle, "name");
                }
            }
        }
        String base = jiraBase(ok.jiraUrl()) + OKR_PAGE + "?cycle=" + cycleId;
        List<ObjectiveRow> rows = new ArrayList<>();
        addRows(objective.get(), 0, base, rows);
        int elapsed = JiraJson.percent(JiraJson.number(objective.get(), "expected").orElse(0.0));
        return templates.render(TEMPLATE, new OkrStatusView(cycleName, elapsed, base, rows, export));
    }

    private String cycleView(String cycleParameter, String team, boolean export) throws MacroExecutionException {
        String cycleId = cycleParameter;
        if (cycleId.isEmpty()) {
            JiraAnswer cycles = jira.get("/cycles");
            if (!(cycles instanceof JiraAnswer.Ok ok)) {
                return templates.error(MacroError.from(cycles));
            }
            Optional<String> current = currentCycle(ok.json());
            if (current.isEmpty()) {
                return templates.error(MacroError.of(MacroError.Kind.NO_CYCLE));
            }
            cycleId = current.get();
        }
        String query = team.isEmpty() ? "" : "?team=" + URLEncoder.encode(team, StandardCharsets.UTF_8);
        JiraAnswer answer = jira.get("/cycles/" + cycleId + "/okrs" + query);
        if (!(answer instanceof JiraAnswer.Ok ok)) {
            return templates.error(MacroError.from(answer));
        }
        Optional<JsonNode> tree = JiraJson.parse(ok.json());
        if (tree.isEmpty()) {
            return templates.error(MacroError.of(MacroError.Kind.UNREACHABLE));
        }
        JsonNode cycle = tree.get().get("cycle");
        String base = jiraBase(ok.jiraUrl()) + OKR_PAGE + "?cycle=" + cycleId;
        List<ObjectiveRow> rows = new ArrayList<>();
        for (JsonNode objective : JiraJson.list(tree.get(), "objectives")) {
            addRows(objective, 0, base, rows);
        }
        String pageUrl = team.isEmpty() ? base : base + "&team=" + URLEncoder.encode(team, StandardCharsets.UTF_8);
        int elapsed = JiraJson.percent(JiraJson.number(cycle, "elapsed").orElse(0.0));
        return templates.render(TEMPLATE, new OkrStatusView(JiraJson.text(cycle, "name"), elapsed, pageUrl, rows, export));
    }

    /** The newest open cycle under way, else the newest open one ({@code GET /cycles} is newest first). */
    static Optional<String> currentCycle(String cyclesJson) {
        List<JsonNode> open = new ArrayList<>();
        for (JsonNode cycle : iterable(JiraJson.parse(cyclesJson).orElse(null))) {
            if (!JiraJson.flag(cycle, "closed") && JiraJson.id(cycle, "id") > 0) {
                open.add(cycle);
            }
        }
        Optional<JsonNode> running = open.stream().filter(cycle -> {
            double elapsed = JiraJson.number(cycle, "elapsed").orElse(-1.0);
            return elapsed > 0 && elapsed < 1;
        }).findFirst();
        return running.or(() -> open.stream().findFirst()).map(cycle -> String.valueOf(JiraJson.id(cycle, "id")));
    }

    private static void addRows(JsonNode objective, int depth, String pageBase, List<ObjectiveRow> rows) {
        List<KeyResultRow> keyResults = new ArrayList<>();
        for (JsonNode keyResult : JiraJson.list(objective, "keyResults")) {
            String kind = JiraJson.text(keyResult, "kind");
            JsonNode totals = keyResult.get("linkTotals");
            if ("LINKED_WORK".equals(kind) && totals != null) {
                // Linked work counts what is done of what is linked (issues or story points), not a start-target scale.
                keyResults.add(new KeyResultRow(JiraJson.text(keyResult, "title"), score(keyResult),
                        JiraJson.number(totals, "done").map(JiraJson::decimal).orElse(""),
                        JiraJson.number(totals, "total").map(JiraJson::decimal).orElse("")));
            } else {
                boolean milestone = "MILESTONE".equals(kind);
                keyResults.add(new KeyResultRow(JiraJson.text(keyResult, "title"), score(keyResult),
                        milestone ? "" : valueText(keyResult, "current"), milestone ? "" : valueText(keyResult, "target")));
            }
        }
        String status = JiraJson.text(objective, "status");
        rows.add(new ObjectiveRow(JiraJson.text(objective, "title"),
                pageBase + "&objective=" + JiraJson.id(objective, "id"), Math.min(depth, MAX_DEPTH),
                JiraJson.text(objective, "ownerName"), score(objective),
                "okr.macro.status." + (STATUSES.contains(status) ? status : "NONE"),
                (int) JiraJson.id(objective, "hiddenIssues"), keyResults));
        for (JsonNode child : JiraJson.list(objective, "children")) {
            addRows(child, depth + 1, pageBase, rows);
        }
    }

    private static Score score(JsonNode node) {
        Optional<Double> score = JiraJson.number(node, "score");
        String band = JiraJson.text(node, "band");
        if (score.isEmpty()) {
            return new Score("", "NONE", 0);
        }
        String text = JiraJson.text(node, "scoreText");
        return new Score(text.isEmpty() ? JiraJson.decimal(score.get()) : text, BANDS.contains(band) ? band : "NONE",
                JiraJson.percent(score.get()));
    }

    /** A key result's value with its unit ("%" for percentages); empty for kinds without one (milestones). */
    private static String valueText(JsonNode keyResult, String field) {
        Optional<Double> value = JiraJson.number(keyResult, field);
        if (value.isEmpty()) {
            return "";
        }
        String unit = "PERCENT".equals(JiraJson.text(keyResult, "format")) ? "%" : JiraJson.text(keyResult, "unit");
        return unit.isEmpty() ? JiraJson.decimal(value.get()) : JiraJson.decimal(value.get()) + " " + unit;
    }

    static String jiraBase(URI jiraUrl) {
        return jiraUrl.toString().replaceAll("/+$", "");
    }

    static String parameter(Map<String, String> parameters, String name) {
        String value = parameters == null ? null : parameters.get(name);
        return value == null ? "" : value.trim();
    }

    private static List<JsonNode> iterable(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(items::add);
        }
        return items;
    }

    @Override
    public BodyType getBodyType() {
        return BodyType.NONE;
    }

    @Override
    public OutputType getOutputType() {
        return OutputType.BLOCK;
    }
}
