package io.lodestar.jira.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.CycleService;
import io.lodestar.core.okr.InMemoryIssueSource;
import io.lodestar.core.okr.InMemoryKpiReadings;
import io.lodestar.core.okr.InMemoryOkrStore;
import io.lodestar.core.okr.ManualClock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import org.junit.Test;

/** The servlet with the real template, a real Velocity engine behind TemplateRenderer, and stand-in requests. */
public class OkrPageServletTest {
    private final io.lodestar.jira.host.FakeJira jira = new io.lodestar.jira.host.FakeJira().user("alice", "Alice Adams")
            .user("root", "Jira Root").jiraAdmin("root");
    private final ManualClock clock = ManualClock.at("2026-02-10");
    private final CycleService cycles = new CycleService(new InMemoryOkrStore(), new InMemoryIssueSource(),
            new InMemoryKpiReadings(), clock);
    private final List<String> requiredResources = new ArrayList<>();
    private final FakeUsers users = new FakeUsers();
    private final OkrPageServlet servlet = new OkrPageServlet(users,
            returnUri -> URI.create("/jira/login.jsp?os_destination=" + returnUri),
            new OkrPageViews(cycles, clock, new io.lodestar.jira.app.OkrAccess(jira.permissions())), new OkrPage(new HostVelocity(), recordingPageBuilder()));

    private PageBuilderService recordingPageBuilder() {
        RequiredResources[] resources = new RequiredResources[1];
        resources[0] = moduleKey -> {
            requiredResources.add(moduleKey);
            return resources[0];
        };
        WebResourceAssembler assembler = () -> resources[0];
        return () -> assembler;
    }

    @Test
    public void shouldRedirectToTheLoginPageAndBackWhenNobodyIsLoggedIn() throws Exception {
        Exchange exchange = new Exchange("/jira", "/jira/plugins/servlet/lodestar/okrs", "cycle=2&team=ABC");

        servlet.doGet(exchange.request(), exchange.response());

        assertEquals("/jira/login.jsp?os_destination=/jira/plugins/servlet/lodestar/okrs?cycle=2&team=ABC",
                exchange.redirect);
        assertEquals("", exchange.body.toString());
        assertTrue(requiredResources.isEmpty());
    }

    @Test
    public void shouldReturnToThePathWhenTheQueryIsNotAValidUri() throws Exception {
        Exchange exchange = new Exchange("", "/plugins/servlet/lodestar/okrs", "team=a b|c");

        servlet.doGet(exchange.request(), exchange.response());

        assertEquals("/jira/login.jsp?os_destination=/plugins/servlet/lodestar/okrs", exchange.redirect);
    }

    @Test
    public void shouldRenderThePageWithItsWebResourcesWhenLoggedIn() throws Exception {
        users.current = new Profile("alice", "Alice");
        Cycle q1 = cycles.create(Cycle.quarter(2026, 1));
        Exchange exchange = new Exchange("/jira", "/jira/plugins/servlet/lodestar/okrs", "team=ABC");
        exchange.parameters.put("team", "ABC");

        servlet.doGet(exchange.request(), exchange.response());

        assertNull(exchange.redirect);
        assertEquals("text/html;charset=UTF-8", exchange.contentType);
        assertEquals("no-store", exchange.headers.get("Cache-Control"));
        assertEquals(List.of(OkrPage.WEB_RESOURCE), requiredResources);
        String html = exchange.body.toString();
        assertTrue(html.contains("data-selected-cycle=\"" + q1.id() + "\""));
        assertTrue(html.contains("data-team=\"ABC\""));
        assertTrue(html.contains("data-base-url=\"/jira\""));
        assertTrue(html.contains("data-current-user=\"JIRAUSER10001\""));
        assertTrue(html.contains(">2026 Q1</option>"));
    }

    @Test
    public void shouldRequireTheWebResourceTheDescriptorDeclaresWhenRendering() {
        assertEquals("io.lodestar.jira:okr-page-resources", OkrPage.WEB_RESOURCE);
    }

    /** A request/response pair answering only what the servlet asks. */
    static final class Exchange {
        final String contextPath;
        final String requestUri;
        final String query;
        final Map<String, String> parameters = new HashMap<>();
        final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();
        String redirect;
        String contentType;

        Exchange(String contextPath, String requestUri, String query) {
            this.contextPath = contextPath;
            this.requestUri = requestUri;
            this.query = query;
        }

        HttpServletRequest request() {
            return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getContextPath" -> contextPath;
                        case "getRequestURI" -> requestUri;
                        case "getQueryString" -> query;
                        case "getParameter" -> parameters.get((String) args[0]);
                        default -> throw new UnsupportedOperationException("request." + method.getName());
                    });
        }

        HttpServletResponse response() {
            PrintWriter writer = new PrintWriter(body);
            return (HttpServletResponse) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletResponse.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "sendRedirect" -> {
                            redirect = (String) args[0];
                            yield null;
                        }
                        case "setContentType" -> {
                            contentType = (String) args[0];
                            yield null;
                        }
                        case "setHeader" -> {
                            headers.put((String) args[0], (String) args[1]);
                            yield null;
                        }
                        case "getWriter" -> writer;
                        default -> throw new UnsupportedOperationException("response." + method.getName());
                    });
        }
    }

    record Profile(String getUsername, String getFullName) implements UserProfile {
        @Override
        public UserKey getUserKey() {
            return new UserKey("JIRAUSER10001");
        }

        @Override
        public String getEmail() {
            return getUsername + "@example.com";
        }
    }

    static final class FakeUsers implements UserManager {
        UserProfile current;

        @Override
        public UserProfile getRemoteUser() {
            return current;
        }

        @Override
        public UserKey getRemoteUserKey() {
            return current == null ? null : current.getUserKey();
        }

        @Override
        public UserProfile getRemoteUser(HttpServletRequest request) {
            return current;
        }

        @Override
        public UserKey getRemoteUserKey(HttpServletRequest request) {
            return getRemoteUserKey();
        }

        @Override
        public UserProfile getUserProfile(String username) {
            return null;
        }

        @Override
        public UserProfile getUserProfile(UserKey userKey) {
            return null;
        }

        @Override
        public boolean isUserInGroup(UserKey userKey, String group) {
            return false;
        }

        @Override
        public boolean isSystemAdmin(UserKey userKey) {
            return false;
        }

        @Override
        public boolean isAdmin(UserKey userKey) {
            return false;
        }

        @Override
        public boolean isLicensed(UserKey userKey) {
            return true;
        }
    }
}
