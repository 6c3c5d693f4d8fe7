package io.lodestar.sandbox.host.confluence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import io.lodestar.sandbox.host.SandboxUser;
import io.lodestar.sandbox.host.SandboxUsers;
import io.lodestar.sandbox.server.SandboxServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.AfterClass;
import org.junit.Before;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * The Confluence app's macros, loaded by the sandbox's Confluence as a plugin, against the running sandbox Jira:
 * every read goes over HTTP to Jira's REST API as the viewer (alice, or bob, who may not browse NOVA). Each kind of
 * parameter, each box the link can cause, the cache and the export rendering.
 */
public class ConfluenceMacrosOverHttpTest {
    private static SandboxServer server;
    private static ConfluenceHost confluence;

    @BeforeClass
    public static void start() throws Exception {
        Path data = Files.createTempDirectory("sandbox-confluence-macros");
        server = SandboxServer.start(new SandboxServer.Settings(0, null, data, Clock.systemUTC()));
        confluence = server.confluence();
    }

    @AfterClass
    public static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Before
    public void emptyTheCache() {
        confluence.caches().flush();
    }

    private static String render(SandboxUser viewer, String macro, Map<String, String> parameters) throws Exception {
        return render(viewer, macro, parameters, "display", SandboxApplicationLinks.Mode.LINKED);
    }

    private static String render(SandboxUser viewer, String macro, Map<String, String> parameters, String outputType,
                                 SandboxApplicationLinks.Mode mode) throws Exception {
        Macro instance = confluence.plugin().macros().get(macro);
        confluence.users().bind(viewer);
        confluence.links().use(mode);
        try {
            return instance.execute(parameters, null, new Context(outputType));
        } finally {
            confluence.links().reset();
            confluence.users().unbind();
        }
    }

    @Test
    public void shouldShowTheObjectiveAndTheObjectivesAlignedToItWhenGivenAnObjectiveId() throws Exception {
        String html = render(SandboxUsers.ALICE, "lodestar-okr-status", Map.of("objective", "1"));

        assertTrue(html, html.contains("Delight customers with a faster, more reliable product"));
        assertTrue(html, html.contains("lodestar-depth-1\" data-lodestar-objective=\"Make the platform enterprise-ready\""));
        assertTrue(html, html.contains("elapsed: "));
        assertTrue(html, html.contains(server.baseUrl() + "/plugins/servlet/lodestar/okrs?cycle=1&amp;objective=1"));
    }

    @Test
    public void shouldShowOnlyTheTeamsObjectivesWhenGivenATeam() throws Exception {
        String html = render(SandboxUsers.ALICE, "lodestar-okr-status", Map.of("team", "ATLAS"));

        assertTrue(html, html.contains("Make the platform enterprise-ready"));
        assertFalse(html, html.contains("Make the mobile app a joy to use offline"));
        assertTrue(html, html.contains("?cycle=1&amp;team=ATLAS"));
    }

    @Test
    public void shouldShowTheWholeAlignedTreeOfTheCycleWhenGivenACycleOrNothing() throws Exception {
        for (Map<String, String> parameters : java.util.List.of(Map.of("cycle", "1"), Map.<String, String>of())) {
            String html = render(SandboxUsers.ALICE, "lodestar-okr-status", parameters);

            assertTrue(html, html.contains("lodestar-depth-0\" data-lodestar-objective=\"Delight customers"));
            assertTrue(html, html.contains("Make the platform enterprise-ready"));
            assertTrue(html, html.contains("Make the mobile app a joy to use offline"));
        }
    }

    @Test
    public void shouldShowOneKpiWithItsTrendWhenGivenAKpiId() throws Exception {
        String html = render(SandboxUsers.ALICE, "lodestar-kpi-status", Map.of("kpi", "1"));

        assertTrue(html, html.contains(">ATLAS velocity</a>"));
        assertTrue(html, html.contains(" points</td>"));
        assertTrue(html, html.contains("<svg class=\"lodestar-sparkline\""));
        assertTrue(html, html.contains(server.baseUrl() + "/plugins/servlet/lodestar/kpis?team=ATLAS&amp;kpi=1"));
    }

    @Test
    public void shouldShowTheTeamsScorecardWhenGivenATeam() throws Exception {
        String html = render(SandboxUsers.ALICE, "lodestar-kpi-status", Map.of("team", "ATLAS"));

        assertTrue(html, html.contains("KPI scorecard of ATLAS"));
        assertTrue(html, html.contains(">ATLAS throughput</a>"));
        assertTrue(html, html.contains(">ATLAS on-time delivery</a>"));
        assertFalse(html, html.contains("NOVA"));
    }

    @Test
    public void shouldHideNovasValuesAndSayHowMuchIsHiddenWhenBobViews() throws Exception {
        String kpis = render(SandboxUsers.BOB, "lodestar-kpi-status", Map.of("team", "NOVA"));
        String alicesKpis = render(SandboxUsers.ALICE, "lodestar-kpi-status", Map.of("team", "NOVA"));
        String okrs = render(SandboxUsers.BOB, "lodestar-okr-status", Map.of("team", "NOVA"));

        assertTrue(kpis, kpis.contains(">NOVA velocity</a>"));
        assertTrue(kpis, kpis.contains("Computed over a project you may not browse"));
        assertFalse(kpis, kpis.contains("<svg"));
        assertFalse(alicesKpis, alicesKpis.contains("Computed over a project you may not browse"));
        assertTrue(okrs, okrs.contains("Make the mobile app a joy to use offline"));
        assertTrue(okrs, okrs.contains("linked issues you may not browse are left out of the score"));
    }

    @Test
    public void shouldShowTheNoLinkBoxWhenNoJiraIsLinked() throws Exception {
        String html = render(SandboxUsers.ALICE, "lodestar-okr-status", Map.of("team", "ATLAS"), "display",
                SandboxApplicationLinks.Mode.OFF);

        assertTrue(html, html.contains("data-lodestar-error=\"no-link\""));
        assertTrue(html, html.contains("Not connected to Jira"));
    }

    @Test
    public void shouldLinkToTheAuthorisationPageWhenTheViewerHasNotAuthorisedTheLink() throws Exception {
        String html = render(SandboxUsers.ALICE, "lodestar-kpi-status", Map.of("kpi", "1"), "display",
                SandboxApplicationLinks.Mode.UNAUTHORISED);

        assertTrue(html, html.contains("data-lodestar-error=\"authorise\""));
        assertTrue(html, html.contains("href=\"" + server.baseUrl() + ConfluenceHost.AUTHORISE_PATH + "\""));
    }

    @Test
    public void shouldShowTheNotAnsweringBoxWhenJiraIsSlowerThanTheTimeout() throws Exception {
        String html = render(SandboxUsers.ALICE, "lodestar-okr-status", Map.of("objective", "1"), "display",
                SandboxApplicationLinks.Mode.SLOW);

        assertTrue(html, html.contains("data-lodestar-error=\"unreachable\""));
        assertTrue(html, html.contains("Jira is not answering"));
    }

    @Test
    public void shouldShowTheNotFoundBoxWhenTheObjectiveOrKpiIsGone() throws Exception {
        String objective = render(SandboxUsers.ALICE, "lodestar-okr-status", Map.of("objective", "999999"));
        String kpi = render(SandboxUsers.ALICE, "lodestar-kpi-status", Map.of("kpi", "999999"));

        assertTrue(objective, objective.contains("data-lodestar-error=\"not-found\""));
        assertTrue(kpi, kpi.contains("data-lodestar-error=\"not-found\""));
    }

    @Test
    public void shouldSendNoHttpRequestWhenTheSameViewerRendersTheSameMacroAgain() throws Exception {
        int before = confluence.links().requestsSent();
        String first = render(SandboxUsers.ALICE, "lodestar-kpi-status", Map.of("team", "ATLAS"));
        int afterFirst = confluence.links().requestsSent();
        String second = render(SandboxUsers.ALICE, "lodestar-kpi-status", Map.of("team", "ATLAS"));
        int afterSecond = confluence.links().requestsSent();
        render(SandboxUsers.BOB, "lodestar-kpi-status", Map.of("team", "ATLAS"));

        assertEquals(1, afterFirst - before);
        assertEquals(afterFirst, afterSecond);
        assertEquals(first, second);
        assertEquals("bob's view is his own entry", afterSecond + 1, confluence.links().requestsSent());
    }

    @Test
    public void shouldShowTheNoLinkAndAuthoriseBoxesAtOnceWhenAnAnswerIsStillCached() throws Exception {
        render(SandboxUsers.ALICE, "lodestar-okr-status", Map.of("team", "ATLAS"));

        String off = render(SandboxUsers.ALICE, "lodestar-okr-status", Map.of("team", "ATLAS"), "display",
                SandboxApplicationLinks.Mode.OFF);
        String unauthorised = render(SandboxUsers.ALICE, "lodestar-okr-status", Map.of("team", "ATLAS"), "display",
                SandboxApplicationLinks.Mode.UNAUTHORISED);

        assertTrue(off, off.contains("data-lodestar-error=\"no-link\""));
        assertTrue(unauthorised, unauthorised.contains("data-lodestar-error=\"authorise\""));
    }

    @Test
    public void shouldRenderPlainTablesWithoutChartsWhenExportedToPdfWordOrEmail() throws Exception {
        for (String type : java.util.List.of("pdf", "word", "email")) {
            String kpis = render(SandboxUsers.ALICE, "lodestar-kpi-status", Map.of("team", "ATLAS"), type,
                    SandboxApplicationLinks.Mode.LINKED);
            String okrs = render(SandboxUsers.ALICE, "lodestar-okr-status", Map.of("objective", "1"), type,
                    SandboxApplicationLinks.Mode.LINKED);

            for (String html : java.util.List.of(kpis, okrs)) {
                assertTrue(html, html.contains("data-lodestar-export=\"true\""));
                assertTrue(html, html.contains("<table class=\"aui lodestar-"));
                assertFalse(html, html.contains("<svg"));
                assertFalse(html, html.contains("<script"));
                assertFalse(html, html.contains("lodestar-bar"));
                assertFalse(html, html.contains("aui-lozenge"));
            }
        }
    }

    /** The conversion context of a page view with that output type. */
    private record Context(String outputType) implements ConversionContext {
        @Override
        public String getOutputType() {
            return outputType;
        }

        @Override
        public String getOutputDeviceType() {
            return "desktop";
        }

        @Override
        public String getSpaceKey() {
            return "LODESTAR";
        }

        @Override
        public Object getProperty(String name) {
            return null;
        }
    }
}
