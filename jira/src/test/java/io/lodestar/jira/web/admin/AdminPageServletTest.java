package io.lodestar.jira.web.admin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.user.UserKey;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import io.lodestar.jira.web.HostVelocity;
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

/**
 * Who gets the administration page: a Jira administrator (SAL isAdmin) or a system administrator the page, another
 * signed-in user a 403 page saying why, nobody signed in the login page. Real templates on a real Velocity engine
 * (with the descriptor's allowlist); requests and responses are stand-ins.
 */
public class AdminPageServletTest {
    private static final UserKey ROOT = new UserKey("root");
    private static final UserKey SYSADMIN = new UserKey("sysadmin");
    private static final UserKey ALICE = new UserKey("alice");

    private final List<String> requiredResources = new ArrayList<>();
    private final UserManager users = mock(UserManager.class);
    private final AdminPageServlet servlet = new AdminPageServlet(users,
            returnUri -> URI.create("/jira/login.jsp?os_destination=" + returnUri),
            new AdminPage(new HostVelocity(), recordingPageBuilder()));

    public AdminPageServletTest() {
        when(users.isAdmin(ROOT)).thenReturn(true);
        when(users.isSystemAdmin(SYSADMIN)).thenReturn(true);
    }

    @Test
    public void shouldRedirectToTheLoginPageAndBackWhenNobodyIsLoggedIn() throws Exception {
        Exchange exchange = new Exchange(null);

        servlet.doGet(exchange.request(), exchange.response());

        assertEquals("/jira/login.jsp?os_destination=/jira/plugins/servlet/lodestar/admin?tab=runs", exchange.redirect);
        assertNull(exchange.status);
        assertEquals("", exchange.body.toString());
        assertTrue(requiredResources.isEmpty());
    }

    @Test
    public void shouldAnswer403WithAReadablePageWhenTheUserIsNoJiraAdministrator() throws Exception {
        Exchange exchange = new Exchange(ALICE);

        servlet.doGet(exchange.request(), exchange.response());

        assertEquals(Integer.valueOf(403), exchange.status);
        assertNull(exchange.redirect);
        String html = exchange.body.toString();
        assertTrue(html, html.contains("data-test=\"admin-forbidden\""));
        assertTrue(html, html.contains("Only Jira administrators may open this page"));
        assertTrue(html, !html.contains("admin-form"));
        assertTrue(requiredResources.isEmpty());
    }

    @Test
    public void shouldRenderThePageWithItsScheduleWhenAJiraAdministratorOpensIt() throws Exception {
        Exchange exchange = new Exchange(ROOT);

        servlet.doGet(exchange.request(), exchange.response());

        assertNull(exchange.status);
        assertEquals("text/html;charset=UTF-8", exchange.contentType);
        assertEquals("no-store", exchange.headers.get("Cache-Control"));
        assertEquals(List.of(AdminPage.WEB_RESOURCE), requiredResources);
        String html = exchange.body.toString();
        assertTrue(html, html.contains("data-base-url=\"/jira\""));
        assertTrue(html, html.contains("data-schedule-minutes=\"15\""));
        assertTrue(html, html.contains("<title>Lodestar settings</title>"));
        assertTrue(html, html.contains("data-test=\"admin-story-points\""));
    }

    @Test
    public void shouldRenderThePageWhenASystemAdministratorOpensIt() throws Exception {
        Exchange exchange = new Exchange(SYSADMIN);

        servlet.doGet(exchange.request(), exchange.response());

        assertNull(exchange.status);
        assertTrue(exchange.body.toString().contains("data-test=\"admin-form\""));
    }

    @Test
    public void shouldDeclareLicensedOnlyAsTheHostRuleWhenLoaded() {
        assertTrue(AdminPageServlet.class.isAnnotationPresent(LicensedOnly.class));
    }

    private PageBuilderService recordingPageBuilder() {
        RequiredResources[] resources = new RequiredResources[1];
        resources[0] = moduleKey -> {
            requiredResources.add(moduleKey);
            return resources[0];
        };
        WebResourceAssembler assembler = () -> resources[0];
        return () -> assembler;
    }

    /** A request for /jira/plugins/servlet/lodestar/admin?tab=runs by {@code user} (null: nobody signed in). */
    private final class Exchange {
        final Map<String, String> headers = new HashMap<>();
        final StringWriter body = new StringWriter();
        String redirect;
        String contentType;
        Integer status;

        Exchange(UserKey user) {
            when(users.getRemoteUserKey(org.mockito.ArgumentMatchers.any(HttpServletRequest.class))).thenReturn(user);
        }

        HttpServletRequest request() {
            return (HttpServletRequest) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                        case "getContextPath" -> "/jira";
                        case "getRequestURI" -> "/jira/plugins/servlet/lodestar/admin";
                        case "getQueryString" -> "tab=runs";
                        case "hashCode" -> 1;
                        case "equals" -> proxy == args[0];
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
                        case "setStatus" -> {
                            status = (Integer) args[0];
                            yield null;
                        }
                        case "getWriter" -> writer;
                        default -> throw new UnsupportedOperationException("response." + method.getName());
                    });
        }
    }
}
