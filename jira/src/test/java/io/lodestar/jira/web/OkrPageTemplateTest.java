package io.lodestar.jira.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** The OKR page template rendered by a real Velocity engine with the host's escaping and allowlist. */
public class OkrPageTemplateTest {
    private static final String SCRIPT_TITLE = "<script>alert('x')</script>";

    static OkrPageView view(String team, List<CycleOption> cycles, String selected) {
        return new OkrPageView("alice", cycles, selected, team, "/jira");
    }

    static List<CycleOption> twoCycles() {
        return List.of(
                new CycleOption(2, "2026 Q2", "2026-04-01", "2026-07-01", false, true),
                new CycleOption(1, "2026 Q1", "2026-01-01", "2026-04-01", true, false));
    }

    private static String render(HostVelocity velocity, OkrPageView view) {
        return velocity.render(OkrPage.TEMPLATE, Map.of("view", view));
    }

    @Test
    public void shouldEscapeMarkupWhenCycleNameAndTeamContainScript() {
        List<CycleOption> cycles = List.of(new CycleOption(7, SCRIPT_TITLE, "2026-01-01", "2026-04-01", false, true));
        String html = render(new HostVelocity(), view("\"><script>alert(1)</script>", cycles, "7"));

        assertFalse(html, html.contains("<script>alert"));
        assertTrue(html, html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(html, html.contains("data-team=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
        assertTrue(html, html.contains("value=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
    }

    @Test
    public void shouldTakeEveryVisibleTextFromI18nWhenRendered() {
        String html = render(new HostVelocity(TestI18n.marking()), view("ABC", twoCycles(), "2"));

        String outsideTags = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("(?s)\\[\\[.*?]]", " ")
                .replace("2026 Q2", " ").replace("2026 Q1", " ")
                .replaceAll("&[a-z]+;", " ");
        assertTrue("text not from i18n: " + outsideTags.trim(), outsideTags.trim().isEmpty());

        Matcher labels = Pattern.compile("(?:aria-label|title|placeholder|data-title-[a-z]+)=\"([^\"]*)\"").matcher(html);
        while (labels.find()) {
            assertTrue("attribute text not from i18n: " + labels.group(), labels.group(1).matches("\\[\\[.*]]"));
        }
    }

    @Test
    public void shouldListCyclesWithTheSelectedAndClosedOnesMarkedWhenCyclesExist() {
        String html = render(new HostVelocity(), view("", twoCycles(), "2"));

        Matcher options = Pattern.compile("<option value=\"(\\d+)\"([^>]*)>([^<]*)</option>").matcher(html);
        List<String> seen = new ArrayList<>();
        while (options.find()) {
            seen.add(options.group(1) + (options.group(2).contains("selected") ? " selected" : "") + " | "
                    + options.group(3).trim());
        }
        assertEquals(List.of("2 selected | 2026 Q2", "1 | 2026 Q1 (closed)"), seen);
        assertTrue(html.contains("data-selected-cycle=\"2\""));
        assertTrue(html.contains("data-base-url=\"/jira\""));
        assertTrue(html.contains("data-current-user=\"alice\""));
        assertFalse(html.contains("id=\"lodestar-no-cycles\""));
    }

    @Test
    public void shouldExplainHowToStartAndDisableCreateWhenThereIsNoCycle() {
        String html = render(new HostVelocity(), view("", List.of(), ""));

        assertTrue(html.contains("id=\"lodestar-no-cycles\""));
        assertTrue(html.contains("No cycle yet"));
        assertTrue(html, Pattern.compile("id=\"lodestar-create-objective\"\\s+data-test=\"create-objective\"\\s+disabled")
                .matcher(html).find());
    }

    @Test
    public void shouldSayTheLinkedCycleDoesNotExistWhenTheQueryNamedAnUnknownOne() {
        String html = render(new HostVelocity(TestI18n.marking()),
                new OkrPageView("alice", twoCycles(), "2", "", "", true));
        String plain = render(new HostVelocity(), view("", twoCycles(), "2"));

        assertTrue(html, html.contains("data-test=\"unknown-cycle\""));
        assertTrue(html, html.contains("[[" + TestI18n.appProperties().getProperty("okr.page.cycle.unknown.body") + "]]"));
        assertFalse(plain.contains("unknown-cycle"));
    }

    @Test
    public void shouldAskForTheJiraDecoratorWhenRendered() {
        String html = render(new HostVelocity(), view("", twoCycles(), "2"));

        assertTrue(html.contains("<meta name=\"decorator\" content=\"atl.general\">"));
        assertTrue(html.contains("<title>OKRs</title>"));
        assertTrue(html.contains("class=\"aui-page-panel\""));
    }

    @Test
    public void shouldRefuseToRenderWhenTheTemplateCallsAMethodOffTheAllowlist() {
        HostVelocity velocity = new HostVelocity();
        assertEquals("ABC", velocity.renderFragment("$view.team", Map.of("view", view("ABC", List.of(), ""))));
        try {
            velocity.renderFragment("$view.getClass().getClassLoader()", Map.of("view", view("ABC", List.of(), "")));
            fail("getClass is not allowlisted, so the render must fail");
        } catch (RuntimeException expected) {
            assertTrue(String.valueOf(expected.getMessage()) + causes(expected), causes(expected).contains("not allowlisted"));
        }
    }

    private static String causes(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause()) {
            text.append(' ').append(t.getMessage());
        }
        return text.toString();
    }

    @Test
    public void shouldDefineEveryI18nKeyWhenTheTemplateUsesIt() throws IOException {
        Properties texts = TestI18n.appProperties();
        Matcher keys = Pattern.compile("getText\\(\"([^\"]+)\"\\)").matcher(resource("templates/okr-page.vm"));
        TreeSet<String> missing = new TreeSet<>();
        int count = 0;
        while (keys.find()) {
            count++;
            if (!texts.containsKey(keys.group(1))) {
                missing.add(keys.group(1));
            }
        }
        assertTrue(count > 50);
        assertEquals(new TreeSet<String>(), missing);
    }

    @Test
    public void shouldUseOnlyIfAndForeachDirectivesWhenWritingTheTemplate() throws IOException {
        String template = resource("templates/okr-page.vm").replaceAll("(?s)#\\*.*?\\*#", "").replaceAll("(?m)##.*$", "");
        Matcher directives = Pattern.compile("#\\{?([a-zA-Z]+)").matcher(template);
        TreeSet<String> used = new TreeSet<>();
        while (directives.find()) {
            used.add(directives.group(1));
        }
        used.removeAll(List.of("if", "else", "elseif", "end", "foreach"));
        assertEquals(new TreeSet<String>(), used);
    }

    static String resource(String name) throws IOException {
        try (InputStream in = OkrPageTemplateTest.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new AssertionError("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    public void shouldOfferTheCycleControlsOnlyWhenTheUserIsAJiraAdministrator() {
        HostVelocity velocity = new HostVelocity();
        String admin = render(velocity, new OkrPageView("root", twoCycles(), "2", "", "/jira", false, true, false));
        String user = render(velocity, view("", twoCycles(), "2"));
        String firstCycle = render(velocity, new OkrPageView("root", List.of(), "", "", "/jira", false, true, false));

        assertTrue(admin.contains("id=\"lodestar-cycle-create\""));
        assertTrue(admin.contains("id=\"lodestar-cycle-close\""));
        assertFalse(user.contains("id=\"lodestar-cycle-create\""));
        assertFalse(user.contains("id=\"lodestar-cycle-close\""));
        assertTrue("the first cycle is created from the empty page", firstCycle.contains("id=\"lodestar-cycle-create\""));
        assertFalse("no cycle to edit or close yet", firstCycle.contains("id=\"lodestar-cycle-close\""));
    }

    @Test
    public void shouldShowMyCheckInsInsteadOfTheTreeWhenTheViewAsksForThem() {
        String html = render(new HostVelocity(), new OkrPageView("alice", twoCycles(), "2", "", "/jira", false, false, true));

        assertTrue(html.contains("id=\"lodestar-my-checkins-page\""));
        assertTrue(html.contains("id=\"lodestar-checkin-dialog\""));
        assertFalse(html.contains("id=\"lodestar-okr-page\""));
        assertFalse(html.contains("id=\"lodestar-okr-tree\""));
    }
}
