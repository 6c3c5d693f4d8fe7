package io.lodestar.jira.web;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import com.atlassian.webresource.api.assembler.PageBuilderService;
import com.atlassian.webresource.api.assembler.RequiredResources;
import com.atlassian.webresource.api.assembler.WebResourceAssembler;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

/** The KPI page servlet with the real template, a real Velocity engine behind TemplateRenderer, and stand-in requests. */
public class KpiPageServletTest {
    private final List<String> requiredResources = new ArrayList<>();
    private final OkrPageServletTest.FakeUsers users = new OkrPageServletTest.FakeUsers();
    private final KpiPageServlet servlet = new KpiPageServlet(users,
            returnUri -> URI.create("/jira/login.jsp?os_destination=" + returnUri),
            new KpiPageViews(), new KpiPage(new HostVelocity(), recordingPageBuilder()));

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
        OkrPageServletTest.Exchange exchange = new OkrPageServletTest.Exchange("/jira", "/jira/plugins/servlet/lodestar/kpis",
                "team=ATLAS&kpi=3");

        servlet.doGet(exchange.request(), exchange.response());

        assertEquals("/jira/login.jsp?os_destination=/jira/plugins/servlet/lodestar/kpis?team=ATLAS&kpi=3", exchange.redirect);
        assertEquals("", exchange.body.toString());
        assertTrue(requiredResources.isEmpty());
    }

    @Test
    public void shouldRenderThePageWithItsWebResourcesWhenLoggedIn() throws Exception {
        users.current = new OkrPageServletTest.Profile("alice", "Alice");
        OkrPageServletTest.Exchange exchange = new OkrPageServletTest.Exchange("/jira", "/jira/plugins/servlet/lodestar/kpis",
                "team=ATLAS&kpi=3");
        exchange.parameters.put("team", " ATLAS ");
        exchange.parameters.put("kpi", "3");

        servlet.doGet(exchange.request(), exchange.response());

        assertNull(exchange.redirect);
        assertEquals("text/html;charset=UTF-8", exchange.contentType);
        assertEquals("no-store", exchange.headers.get("Cache-Control"));
        assertEquals(List.of(KpiPage.WEB_RESOURCE), requiredResources);
        String html = exchange.body.toString();
        assertTrue(html, html.contains("data-team=\"ATLAS\""));
        assertTrue(html.contains("data-selected-kpi=\"3\""));
        assertTrue(html.contains("data-base-url=\"/jira\""));
        assertTrue(html.contains("data-current-user=\"JIRAUSER10001\""));
        assertTrue(html.contains("<title>KPIs</title>"));
    }
}
