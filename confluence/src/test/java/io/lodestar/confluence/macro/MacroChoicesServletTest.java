package io.lodestar.confluence.macro;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.annotations.security.LicensedOnly;
import com.atlassian.sal.api.user.UserManager;
import com.atlassian.sal.api.user.UserProfile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lodestar.confluence.applinks.FakeLodestarClient;
import io.lodestar.confluence.applinks.JiraAnswer;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mockito;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The macro browser's choices: each kind read from Jira as the signed-in user, each of Jira's failures as one JSON error. */
public class MacroChoicesServletTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String CYCLES = "[{\"id\":3,\"name\":\"Q4\",\"closed\":false,\"elapsed\":0},"
            + "{\"id\":2,\"name\":\"Q3\",\"closed\":false,\"elapsed\":0.5},{\"id\":1,\"name\":\"Q2\",\"closed\":true,\"elapsed\":1}]";

    private final FakeLodestarClient jira = new FakeLodestarClient();
    private final UserManager users = mock(UserManager.class);

    private record Answer(int status, JsonNode body, HttpServletResponse response) {
    }

    private Answer get(Map<String, String> query, boolean signedIn) throws Exception {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getParameter(Mockito.anyString())).thenAnswer(call -> query.get(call.getArgument(0, String.class)));
        when(users.getRemoteUser(request)).thenReturn(signedIn ? mock(UserProfile.class) : null);
        HttpServletResponse response = mock(HttpServletResponse.class);
        StringWriter body = new StringWriter();
        when(response.getWriter()).thenReturn(new PrintWriter(body));
        new MacroChoicesServlet(users, jira).doGet(request, response);
        ArgumentCaptor<Integer> status = ArgumentCaptor.forClass(Integer.class);
        Mockito.verify(response).setStatus(status.capture());
        return new Answer(status.getValue(), JSON.readTree(body.toString()), response);
    }

    private Answer get(Map<String, String> query) throws Exception {
        return get(query, true);
    }

    @Test
    public void shouldOfferJirasCyclesNewestFirstAndMarkTheCurrentOneWhenAskedForCycles() throws Exception {
        jira.answer("/cycles", CYCLES);

        Answer answer = get(Map.of("kind", "cycles"));

        assertEquals(200, answer.status());
        assertEquals(JSON.readTree("[{\"value\":\"3\",\"label\":\"Q4\",\"closed\":false},"
                + "{\"value\":\"2\",\"label\":\"Q3\",\"closed\":false,\"current\":true},"
                + "{\"value\":\"1\",\"label\":\"Q2\",\"closed\":true}]"), answer.body());
        Mockito.verify(answer.response()).setContentType("application/json;charset=UTF-8");
        Mockito.verify(answer.response()).setHeader("Cache-Control", "no-store");
    }

    @Test
    public void shouldOfferTheTeamsTheUserMayBrowseWhenAskedForTeams() throws Exception {
        jira.answer("/teams", "[{\"key\":\"ATLAS\",\"name\":\"Atlas\"},{\"key\":\"NOVA\",\"name\":\"NOVA\"},{\"name\":\"no key\"}]");

        Answer answer = get(Map.of("kind", "teams"));

        assertEquals(JSON.readTree("[{\"value\":\"ATLAS\",\"label\":\"Atlas (ATLAS)\"},{\"value\":\"NOVA\",\"label\":\"NOVA\"}]"),
                answer.body());
    }

    @Test
    public void shouldOfferTheObjectivesOfTheCurrentCycleAndTeamWithTheirDepthWhenNoCycleIsGiven() throws Exception {
        jira.answer("/cycles", CYCLES);
        jira.answer("/cycles/2/okrs?team=ATLAS", "{\"cycle\":{\"id\":2},\"objectives\":[{\"id\":5,\"title\":\"Grow\","
                + "\"children\":[{\"id\":6,\"title\":\"Sub\",\"children\":[]}]},{\"id\":7,\"title\":\"Ship\"}]}");

        Answer answer = get(Map.of("kind", "objectives", "team", "ATLAS"));

        assertEquals(JSON.readTree("[{\"value\":\"5\",\"label\":\"Grow\",\"depth\":0},{\"value\":\"6\",\"label\":\"Sub\",\"depth\":1},"
                + "{\"value\":\"7\",\"label\":\"Ship\",\"depth\":0}]"), answer.body());
        assertEquals(List.of("/cycles", "/cycles/2/okrs?team=ATLAS"), jira.asked());
    }

    @Test
    public void shouldAskForTheGivenCyclesObjectivesWhenACycleIsGiven() throws Exception {
        jira.answer("/cycles/1/okrs", "{\"objectives\":[{\"id\":9,\"title\":\"Old\"}]}");

        Answer answer = get(Map.of("kind", "objectives", "cycle", "1"));

        assertEquals(JSON.readTree("[{\"value\":\"9\",\"label\":\"Old\",\"depth\":0}]"), answer.body());
        assertEquals(List.of("/cycles/1/okrs"), jira.asked());
    }

    @Test
    public void shouldOfferNoObjectivesWhenJiraHasNoOpenCycle() throws Exception {
        jira.answer("/cycles", "[{\"id\":1,\"name\":\"Q2\",\"closed\":true}]");

        Answer answer = get(Map.of("kind", "objectives"));

        assertEquals(200, answer.status());
        assertEquals(JSON.readTree("[]"), answer.body());
    }

    @Test
    public void shouldOfferTheTeamsKpisOrEveryKpiWithItsTeamWhenAskedForKpis() throws Exception {
        jira.answer("/kpis?team=ATLAS", "[{\"id\":1,\"name\":\"ATLAS velocity\",\"team\":\"ATLAS\"}]");
        jira.answer("/kpis", "[{\"id\":1,\"name\":\"ATLAS velocity\",\"team\":\"ATLAS\"},{\"id\":4,\"name\":\"Uptime\",\"team\":null}]");

        assertEquals(JSON.readTree("[{\"value\":\"1\",\"label\":\"ATLAS velocity\"}]"), get(Map.of("kind", "kpis", "team", "ATLAS")).body());
        assertEquals(JSON.readTree("[{\"value\":\"1\",\"label\":\"ATLAS velocity (ATLAS)\"},{\"value\":\"4\",\"label\":\"Uptime\"}]"),
                get(Map.of("kind", "kpis")).body());
    }

    @Test
    public void shouldAnswerOneJsonErrorPerKindWhenJiraDoesNotAnswerWithData() throws Exception {
        Map<String, JiraAnswer> failures = Map.of(
                "no-link", new JiraAnswer.NoLink(),
                "authorise", new JiraAnswer.AuthorisationNeeded(URI.create("https://wiki.acme.test/authorize?id=1")),
                "unreachable", new JiraAnswer.Unreachable("Read timed out"),
                "not-found", new JiraAnswer.NotFound(),
                "not-permitted", new JiraAnswer.NotPermitted());
        for (Map.Entry<String, JiraAnswer> failure : failures.entrySet()) {
            for (String kind : List.of("cycles", "teams", "objectives", "kpis")) {
                jira.answer("/cycles", failure.getValue()).answer("/teams", failure.getValue()).answer("/kpis", failure.getValue());

                Answer answer = get(Map.of("kind", kind));

                assertEquals(kind + " " + failure.getKey(), 502, answer.status());
                assertEquals(kind, failure.getKey(), answer.body().get("error").asText());
                assertEquals(failure.getKey().equals("authorise") ? "https://wiki.acme.test/authorize?id=1" : null,
                        answer.body().has("authoriseUrl") ? answer.body().get("authoriseUrl").asText() : null);
                assertTrue(answer.body().toString(), !answer.body().toString().contains("timed out"));
            }
        }
    }

    @Test
    public void shouldRefuseWith400NamingTheFieldWhenTheQueryIsNotValid() throws Exception {
        for (Map<String, String> query : List.of(Map.of("kind", "sprints"), Map.<String, String>of(),
                Map.of("kind", "objectives", "cycle", "1 OR 1"), Map.of("kind", "kpis", "team", "A&B"))) {
            Answer answer = get(query);

            assertEquals(query.toString(), 400, answer.status());
            assertEquals("parameter", answer.body().get("error").asText());
            String field = query.containsKey("cycle") ? "cycle" : query.containsKey("team") ? "team" : "kind";
            assertEquals(field, answer.body().get("field").asText());
        }
        assertEquals(List.of(), jira.asked());
    }

    @Test
    public void shouldAnswer401AndAskJiraNothingWhenNobodyIsSignedIn() throws Exception {
        jira.answer("/cycles", CYCLES);

        Answer answer = get(Map.of("kind", "cycles"), false);

        assertEquals(401, answer.status());
        assertEquals("signed-out", answer.body().get("error").asText());
        assertEquals(List.of(), jira.asked());
    }

    /** As the Jira app's ServletAccessTest: every servlet of the descriptor declares licensed users only. */
    @Test
    public void shouldDeclareLicensedOnlyOnEveryServletWhenTheDescriptorNamesIt() throws Exception {
        NodeList servlets;
        try (InputStream in = MacroChoicesServletTest.class.getResourceAsStream("/atlassian-plugin.xml")) {
            servlets = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("servlet");
        }
        assertTrue("no servlet module found", servlets.getLength() >= 1);
        Map<String, String> problems = new TreeMap<>();
        for (int i = 0; i < servlets.getLength(); i++) {
            Element servlet = (Element) servlets.item(i);
            Class<?> type = Class.forName(servlet.getAttribute("class"));
            if (!type.isAnnotationPresent(LicensedOnly.class)) {
                problems.put(servlet.getAttribute("key"), type.getName() + " has no @LicensedOnly");
            }
        }
        assertEquals(Map.of(), problems);
    }
}
