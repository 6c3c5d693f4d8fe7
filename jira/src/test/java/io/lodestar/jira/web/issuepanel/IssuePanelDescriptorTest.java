package io.lodestar.jira.web.issuepanel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.plugin.web.Condition;
import com.atlassian.plugin.web.ContextProvider;
import io.lodestar.jira.web.AllowlistUberspector;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.servlet.http.HttpServlet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * What the descriptor must say for Jira to show the panel: the web-panel at the view-issue page's right column, its
 * condition and context provider classes, its template and label, the servlet and web-resource the scripts use,
 * the allowlisted getters and the beans the module classes are built from.
 */
public class IssuePanelDescriptorTest {

    private static Document descriptor() throws Exception {
        try (InputStream in = IssuePanelDescriptorTest.class.getClassLoader().getResourceAsStream("atlassian-plugin.xml")) {
            assertNotNull(in);
            return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
    }

    private static Element module(Document descriptor, String tag, String key) {
        NodeList nodes = descriptor.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element element = (Element) nodes.item(i);
            if (key.equals(element.getAttribute("key"))) {
                return element;
            }
        }
        throw new AssertionError("no <" + tag + " key=\"" + key + "\"> in atlassian-plugin.xml");
    }

    private static Element only(Element parent, String tag) {
        NodeList nodes = parent.getElementsByTagName(tag);
        assertEquals(tag, 1, nodes.getLength());
        return (Element) nodes.item(0);
    }

    @Test
    public void shouldDeclareTheWebPanelInTheViewIssuePagesRightColumnWhenRegistered() throws Exception {
        Element panel = module(descriptor(), "web-panel", "issue-panel");

        assertEquals("atl.jira.view.issue.right.context", panel.getAttribute("location"));
        assertTrue(Integer.parseInt(panel.getAttribute("weight")) > 0);
        Properties i18n = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("io/lodestar/jira/i18n.properties")) {
            i18n.load(in);
        }
        assertNotNull(i18n.getProperty(only(panel, "label").getAttribute("key")));
    }

    @Test
    public void shouldNameAContextProviderThatExistsAndImplementsContextProviderWhenJiraLoadsIt() throws Exception {
        Element panel = module(descriptor(), "web-panel", "issue-panel");

        Class<?> provider = Class.forName(only(panel, "context-provider").getAttribute("class"));

        assertTrue(ContextProvider.class.isAssignableFrom(provider));
        assertEquals(IssuePanelContextProvider.class, provider);
        assertTrue(Modifier.isPublic(provider.getModifiers()));
        assertEquals("Jira builds it with the app's beans by constructor", 1, provider.getConstructors().length);
    }

    @Test
    public void shouldShowThePanelOnlyToSignedInUsersWhenConditionsAreRead() throws Exception {
        Element condition = only(module(descriptor(), "web-panel", "issue-panel"), "condition");

        assertEquals("com.atlassian.jira.plugin.webfragment.conditions.UserLoggedInCondition", condition.getAttribute("class"));
        assertTrue(Condition.class.isAssignableFrom(Class.forName(condition.getAttribute("class"))));
    }

    @Test
    public void shouldRenderAVelocityViewThatExistsWhenThePanelIsShown() throws Exception {
        Element view = only(module(descriptor(), "web-panel", "issue-panel"), "resource");

        assertEquals("view", view.getAttribute("name"));
        assertEquals("velocity", view.getAttribute("type"));
        assertEquals(IssuePanel.TEMPLATE, view.getAttribute("location"));
        assertNotNull(getClass().getClassLoader().getResource(view.getAttribute("location")));
    }

    @Test
    public void shouldServeThePanelAloneAndShipEveryScriptWhenTheScriptsReloadIt() throws Exception {
        Document descriptor = descriptor();
        Element servlet = module(descriptor, "servlet", "issue-panel-servlet");
        assertTrue(HttpServlet.class.isAssignableFrom(Class.forName(servlet.getAttribute("class"))));
        assertEquals("/lodestar/issue-panel", only(servlet, "url-pattern").getTextContent().trim());

        Element resources = module(descriptor, "web-resource", "issue-panel-resources");
        assertEquals(IssuePanel.WEB_RESOURCE, descriptor.getDocumentElement().getAttribute("key") + ":issue-panel-resources");
        NodeList files = resources.getElementsByTagName("resource");
        List<String> locations = new ArrayList<>();
        for (int i = 0; i < files.getLength(); i++) {
            String location = ((Element) files.item(i)).getAttribute("location");
            assertNotNull(location, getClass().getClassLoader().getResource(location));
            locations.add(location);
        }
        assertTrue(locations.containsAll(List.of("web/common/rest-urls.js", "web/common/rest-client.js",
                "web/common/dialog.js", "web/common/form-errors.js", "web/issue-panel/issue-panel.js",
                "web/issue-panel/issue-panel.css")));
    }

    @Test
    public void shouldAllowlistEveryGetterOfTheViewModelWhenTheTemplateReadsThem() {
        Set<String> allowed = AllowlistUberspector.readAllowlist();
        Set<String> missing = Stream.of(IssuePanelView.class, IssuePanelEntry.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> Modifier.isPublic(method.getModifiers()))
                .map(AllowlistUberspector::signature)
                .filter(signature -> !allowed.contains(signature))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> existing = Stream.of(IssuePanelView.class, IssuePanelEntry.class)
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .map(AllowlistUberspector::signature).collect(Collectors.toSet());
        Set<String> stale = allowed.stream().filter(entry -> entry.startsWith(IssuePanelView.class.getPackageName() + "."))
                .filter(entry -> !existing.contains(entry)).collect(Collectors.toCollection(TreeSet::new));

        assertEquals(Set.of(), missing);
        assertEquals(Set.of(), stale);
    }

    @Test
    public void shouldKeepTheIssuePanelBlockBeforeTheOkrPageWhenFeaturesAreInTheirFixedOrder() throws Exception {
        List<String> keys = new ArrayList<>();
        NodeList children = descriptor().getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            Node child = children.item(i);
            if (child instanceof Element element && !element.getAttribute("key").isEmpty()) {
                keys.add(element.getAttribute("key"));
            }
        }
        assertTrue(keys.toString(), keys.indexOf("issue-panel") < keys.indexOf("okr-page-servlet"));
        assertTrue(keys.toString(), keys.indexOf("lodestar-velocity-allowlist") < keys.indexOf("issue-panel"));
    }

    @Test
    public void shouldBuildTheModuleClassesFromBeansWhenTheSpringContextStarts() throws Exception {
        String beans = new String(getClass().getClassLoader().getResourceAsStream("META-INF/spring/lodestar-beans.xml")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        for (Class<?> type : List.of(IssuePanelContextProvider.class, IssuePanelServlet.class)) {
            for (Class<?> parameter : type.getConstructors()[0].getParameterTypes()) {
                boolean ours = parameter.getName().startsWith("io.lodestar.");
                assertTrue(type.getSimpleName() + " needs " + parameter.getName(),
                        !ours || beans.contains("class=\"" + parameter.getName() + "\""));
            }
        }
        Method view = IssuePanelViews.class.getMethod("view", String.class, String.class);
        assertEquals(IssuePanelView.class, view.getReturnType());
    }
}
