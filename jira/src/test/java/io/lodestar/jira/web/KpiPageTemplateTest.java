package io.lodestar.jira.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiType;
import io.lodestar.core.kpi.KpiUnit;
import io.lodestar.core.kpi.Rating;
import io.lodestar.core.kpi.sprint.SprintOutcome;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.Test;

/** The KPI page template rendered by a real Velocity engine with the host's escaping and allowlist, and its scripts. */
public class KpiPageTemplateTest {

    private static String render(HostVelocity velocity, KpiPageView view) {
        return velocity.render(KpiPage.TEMPLATE, Map.of("view", view));
    }

    private static KpiPageView view(String team) {
        return new KpiPageView("alice", team, "7", "/jira");
    }

    @Test
    public void shouldEscapeMarkupWhenTheTeamContainsScript() {
        String html = render(new HostVelocity(), view("\"><script>alert(1)</script>"));

        assertFalse(html, html.contains("<script>alert"));
        assertTrue(html, html.contains("data-team=\"&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\""));
    }

    @Test
    public void shouldTakeEveryVisibleTextFromI18nWhenRendered() {
        String html = render(new HostVelocity(TestI18n.marking()), view("ATLAS"));

        String outsideTags = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("(?s)\\[\\[.*?]]", " ").replaceAll("&[a-z]+;", " ");
        assertTrue("text not from i18n: " + outsideTags.trim(), outsideTags.trim().isEmpty());
        Matcher labels = Pattern.compile("(?:aria-label|title|placeholder)=\"([^\"]*)\"").matcher(html);
        while (labels.find()) {
            assertTrue("attribute text not from i18n: " + labels.group(), labels.group(1).matches("\\[\\[.*]]"));
        }
    }

    @Test
    public void shouldDefineEveryI18nKeyUnderKpiPageWhenTheTemplateUsesIt() throws IOException {
        Properties texts = TestI18n.appProperties();
        Matcher keys = Pattern.compile("getText\\(\"([^\"]+)\"\\)").matcher(OkrPageTemplateTest.resource(KpiPage.TEMPLATE));
        Set<String> missing = new TreeSet<>();
        int count = 0;
        while (keys.find()) {
            count++;
            assertTrue(keys.group(1), keys.group(1).startsWith("kpi.page."));
            if (!texts.containsKey(keys.group(1))) {
                missing.add(keys.group(1));
            }
        }
        assertTrue(count > 50);
        assertEquals(Set.of(), missing);
    }

    @Test
    public void shouldUseOnlyIfAndForeachDirectivesWhenWritingTheTemplate() throws IOException {
        String template = OkrPageTemplateTest.resource(KpiPage.TEMPLATE).replaceAll("(?s)#\\*.*?\\*#", "")
                .replaceAll("(?m)##.*$", "");
        Matcher directives = Pattern.compile("#\\{?([a-zA-Z]+)").matcher(template);
        Set<String> used = new TreeSet<>();
        while (directives.find()) {
            used.add(directives.group(1));
        }
        used.removeAll(List.of("if", "else", "elseif", "end", "foreach"));
        assertEquals(Set.of(), used);
    }

    @Test
    public void shouldFindEveryElementTheScriptsLookUpWhenThePageIsRendered() throws Exception {
        String html = render(new HostVelocity(), view("ATLAS"));
        Pattern byId = Pattern.compile("getElementById\\('([^']+)'\\)");
        Set<String> missing = new TreeSet<>();
        for (Map.Entry<String, String> script : scripts().entrySet()) {
            Matcher ids = byId.matcher(script.getValue());
            while (ids.find()) {
                if (!html.contains("id=\"" + ids.group(1) + "\"")) {
                    missing.add(script.getKey() + " -> #" + ids.group(1));
                }
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    public void shouldRenderEveryTextTheScriptsAskForWhenThePageIsRendered() throws Exception {
        String html = render(new HostVelocity(), view("ATLAS"));
        Set<String> names = new TreeSet<>();
        Pattern literal = Pattern.compile("text\\('([a-z][a-zA-Z.-]*)'");
        for (String source : scripts().values()) {
            Matcher matcher = literal.matcher(source);
            while (matcher.find()) {
                if (!matcher.group(1).endsWith(".")) {
                    names.add(matcher.group(1));
                }
            }
        }
        assertTrue(names.toString(), names.size() > 20);
        // Names the scripts build from API values: every value of the core enum must have a text.
        for (Rating rating : Rating.values()) {
            names.add("rating." + rating.name());
        }
        names.add("rating.NONE");
        for (Frequency frequency : Frequency.values()) {
            names.add("frequency." + frequency.name());
        }
        for (KpiUnit unit : KpiUnit.values()) {
            names.add("unit." + unit.name());
        }
        for (KpiType type : KpiType.values()) {
            names.add("formula." + type.name());
        }
        for (KpiDataSource.Kind kind : KpiDataSource.Kind.values()) {
            names.add("source." + kind.name());
        }
        for (io.lodestar.core.kpi.delivery.DeadlineSource source : io.lodestar.core.kpi.delivery.DeadlineSource.values()) {
            names.add("deadline." + source.name());
        }
        for (SprintOutcome outcome : SprintOutcome.values()) {
            names.add("outcome." + outcome.name());
            names.add("why." + outcome.name());
        }
        names.addAll(List.of("why.COMPLETED.added", "why.NOT_COMPLETED.added", "why.REMOVED.added",
                "direction.HIGHER_IS_BETTER", "direction.LOWER_IS_BETTER", "trend.UP", "trend.DOWN", "trend.FLAT"));
        Set<String> missing = names.stream().filter(name -> !html.contains("data-text=\"" + name + "\""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing);
    }

    @Test
    public void shouldInsertTextOnlyThroughTheDomWhenScriptsShowApiData() throws Exception {
        Pattern html = Pattern.compile("innerHTML|outerHTML|insertAdjacentHTML|document\\.write|\\.html\\(|eval\\(");
        Set<String> offenders = new TreeSet<>();
        for (Map.Entry<String, String> script : scripts().entrySet()) {
            if (html.matcher(script.getValue()).find()) {
                offenders.add(script.getKey());
            }
        }
        assertEquals(Set.of(), offenders);
    }

    @Test
    public void shouldListTheBrowserTestHooksAtTheTopOfTheMainScriptWhenTheTemplateHasThem() throws Exception {
        String main = scripts().get("web/kpi-page/kpi-page.js");
        String template = OkrPageTemplateTest.resource(KpiPage.TEMPLATE);
        Matcher documentedIds = Pattern.compile("#(lodestar-[a-z-]+)").matcher(main.substring(0, main.indexOf("(function")));
        Set<String> missing = new TreeSet<>();
        while (documentedIds.find()) {
            if (!template.contains("id=\"" + documentedIds.group(1) + "\"")) {
                missing.add(documentedIds.group(1));
            }
        }
        assertEquals(Set.of(), missing);
    }

    /** The scripts the KPI page's web-resource loads: its own folder and the common modules. */
    static Map<String, String> scripts() throws IOException, URISyntaxException {
        Map<String, String> scripts = new TreeMap<>();
        for (String folder : List.of("web/common", "web/kpi-page")) {
            URL url = KpiPageTemplateTest.class.getClassLoader().getResource(folder);
            assertNotNull(folder, url);
            Path dir = Paths.get(url.toURI());
            try (Stream<Path> files = Files.list(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".js")).toList()) {
                    scripts.put(folder + "/" + file.getFileName(), Files.readString(file));
                }
            }
        }
        return scripts;
    }
}
