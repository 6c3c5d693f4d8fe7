package io.lodestar.jira.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.okr.Band;
import io.lodestar.core.okr.Confidence;
import io.lodestar.core.okr.KeyResultKind;
import io.lodestar.core.okr.ObjectiveLevel;
import io.lodestar.core.okr.ObjectiveState;
import io.lodestar.core.okr.Severity;
import io.lodestar.core.okr.TrackStatus;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.servlet.http.HttpServlet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What the descriptor, the Spring XML and the scripts must agree on for the OKR page to work in Jira and in the
 * sandbox: the servlet and its links, the web-resources and their files, the allowlist, the beans, and the ids and
 * texts the scripts look up in the rendered page.
 */
public class OkrPageDescriptorTest {

    static Document xml(String resource) throws Exception {
        try (InputStream in = OkrPageDescriptorTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(resource, in);
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    static Element module(Document descriptor, String tag, String key) {
        NodeList nodes = descriptor.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (key.equals(element.getAttribute("key"))) {
                return element;
            }
        }
        throw new AssertionError("no <" + tag + " key=\"" + key + "\"> in atlassian-plugin.xml");
    }

    static List<String> texts(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(nodes.item(i).getTextContent().trim());
        }
        return out;
    }

    @Test
    public void shouldDeclareTheServletAtTheUrlEveryNavigationLinkOpensWhenRegistered() throws Exception {
        Document descriptor = xml("atlassian-plugin.xml");
        Element servlet = module(descriptor, "servlet", "okr-page-servlet");

        assertTrue(HttpServlet.class.isAssignableFrom(Class.forName(servlet.getAttribute("class"))));
        assertEquals(List.of("/lodestar/okrs"), texts(servlet, "url-pattern"));
        for (String item : List.of("okr-page-top-link", "okr-page-top-okrs", "okr-page-top-my-check-ins",
                "okr-page-project-link")) {
            String link = texts(module(descriptor, "web-item", item), "link").get(0);
            assertTrue(item + " links to " + link, link.startsWith("/plugins/servlet/lodestar/okrs"));
        }
        assertEquals("jira.project.sidebar.plugins.navigation",
                module(descriptor, "web-item", "okr-page-project-link").getAttribute("section"));
        assertEquals("system.top.navigation.bar", module(descriptor, "web-item", "okr-page-top-link").getAttribute("section"));
        assertEquals("okr-page-top-link/okr-page-top-section",
                module(descriptor, "web-item", "okr-page-top-okrs").getAttribute("section"));
        assertEquals("My check-ins is an item of the OKRs menu", "okr-page-top-link/okr-page-top-section",
                module(descriptor, "web-item", "okr-page-top-my-check-ins").getAttribute("section"));
        assertEquals("/plugins/servlet/lodestar/okrs?view=" + OkrPageViews.MY_CHECK_INS,
                texts(module(descriptor, "web-item", "okr-page-top-my-check-ins"), "link").get(0));
    }

    @Test
    public void shouldShipEveryFileTheWebResourcesNameWhenPackaged() throws Exception {
        Document descriptor = xml("atlassian-plugin.xml");
        for (String key : List.of("okr-page-resources", "lodestar-chartjs")) {
            NodeList resources = module(descriptor, "web-resource", key).getElementsByTagName("resource");
            for (int i = 0; i < resources.getLength(); i++) {
                String location = ((Element) resources.item(i)).getAttribute("location");
                assertNotNull(key + " names a missing file " + location, getClass().getClassLoader().getResource(location));
            }
        }
        assertTrue(OkrPageTemplateTest.resource("web/vendor/chartjs/chart.umd.js").contains("Chart.js v4.4.9"));
        assertNotNull(getClass().getClassLoader().getResource("web/vendor/chartjs/LICENSE.md"));
    }

    @Test
    public void shouldLoadEveryPageScriptThroughTheWebResourceWhenTheFolderHasIt() throws Exception {
        Document descriptor = xml("atlassian-plugin.xml");
        Set<String> declared = new TreeSet<>();
        // web/common is shared with the KPI page, whose web-resource loads the common modules only it uses.
        for (String key : List.of("okr-page-resources", "lodestar-chartjs", "kpi-page-resources")) {
            NodeList resources = module(descriptor, "web-resource", key).getElementsByTagName("resource");
            for (int i = 0; i < resources.getLength(); i++) {
                declared.add(((Element) resources.item(i)).getAttribute("location"));
            }
        }
        Set<String> files = new TreeSet<>(scripts().keySet());
        files.removeAll(declared);
        assertEquals("scripts no web-resource loads", Set.of(), files);
        assertEquals(OkrPage.WEB_RESOURCE, descriptor.getDocumentElement().getAttribute("key") + ":okr-page-resources");
        assertTrue(texts(module(descriptor, "web-resource", "okr-page-resources"), "dependency")
                .contains("io.lodestar.jira:lodestar-chartjs"));
    }

    @Test
    public void shouldAllowlistOnlyGettersThatExistWhenTheTemplateReadsThem() throws Exception {
        Set<String> allowed = AllowlistUberspector.readAllowlist();
        Set<String> existing = Stream.of(OkrPageView.class, CycleOption.class, KpiPageView.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .map(AllowlistUberspector::signature).collect(Collectors.toSet());
        // Only this package's classes: feature subpackages (issuepanel...) check their own entries.
        Set<String> stale = allowed.stream().filter(entry -> entry.startsWith(OkrPageView.class.getPackageName() + ".")
                        && !entry.substring(OkrPageView.class.getPackageName().length() + 1, entry.indexOf('#')).contains("."))
                .filter(entry -> !existing.contains(entry)).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), stale);
        for (Method getter : OkrPageView.class.getDeclaredMethods()) {
            assertTrue(getter.getName(), allowed.contains(AllowlistUberspector.signature(getter)));
        }
    }

    @Test
    public void shouldBuildThePageBeansFromHostServicesWhenTheSpringContextStarts() throws Exception {
        Document beans = xml("META-INF/spring/lodestar-beans.xml");
        Document hosts = xml("META-INF/spring/host-components.xml");
        Map<String, String> beanClasses = new java.util.HashMap<>();
        NodeList nodes = beans.getElementsByTagName("bean");
        for (int i = 0; i < nodes.getLength(); i++) {
            Element bean = (Element) nodes.item(i);
            beanClasses.put(bean.getAttribute("id"), bean.getAttribute("class"));
        }
        assertEquals(OkrPageViews.class.getName(), beanClasses.get("okrPageViews"));
        assertEquals(OkrPage.class.getName(), beanClasses.get("okrPage"));
        String hostList = OkrPageTemplateTest.resource("META-INF/spring/host-components.xml");
        for (String reference : List.of("templateRenderer", "pageBuilderService", "salUserManager", "loginUriProvider")) {
            assertTrue(reference, hostList.contains("id=\"" + reference + "\""));
        }
        assertTrue(hosts.getElementsByTagName("osgi:reference").getLength() > 0);
    }

    @Test
    public void shouldFindEveryElementTheScriptsLookUpWhenThePageIsRendered() throws Exception {
        // The page as a Jira administrator sees it (with the cycle controls) and as "My check-ins": each element a
        // script looks up is in one of them (the scripts skip what their view lacks).
        HostVelocity velocity = new HostVelocity();
        String html = velocity.render(OkrPage.TEMPLATE, Map.of("view", new OkrPageView("root",
                OkrPageTemplateTest.twoCycles(), "2", "ABC", "/jira", false, true, false)))
                + velocity.render(OkrPage.TEMPLATE, Map.of("view", new OkrPageView("alice",
                OkrPageTemplateTest.twoCycles(), "2", "", "/jira", false, false, true)));
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
        String html = new HostVelocity().render(OkrPage.TEMPLATE, Map.of("view",
                OkrPageTemplateTest.view("ABC", OkrPageTemplateTest.twoCycles(), "2")));
        Set<String> names = new TreeSet<>();
        Pattern literal = Pattern.compile("(?:texts\\.get|[^.a-zA-Z]text)\\('([a-z][a-z.-]*)'");
        for (String source : scripts().values()) {
            Matcher matcher = literal.matcher(source);
            while (matcher.find()) {
                if (!matcher.group(1).endsWith(".")) {
                    names.add(matcher.group(1));
                }
            }
        }
        assertTrue(names.size() > 15);
        // Names the scripts build from API values: every value of the core enum must have a text.
        addAll(names, "band.", Band.class);
        addAll(names, "status.", TrackStatus.class);
        addAll(names, "status.", Confidence.class);
        addAll(names, "level.", ObjectiveLevel.class);
        addAll(names, "state.", ObjectiveState.class);
        addAll(names, "kind.", KeyResultKind.class);
        addAll(names, "severity.", Severity.class);
        names.addAll(List.of("error.required", "error.number"));
        Set<String> missing = names.stream().filter(name -> !html.contains("data-text=\"" + name + "\""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of(), missing);
    }

    private static void addAll(Set<String> names, String prefix, Class<?> type) {
        for (Object constant : type.getEnumConstants()) {
            names.add(prefix + ((Enum<?>) constant).name());
        }
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
        String main = scripts().get("web/okr-page/okr-page.js");
        String template = OkrPageTemplateTest.resource(OkrPage.TEMPLATE);
        Matcher documentedIds = Pattern.compile("#(lodestar-[a-z-]+)").matcher(main.substring(0, main.indexOf("(function")));
        Set<String> missing = new TreeSet<>();
        while (documentedIds.find()) {
            String id = documentedIds.group(1);
            boolean family = id.endsWith("-");
            if (!(family ? template.contains("id=\"" + id) : template.contains("id=\"" + id + "\""))) {
                missing.add(id);
            }
        }
        assertEquals(Set.of(), missing);
    }

    /** The page's own scripts (web/common and web/okr-page), by classpath location. */
    static Map<String, String> scripts() throws IOException, URISyntaxException {
        Map<String, String> scripts = new java.util.TreeMap<>();
        for (String folder : List.of("web/common", "web/okr-page")) {
            URL url = OkrPageDescriptorTest.class.getClassLoader().getResource(folder);
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
