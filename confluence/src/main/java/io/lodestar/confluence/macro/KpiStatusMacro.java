package io.lodestar.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import com.fasterxml.jackson.databind.JsonNode;
import io.lodestar.confluence.applinks.JiraAnswer;
import io.lodestar.confluence.applinks.LodestarClient;


import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The {@code lodestar-kpi-status} macro: one KPI ({@code kpi}, an id) or a team's scorecard ({@code team}, a Jira
 * project key), read as the viewer from the Jira app's KPI page API ({@code GET /kpi-page/kpis/{id}},
 * {@code GET /kpi-page/scorecard}) with the last {@value #PERIODS} periods for the trend. A KPI whose values the
 * viewer may not see shows its name and says so. Anything it cannot show becomes one box ({@link MacroError}).
 */
public final class KpiStatusMacro implements Macro {
    static final String TEMPLATE = "templates/kpi-status.vm";
    static final String KPI_PAGE = "/plugins/servlet/lodestar/kpis";
    static final int PERIODS = 8;
    private static final Pattern ID = Pattern.compile("[0-9]{1,18}");
    private static final Pattern TEAM = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,254}");
    private static final Set<String> RATINGS = Set.of("GREEN", "YELLOW", "RED");
    private static final Set<String> UNITS = Set.of("STORY_POINTS", "ISSUES", "DAYS", "HOURS", "RATIO");

    private final LodestarClient jira;
    private final MacroTemplates templates;

    public KpiStatusMacro(LodestarClient jira, TemplateRenderer templateRenderer) {
        this.jira = jira;
        this.templates = new MacroTemplates(templateRenderer);
    }

    @Override
    public String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException {
        String kpi = OkrStatusMacro.parameter(parameters, "kpi");
        String team = OkrStatusMacro.parameter(parameters, "team");
        if (!kpi.isEmpty() && !ID.matcher(kpi).matches()) {
            return templates.error(MacroError.parameter("kpi"));
        }
        if (!team.isEmpty() && !TEAM.matcher(team).matches()) {
            return templates.error(MacroError.parameter("team"));
        }
        if (kpi.isEmpty() && team.isEmpty()) {
            return templates.error(MacroError.parameter("kpi"));
        }
        String encodedTeam = URLEncoder.encode(team, StandardCharsets.UTF_8);
        JiraAnswer answer = kpi.isEmpty()
                ? jira.get("/kpi-page/scorecard?team=" + encodedTeam + "&periods=" + PERIODS)
                : jira.get("/kpi-page/kpis/" + kpi + "?periods=" + PERIODS);
        if (!(answer instanceof JiraAnswer.Ok ok)) {
            return templates.error(MacroError.from(answer));
        }
        Optional<JsonNode> json = JiraJson.parse(ok.json());
        if (json.isEmpty()) {
            return templates.error(MacroError.of(MacroError.Kind.UNREACHABLE));
        }
        String page = OkrStatusMacro.jiraBase(ok.jiraUrl()) + KPI_PAGE;
        List<KpiRow> rows = new ArrayList<>();
        String pageUrl;
        if (kpi.isEmpty()) {
            for (JsonNode node : JiraJson.list(json.get(), "kpis")) {
                rows.add(row(node, page));
            }
            pageUrl = page + "?team=" + encodedTeam;
        } else {
            KpiRow row = row(json.get(), page);
            rows.add(row);
            pageUrl = row.getUrl();
        }
        boolean export = OutputMode.isExport(context);
        return templates.render(TEMPLATE, new KpiStatusView(team.toUpperCase(java.util.Locale.ROOT), pageUrl, rows, export));
    }

    private static KpiRow row(JsonNode kpi, String page) {
        String team = JiraJson.text(kpi, "team");
        String url = page + "?" + (team.isEmpty() ? "" : "team=" + URLEncoder.encode(team, StandardCharsets.UTF_8) + "&")
                + "kpi=" + JiraJson.id(kpi, "id");
        String unit = JiraJson.text(kpi, "unit");
        boolean ratio = "RATIO".equals(unit);
        String unitKey = "okr.kpi-status.unit." + (UNITS.contains(unit) ? unit : "NONE");
        String name = JiraJson.text(kpi, "name");
        // `visible` is the KPI page's rule; absent (an older Jira app) reads as visible when a value is there.
        boolean visible = kpi.has("visible") ? JiraJson.flag(kpi, "visible") : !JiraJson.flag(kpi, "valuesHidden");
        if (!visible) {
            return new KpiRow(name, url, false, "", unitKey, "", "NONE", "", "okr.kpi-status.trend.unknown", "", List.of());
        }
        JsonNode current = kpi.get("current");
        Optional<Double> value = JiraJson.number(current, "value");
        String rating = JiraJson.text(kpi, "rating");
        List<Period> history = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (JsonNode period : JiraJson.list(kpi, "history")) {
            Optional<Double> periodValue = JiraJson.number(period, "value");
            periodValue.ifPresent(values::add);
            history.add(new Period(JiraJson.text(period, "period"), periodValue.map(v -> shown(v, ratio)).orElse("")));
        }
        return new KpiRow(name, url, true, value.map(v -> shown(v, ratio)).orElse(""), unitKey, target(kpi, ratio),
                RATINGS.contains(rating) ? rating : "NONE", value.isPresent() ? "" : JiraJson.text(current, "reason"),
                trendKey(kpi.get("trend")), sparkline(values), history);
    }

    /** A value on the KPI's display scale: a ratio as a percentage (0.95 is 95). */
    private static String shown(double value, boolean ratio) {
        return JiraJson.decimal(ratio ? value * 100 : value);
    }

    private static String target(JsonNode kpi, boolean ratio) {
        Optional<Double> target = JiraJson.number(kpi, "target");
        if (target.isPresent()) {
            return shown(target.get(), ratio);
        }
        Optional<Double> min = JiraJson.number(kpi, "min");
        Optional<Double> max = JiraJson.number(kpi, "max");
        return min.isPresent() && max.isPresent() ? shown(min.get(), ratio) + " \u2013 " + shown(max.get(), ratio) : "";
    }

    private static String trendKey(JsonNode trend) {
        JsonNode improving = trend == null ? null : trend.get("improving");
        if (improving != null && improving.isBoolean()) {
            return "okr.kpi-status.trend." + (improving.asBoolean() ? "improving" : "worsening");
        }
        return "okr.kpi-status.trend." + ("FLAT".equals(JiraJson.text(trend, "direction")) ? "flat" : "unknown");
    }

    /** Points of a polyline through the values, left to right, scaled to a 100 x 24 box with a 2-unit margin. */
    static String sparkline(List<Double> values) {
        if (values.size() < 2) {
            return "";
        }
        double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.size(); i++) {
            double x = i * 100.0 / (values.size() - 1);
            double y = max == min ? 12 : 22 - (values.get(i) - min) / (max - min) * 20;
            if (i > 0) {
                points.append(' ');
            }
            points.append(JiraJson.coordinate(x)).append(',').append(JiraJson.coordinate(y));
        }
        return points.toString();
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
