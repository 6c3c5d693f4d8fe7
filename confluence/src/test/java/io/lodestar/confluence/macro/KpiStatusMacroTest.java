package io.lodestar.confluence.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.templaterenderer.TemplateRenderer;
import io.lodestar.confluence.applinks.FakeLodestarClient;
import io.lodestar.confluence.applinks.JiraAnswer;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class KpiStatusMacroTest {
    static final String ON_TIME = "{\"id\":5,\"name\":\"On-time <delivery>\",\"team\":\"ATLAS\",\"unit\":\"RATIO\",\"visible\":true,"
            + "\"target\":0.9,\"current\":{\"value\":0.95,\"reason\":null},\"rating\":\"GREEN\","
            + "\"trend\":{\"direction\":\"UP\",\"improving\":true},"
            + "\"history\":[{\"period\":\"2026-W01\",\"value\":0.8},{\"period\":\"2026-W02\",\"value\":null,\"reason\":\"no issues\"},"
            + "{\"period\":\"2026-W03\",\"value\":0.95}]}";
    static final String CYCLE_TIME = "{\"id\":6,\"name\":\"Cycle time p85\",\"team\":\"ATLAS\",\"unit\":\"DAYS\",\"visible\":true,"
            + "\"min\":2,\"max\":5,\"current\":{\"value\":null,\"reason\":\"not measured yet\"},\"rating\":\"NONE\","
            + "\"trend\":{\"direction\":null,\"improving\":null},\"history\":[]}";
    static final String HIDDEN = "{\"id\":7,\"name\":\"NOVA velocity\",\"team\":\"NOVA\",\"unit\":\"STORY_POINTS\",\"visible\":false,"
            + "\"current\":null,\"rating\":null,\"history\":[]}";

    private final TemplateRenderer velocity = new VelocityTemplateRenderer(OkrStatusMacroTest.I18N);
    private final FakeLodestarClient jira = new FakeLodestarClient();

    private String render(Map<String, String> parameters, String outputType) throws Exception {
        return new KpiStatusMacro(jira, velocity).execute(parameters, null,
                outputType == null ? null : OkrStatusMacroTest.outputType(outputType));
    }

    @Test
    public void shouldShowValueTargetRatingAndTrendWhenGivenAKpiId() throws Exception {
        jira.answer("/kpi-page/kpis/5?periods=8", ON_TIME);

        String html = render(Map.of("kpi", "5"), null);

        assertTrue(html, html.contains("<a href=\"https://jira.acme.test/plugins/servlet/lodestar/kpis?team=ATLAS&amp;kpi=5\">On-time &lt;delivery&gt;</a>"));
        assertTrue(html, html.contains("95 %"));
        assertTrue(html, html.contains("<td>90</td>"));
        assertTrue(html, html.contains("aui-lozenge-success\">On target</span>"));
        assertTrue(html, html.contains("improving"));
        assertTrue(html, html.contains("<polyline fill=\"none\" stroke=\"#0052cc\" stroke-width=\"1.5\" points=\"0.0,22.0 100.0,2.0\"/>"));
    }

    @Test
    public void shouldShowTheBandAndWhyThereIsNoValueWhenTheKpiIsNotMeasuredYet() throws Exception {
        jira.answer("/kpi-page/kpis/6?periods=8", CYCLE_TIME);

        String html = render(Map.of("kpi", "6"), null);

        assertTrue(html, html.contains("<td>2 \u2013 5</td>"));
        assertTrue(html, html.contains("not measured yet"));
        assertTrue(html, html.contains("no trend yet"));
        assertFalse(html, html.contains("<svg"));
    }

    @Test
    public void shouldShowTheTeamsScorecardAndHideValuesTheViewerMayNotSeeWhenGivenATeam() throws Exception {
        jira.answer("/kpi-page/scorecard?team=ATLAS&periods=8",
                "{\"team\":\"ATLAS\",\"kpis\":[" + ON_TIME + "," + CYCLE_TIME + "," + HIDDEN + "]}");

        String html = render(Map.of("team", "ATLAS"), null);

        assertTrue(html, html.contains("KPI scorecard of ATLAS"));
        assertTrue(html, html.contains("Cycle time p85"));
        assertTrue(html, html.contains("NOVA velocity"));
        assertTrue(html, html.contains("Computed over a project you may not browse"));
        assertTrue(html, html.contains("href=\"https://jira.acme.test/plugins/servlet/lodestar/kpis?team=ATLAS\""));
    }

    @Test
    public void shouldListTheRecentValuesInsteadOfAChartWhenExported() throws Exception {
        jira.answer("/kpi-page/kpis/5?periods=8", ON_TIME);

        String html = render(Map.of("kpi", "5"), "pdf");

        assertTrue(html, html.contains("data-lodestar-export=\"true\""));
        assertTrue(html, html.contains("2026-W01: 80"));
        assertTrue(html, html.contains("2026-W02: &#8211;"));
        assertFalse(html, html.contains("<svg"));
        assertFalse(html, html.contains("aui-lozenge"));
    }

    @Test
    public void shouldAskForAKpiOrATeamWhenGivenNeither() throws Exception {
        String html = render(Map.of(), null);

        assertTrue(html, html.contains("data-lodestar-error=\"parameter\""));
        assertEquals(List.of(), jira.asked());
    }

    @Test
    public void shouldShowTheNotPermittedBoxWhenJiraRefusesTheViewer() throws Exception {
        jira.answer("/kpi-page/kpis/5?periods=8", new JiraAnswer.NotPermitted());

        String html = render(Map.of("kpi", "5"), null);

        assertTrue(html, html.contains("data-lodestar-error=\"not-permitted\""));
    }

    @Test
    public void shouldDrawAFlatLineWhenAllValuesAreEqual() {
        assertEquals("0.0,12.0 50.0,12.0 100.0,12.0", KpiStatusMacro.sparkline(List.of(3.0, 3.0, 3.0)));
    }
}
