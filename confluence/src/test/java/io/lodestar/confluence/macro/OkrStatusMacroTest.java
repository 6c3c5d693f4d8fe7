package io.lodestar.confluence.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.RenderingException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.lodestar.confluence.applinks.FakeLodestarClient;
import io.lodestar.confluence.applinks.JiraAnswer;
import java.io.Writer;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.Test;

public class OkrStatusMacroTest {
    static final String I18N = "io.lodestar.confluence.i18n";
    static final String CYCLES = "[{\"id\":3,\"name\":\"Q3 2027\",\"closed\":false,\"elapsed\":0.0},"
            + "{\"id\":2,\"name\":\"Q2 2026\",\"closed\":false,\"elapsed\":0.4},"
            + "{\"id\":1,\"name\":\"Q1 2026\",\"closed\":true,\"elapsed\":1.0}]";
    static final String SHIP = "{\"id\":11,\"cycleId\":2,\"title\":\"Ship the <b>mobile</b> app\",\"ownerName\":\"Alice Andersen\","
            + "\"score\":0.666,\"scoreText\":\"0.66\",\"band\":\"YELLOW\",\"status\":\"AT_RISK\",\"expected\":0.4,\"hiddenIssues\":2,"
            + "\"keyResults\":[{\"title\":\"Crash-free sessions\",\"score\":0.9,\"scoreText\":\"0.9\",\"band\":\"GREEN\","
            + "\"format\":\"PERCENT\",\"current\":99.1,\"target\":99.5},"
            + "{\"title\":\"Beta launched\",\"score\":null,\"band\":null,\"kind\":\"MILESTONE\",\"current\":0},"
            + "{\"title\":\"Epics done\",\"score\":0.5,\"band\":\"YELLOW\",\"kind\":\"LINKED_WORK\",\"current\":4,"
            + "\"linkTotals\":{\"done\":4,\"total\":8}}],"
            + "\"children\":[{\"id\":12,\"title\":\"Offline mode\",\"ownerName\":\"Bob Okafor\",\"score\":0.2,\"scoreText\":\"0.2\","
            + "\"band\":\"RED\",\"status\":\"OFF_TRACK\",\"keyResults\":[],\"children\":[]}]}";
    static final String TREE = "{\"cycle\":{\"id\":2,\"name\":\"Q2 2026\",\"elapsed\":0.4},\"objectives\":[" + SHIP + "]}";

    private final TemplateRenderer velocity = new VelocityTemplateRenderer(I18N);
    private final FakeLodestarClient jira = new FakeLodestarClient().answer("/cycles", CYCLES);

    private String render(Map<String, String> parameters) throws MacroExecutionException {
        return new OkrStatusMacro(jira, velocity).execute(parameters, null, null);
    }

    static ConversionContext outputType(String type) {
        ConversionContext context = mock(ConversionContext.class);
        when(context.getOutputType()).thenReturn(type);
        return context;
    }

    @Test
    public void shouldShowTheObjectiveWithKeyResultsAndAlignedChildrenWhenGivenAnObjectiveId() throws Exception {
        jira.answer("/objectives/11", SHIP);

        String html = render(Map.of("objective", "11"));

        assertTrue(html, html.contains("Q2 2026"));
        assertTrue(html, html.contains("elapsed: 40%"));
        assertTrue(html, html.contains("Ship the &lt;b&gt;mobile&lt;/b&gt; app"));
        assertTrue(html, html.contains("<a href=\"https://jira.acme.test/plugins/servlet/lodestar/okrs?cycle=2&amp;objective=11\">"));
        assertTrue(html, html.contains("0.66"));
        assertTrue(html, html.contains("aui-lozenge-moved\">Behind</span> at risk"));
        assertTrue(html, html.contains("width:66%"));
        assertTrue(html, html.contains("Crash-free sessions <small>(99.1 % / 99.5 %)</small>"));
        assertTrue(html, html.contains("Beta launched</td>"));
        assertTrue(html, html.contains("Epics done <small>(4 / 8)</small>"));
        assertTrue(html, html.contains("lodestar-depth-1\" data-lodestar-objective=\"Offline mode\""));
        assertTrue(html, html.contains("2 linked issues you may not browse"));
        assertEquals(List.of("/objectives/11", "/cycles"), jira.asked());
    }

    @Test
    public void shouldShowTheTeamsObjectivesInTheCurrentCycleWhenGivenOnlyATeam() throws Exception {
        jira.answer("/cycles/2/okrs?team=ATLAS", TREE);

        String html = render(Map.of("team", "ATLAS"));

        assertEquals(List.of("/cycles", "/cycles/2/okrs?team=ATLAS"), jira.asked());
        assertTrue(html, html.contains("Offline mode"));
        assertTrue(html, html.contains("href=\"https://jira.acme.test/plugins/servlet/lodestar/okrs?cycle=2&amp;team=ATLAS\""));
    }

    @Test
    public void shouldShowTheWholeAlignedTreeOfTheCycleWhenGivenOnlyACycle() throws Exception {
        jira.answer("/cycles/1/okrs", TREE);

        String html = render(Map.of("cycle", "1"));

        assertEquals(List.of("/cycles/1/okrs"), jira.asked());
        assertTrue(html, html.contains("Ship the"));
    }

    @Test
    public void shouldTakeTheNewestOpenCycleWhenNoneIsUnderWay() {
        assertEquals("3", OkrStatusMacro.currentCycle("[{\"id\":3,\"closed\":false,\"elapsed\":0.0},"
                + "{\"id\":1,\"closed\":true,\"elapsed\":0.5}]").orElseThrow());
    }

    @Test
    public void shouldShowTheNoCycleBoxWhenJiraHasNoOpenCycle() throws Exception {
        jira.answer("/cycles", "[]");

        String html = render(Map.of());

        assertTrue(html, html.contains("data-lodestar-error=\"no-cycle\""));
    }

    @Test
    public void shouldShowAPlainTableWithoutBarsWhenExportedToPdf() throws Exception {
        jira.answer("/objectives/11", SHIP);

        for (String type : List.of("pdf", "word", "email")) {
            String html = new OkrStatusMacro(jira, velocity).execute(Map.of("objective", "11"), null, outputType(type));

            assertTrue(html, html.contains("data-lodestar-export=\"true\""));
            assertTrue(html, html.contains("<table class=\"aui lodestar-okr-table\">"));
            assertTrue(html, html.contains("Behind, at risk"));
            assertFalse(html, html.contains("lodestar-bar"));
            assertFalse(html, html.contains("aui-lozenge"));
            assertFalse(html, html.contains("<script"));
        }
    }

    @Test
    public void shouldShowBarsWhenDisplayedInTheBrowser() throws Exception {
        jira.answer("/objectives/11", SHIP);

        String html = new OkrStatusMacro(jira, velocity).execute(Map.of("objective", "11"), null, outputType("display"));

        assertTrue(html, html.contains("lodestar-bar"));
    }

    @Test
    public void shouldShowOneBoxForEachAnswerJiraCanGive() throws Exception {
        Map<JiraAnswer, String> boxes = Map.of(
                new JiraAnswer.NoLink(), "Not connected to Jira",
                new JiraAnswer.Unreachable("Read timed out"), "Jira is not answering",
                new JiraAnswer.NotFound(), "Not found in Jira",
                new JiraAnswer.NotPermitted(), "Not visible to you");
        for (Map.Entry<JiraAnswer, String> box : boxes.entrySet()) {
            jira.answer("/objectives/11", box.getKey());

            String html = render(Map.of("objective", "11"));

            assertTrue(html, html.contains("class=\"aui-message aui-message-warning lodestar-macro-error\""));
            assertTrue(html, html.contains(box.getValue()));
            assertFalse(html, html.contains("lodestar-okr-table"));
        }
    }

    @Test
    public void shouldLinkToTheAuthorisationPageWhenJiraNeedsTheViewersConsent() throws Exception {
        jira.answer("/objectives/11", new JiraAnswer.AuthorisationNeeded(URI.create("https://conf.acme.test/authorize?id=1&x=%22%3Cb%3E")));

        String html = render(Map.of("objective", "11"));

        assertTrue(html, html.contains("data-lodestar-error=\"authorise\""));
        assertTrue(html, html.contains("<a class=\"lodestar-authorise\" href=\"https://conf.acme.test/authorize?id=1&amp;x=%22%3Cb%3E\">"));
    }

    @Test
    public void shouldNameTheParameterAndAskJiraNothingWhenAParameterIsMalformed() throws Exception {
        for (Map<String, String> parameters : List.of(Map.of("objective", "1 OR 1"), Map.of("team", "AT LAS"),
                Map.of("cycle", "../2"))) {
            String html = render(parameters);

            String name = parameters.keySet().iterator().next();
            assertTrue(html, html.contains("data-lodestar-error=\"parameter\""));
            assertTrue(html, html.contains("<code>" + name + "</code>"));
        }
        assertEquals(List.of(), jira.asked());
    }

    @Test
    public void shouldRaiseMacroExecutionExceptionWhenTheTemplateCannotBeRendered() {
        TemplateRenderer broken = new TemplateRenderer() {
            @Override
            public void render(String templateName, Writer writer) {
                throw new RenderingException("template missing");
            }

            @Override
            public void render(String templateName, Map<String, Object> context, Writer writer) {
                throw new RenderingException("template " + templateName + " missing");
            }

            @Override
            public String renderFragment(String fragment, Map<String, Object> context) {
                throw new RenderingException("template missing");
            }

            @Override
            public boolean resolve(String templateName) {
                return false;
            }
        };
        try {
            new OkrStatusMacro(jira, broken).execute(Map.of("objective", "x"), null, null);
            fail("a renderer failure must surface as MacroExecutionException");
        } catch (MacroExecutionException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("template templates/macro-error.vm missing"));
        }
    }

    @Test
    public void shouldTakeNoBodyAndRenderAsBlockWhenPlacedOnAPage() {
        Macro macro = new OkrStatusMacro(jira, velocity);

        assertEquals(Macro.BodyType.NONE, macro.getBodyType());
        assertEquals(Macro.OutputType.BLOCK, macro.getOutputType());
    }
}
