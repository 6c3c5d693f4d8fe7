package io.lodestar.sandbox.server;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/** The sandbox over real HTTP, started once on a free port with the demo data in a temporary folder. */
public class SandboxServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path data;
    private static SandboxServer server;

    @BeforeClass
    public static void start() throws Exception {
        data = Files.createTempDirectory("sandbox-test");
        server = SandboxServer.start(new SandboxServer.Settings(0, null, data, Clock.systemUTC()));
    }

    @AfterClass
    public static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    public void shouldServeTheDecoratedOkrPageWhenAliceOpensIt() throws Exception {
        HttpResponse<String> page = new SandboxClient(server).get("/");

        assertEquals(200, page.statusCode());
        assertThat(page.uri().getPath(), containsString("/plugins/servlet/lodestar/okrs"));
        assertThat(page.body(), containsString("id=\"lodestar-okr-page\""));
        assertThat(page.body(), containsString("data-current-user=\"alice\""));
        assertThat(page.body(), containsString("data-username=\"alice\">Alice Andersen</span>"));
        assertThat(page.body(), containsString("com.atlassian.auiplugin:ajs/aui-prototyping.js"));
        assertThat(page.body(), containsString("io.lodestar.jira:okr-page-resources/okr-page.js"));
        assertThat(page.body(), not(containsString("name=\"decorator\"")));
        assertThat("every template call allowlisted and resolved", page.body(), not(containsString("$")));
    }

    @Test
    public void shouldServeEveryScriptAndStyleWhenThePageIncludesThem() throws Exception {
        SandboxClient client = new SandboxClient(server);
        String page = client.get("/plugins/servlet/lodestar/okrs").body();
        java.util.regex.Matcher includes = java.util.regex.Pattern.compile("(?:src|href)=\"(/download/resources/[^\"]+)\"")
                .matcher(page);
        int count = 0;
        while (includes.find()) {
            HttpResponse<String> file = client.get(includes.group(1));
            assertEquals(includes.group(1), 200, file.statusCode());
            assertTrue(includes.group(1), file.body().length() > 100);
            count++;
        }
        assertTrue("scripts and styles on the page: " + count, count >= 5);
        assertEquals(404, client.get("/download/resources/io.lodestar.jira:okr-page-resources/../atlassian-plugin.xml").statusCode());
    }

    @Test
    public void shouldServeTheSettingsFromTheDatabaseAndKeepThemForJiraAdministratorsWhenAliceCallsThem() throws Exception {
        SandboxClient alice = new SandboxClient(server);
        alice.get("/plugins/servlet/lodestar/okrs");

        HttpResponse<String> settings = alice.get(SandboxClient.REST + "/settings");
        HttpResponse<String> change = alice.putJson(SandboxClient.REST + "/settings",
                "{\"storyPointsFieldId\":\"customfield_10002\"}");

        assertEquals(settings.body(), 200, settings.statusCode());
        assertTrue(settings.body(), JSON.readTree(settings.body()).get("storyPointsFieldId").isNull());
        assertEquals("alice administers a project, not Jira", 403, change.statusCode());
    }

    @Test
    public void shouldAnswer401WhenRestIsCalledWithoutASignedInUser() throws Exception {
        HttpResponse<String> cycles = new SandboxClient(server).get(SandboxClient.REST + "/cycles");

        assertEquals(401, cycles.statusCode());
        assertEquals("You are not signed in.", JSON.readTree(cycles.body()).at("/errors/0/message").asText());
    }

    @Test
    public void shouldRefuseAStateChangeWhenItComesAsAFormWithoutTheTokenHeader() throws Exception {
        SandboxClient alice = new SandboxClient(server);
        alice.get("/plugins/servlet/lodestar/okrs");
        String objective = "{\"cycleId\":1,\"title\":\"Forged\",\"owner\":\"alice\",\"level\":\"TEAM\",\"team\":\"ATLAS\"}";

        HttpResponse<String> form = alice.post(SandboxClient.REST + "/objectives", "application/x-www-form-urlencoded", "title=Forged");
        HttpResponse<String> text = alice.post(SandboxClient.REST + "/objectives", "text/plain", objective);

        assertEquals(403, form.statusCode());
        assertEquals(403, text.statusCode());
        assertThat(form.body(), not(containsString("Exception")));
        assertThat(alice.get(SandboxClient.REST + "/cycles/1/okrs").body(), not(containsString("Forged")));
    }

    @Test
    public void shouldHideTheIssuesOfNovaWhenBobCannotBrowseIt() throws Exception {
        SandboxClient alice = new SandboxClient(server);
        alice.get("/");
        SandboxClient bob = new SandboxClient(server);
        HttpResponse<String> switched = bob.switchTo("bob");
        assertThat(switched.body(), containsString("data-current-user=\"bob\""));

        List<String> aliceSees = linkedKeys(alice.get(SandboxClient.REST + "/cycles/1/okrs").body());
        List<String> bobSees = linkedKeys(bob.get(SandboxClient.REST + "/cycles/1/okrs").body());

        assertTrue(aliceSees.toString(), aliceSees.stream().anyMatch(key -> key.startsWith("NOVA-")));
        assertTrue(aliceSees.toString(), aliceSees.stream().anyMatch(key -> key.startsWith("ATLAS-")));
        assertTrue(bobSees.toString(), bobSees.stream().noneMatch(key -> key.startsWith("NOVA-")));
        assertTrue(bobSees.toString(), bobSees.stream().anyMatch(key -> key.startsWith("ATLAS-")));
        assertEquals(404, bob.get(SandboxClient.REST + "/issues/" + aliceSees.stream()
                .filter(key -> key.startsWith("NOVA-")).findFirst().orElseThrow() + "/key-results").statusCode());
    }

    @Test
    public void shouldRefuseTheUserSwitchWhenTheFormTokenIsMissing() throws Exception {
        SandboxClient client = new SandboxClient(server);
        client.get("/");

        HttpResponse<String> forged = client.post("/sandbox/login", "application/x-www-form-urlencoded", "user=bob");

        assertEquals(403, forged.statusCode());
        assertThat(client.get("/").body(), containsString("data-current-user=\"alice\""));
    }

    @Test
    public void shouldSeedACompanyObjectiveAndTeamOkrsWhenTheDatabaseStartsEmpty() throws Exception {
        SandboxClient alice = new SandboxClient(server);
        alice.get("/");
        JsonNode tree = JSON.readTree(alice.get(SandboxClient.REST + "/cycles/1/okrs").body());

        JsonNode company = tree.at("/objectives/0");
        assertEquals("COMPANY", company.get("level").asText());
        assertEquals(2, company.get("children").size());
        JsonNode checkIns = JSON.readTree(alice.get(SandboxClient.REST + "/key-results/"
                + company.at("/keyResults/0/id").asLong() + "/check-ins").body());
        // Weekly, counted back from a day before now, down to the quarter's seventh day (DemoOkrs).
        java.time.Instant first = java.time.LocalDate.parse(tree.at("/cycle/start").asText()).plusDays(6)
                .atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
        java.time.Instant latest = java.time.Instant.now().minus(java.time.Duration.ofDays(1));
        long weeks = latest.isBefore(first) ? 0 : java.time.Duration.between(first, latest).toDays() / 7 + 1;
        assertEquals("one check-in a week since the quarter began", weeks, checkIns.size());
    }

    @Test
    public void shouldMeasureVelocityFromTheDemoSprintsInTheBackgroundWhenMeasuredNow() throws Exception {
        SandboxClient alice = new SandboxClient(server);
        alice.get("/");
        HttpResponse<String> created = alice.postJson(SandboxClient.REST + "/kpis", "{\"name\":\"Velocity under test\","
                + "\"description\":null,\"type\":\"VELOCITY\",\"parameters\":{},\"source\":{\"kind\":\"PROJECT\","
                + "\"value\":\"ATLAS\"},\"frequency\":\"PER_SPRINT\",\"zone\":\"UTC\",\"owner\":\"alice\",\"target\":30,"
                + "\"alertThreshold\":20,\"min\":null,\"max\":null,\"direction\":\"HIGHER_IS_BETTER\",\"kind\":\"GROWING\","
                + "\"actionIfAlert\":null,\"leading\":false}");
        assertEquals(created.body(), 201, created.statusCode());
        long id = JSON.readTree(created.body()).get("id").asLong();

        // issue 14: "Measure now" queues a background run (202); the sandbox's scheduler executes it within seconds.
        HttpResponse<String> queued = alice.postJson(SandboxClient.REST + "/kpi-runs", "{\"kpiId\":" + id + "}");
        assertEquals(queued.body(), 202, queued.statusCode());
        long runId = JSON.readTree(queued.body()).get("id").asLong();
        JsonNode run = JSON.readTree(queued.body());
        for (int polls = 0; !run.get("finished").asBoolean() && polls < 600; polls++) {
            Thread.sleep(100);
            run = JSON.readTree(alice.get(SandboxClient.REST + "/kpi-runs/" + runId).body());
        }
        assertEquals(run.toString(), "DONE", run.get("state").asText());
        assertTrue(run.toString(), run.get("issuesRead").asLong() > 0);
        JsonNode refreshed = JSON.readTree(alice.get(SandboxClient.REST + "/kpis/" + id).body());
        JsonNode sprints = JSON.readTree(alice.get(SandboxClient.REST + "/kpis/" + id + "/sprints").body());

        assertTrue(refreshed.toString(), refreshed.at("/current/value").asDouble() > 0);
        assertEquals("closed sprints of the demo", 24, sprints.size());
        for (JsonNode sprint : sprints) {
            assertTrue(sprint.toString(), sprint.get("completed").asDouble() > 0);
        }
    }

    @Test
    public void shouldCheckInTheKpisValueOnItsKeyResultWhenTheKpiIsMeasured() throws Exception {
        SandboxClient alice = new SandboxClient(server);
        alice.get("/");
        HttpResponse<String> kpi = alice.postJson(SandboxClient.REST + "/kpis", "{\"name\":\"Throughput under test\","
                + "\"description\":null,\"type\":\"THROUGHPUT\",\"parameters\":{},\"source\":{\"kind\":\"PROJECT\","
                + "\"value\":\"ATLAS\"},\"frequency\":\"WEEKLY\",\"zone\":\"UTC\",\"owner\":\"alice\",\"target\":10,"
                + "\"alertThreshold\":2,\"min\":null,\"max\":null,\"direction\":\"HIGHER_IS_BETTER\",\"kind\":\"GROWING\","
                + "\"actionIfAlert\":null,\"leading\":false}");
        assertEquals(kpi.body(), 201, kpi.statusCode());
        long kpiId = JSON.readTree(kpi.body()).get("id").asLong();
        JsonNode cycle = JSON.readTree(alice.get(SandboxClient.REST + "/cycles/1/okrs").body()).get("cycle");
        HttpResponse<String> objective = alice.postJson(SandboxClient.REST + "/objectives", "{\"cycleId\":"
                + cycle.get("id").asLong() + ",\"title\":\"Ship steadily\",\"description\":null,\"owner\":\"\","
                + "\"level\":\"TEAM\",\"team\":\"ATLAS\",\"parentId\":null}");
        assertEquals(objective.body(), 201, objective.statusCode());
        HttpResponse<String> keyResult = alice.postJson(SandboxClient.REST + "/objectives/"
                + JSON.readTree(objective.body()).get("id").asLong() + "/key-results",
                "{\"title\":\"Throughput to 40 a week\",\"kind\":\"KPI\",\"kpiId\":" + kpiId + ",\"start\":0,\"target\":40}");
        assertEquals(keyResult.body(), 201, keyResult.statusCode());
        long keyResultId = JSON.readTree(keyResult.body()).get("id").asLong();

        HttpResponse<String> queued = alice.postJson(SandboxClient.REST + "/kpi-runs", "{\"kpiId\":" + kpiId + "}");
        assertEquals(queued.body(), 202, queued.statusCode());
        JsonNode run = JSON.readTree(queued.body());
        for (int polls = 0; !run.get("finished").asBoolean() && polls < 600; polls++) {
            Thread.sleep(100);
            run = JSON.readTree(alice.get(SandboxClient.REST + "/kpi-runs/" + run.get("id").asLong()).body());
        }
        assertEquals(run.toString(), "DONE", run.get("state").asText());
        JsonNode checkIns = JSON.readTree(alice.get(SandboxClient.REST + "/key-results/" + keyResultId + "/check-ins").body());
        JsonNode history = JSON.readTree(alice.get(SandboxClient.REST + "/kpis/" + kpiId + "/history").body());

        // The open week, and the last closed week when it ended inside the cycle: one check-in each, newest first.
        assertTrue(checkIns.toString(), checkIns.size() >= 1 && checkIns.size() <= 2);
        JsonNode open = history.get(history.size() - 1);
        JsonNode latest = checkIns.get(0);
        assertTrue(latest.toString(), latest.get("automatic").asBoolean());
        assertEquals("lodestar:kpi", latest.get("author").asText());
        assertEquals(open.get("period").asText(), latest.get("kpiPeriod").asText());
        assertEquals(open.get("value").asDouble(), latest.get("value").asDouble(), 0.0);
    }

    @Test
    public void shouldSeedMeasuredKpisWithHistoryWhenTheDatabaseStartsEmpty() throws Exception {
        SandboxClient alice = new SandboxClient(server);
        alice.get("/");
        JsonNode kpis = JSON.readTree(alice.get(SandboxClient.REST + "/kpis").body());

        List<String> seeded = List.of("ATLAS velocity", "NOVA velocity", "ATLAS throughput", "NOVA say/do ratio",
                "ATLAS on-time delivery", "NOVA on-time delivery");
        int found = 0;
        for (JsonNode kpi : kpis) {
            if (!seeded.contains(kpi.get("name").asText()) || kpi.get("id").asLong() > seeded.size()) {
                continue;
            }
            found++;
            assertEquals(kpi.get("name").asText(), kpi.get("name").asText().split(" ")[0], kpi.get("team").asText());
            JsonNode history = JSON.readTree(alice.get(SandboxClient.REST + "/kpis/" + kpi.get("id").asLong() + "/history").body());
            assertTrue(kpi.get("name") + ": " + history, history.size() >= 6);
            assertTrue(kpi.get("name") + ": " + kpi.get("current"), kpi.at("/current/value").isNumber());
        }
        assertEquals(kpis.toString(), seeded.size(), found);
    }

    @Test
    public void shouldListOnlyNovasSeededKpisWhenKpisAreFilteredByTeam() throws Exception {
        SandboxClient alice = new SandboxClient(server);
        alice.get("/");

        JsonNode nova = JSON.readTree(alice.get(SandboxClient.REST + "/kpis?team=NOVA").body());

        List<String> names = new ArrayList<>();
        for (JsonNode kpi : nova) {
            assertEquals(kpi.toString(), "NOVA", kpi.get("team").asText());
            names.add(kpi.get("name").asText());
        }
        assertTrue(names.toString(), names.containsAll(List.of("NOVA velocity", "NOVA say/do ratio", "NOVA on-time delivery")));
    }

    static List<String> linkedKeys(String tree) throws Exception {
        List<String> keys = new ArrayList<>();
        for (JsonNode link : JSON.readTree(tree).findValues("links")) {
            link.forEach(issue -> keys.add(issue.get("key").asText()));
        }
        return keys;
    }
}
