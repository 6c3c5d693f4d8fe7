package io.lodestar.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.Test;

/** The sandbox's data lives in its data folder: a restart on the same folder finds it, unseeded twice. */
public class SandboxRestartTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    public void shouldKeepAnObjectiveWhenRestartedOnTheSameDataFolder() throws Exception {
        Path data = Files.createTempDirectory("sandbox-restart");
        long id;
        int cycles;
        try (SandboxServer first = start(data)) {
            SandboxClient alice = new SandboxClient(first);
            alice.get("/");
            HttpResponse<String> created = alice.postJson(SandboxClient.REST + "/objectives",
                    "{\"cycleId\":1,\"title\":\"Survive a restart\",\"description\":null,\"owner\":\"alice\","
                            + "\"level\":\"TEAM\",\"team\":\"ATLAS\",\"parentId\":null}");
            assertEquals(created.body(), 201, created.statusCode());
            id = JSON.readTree(created.body()).get("id").asLong();
            cycles = JSON.readTree(alice.get(SandboxClient.REST + "/cycles").body()).size();
        }
        try (SandboxServer second = start(data)) {
            SandboxClient alice = new SandboxClient(second);
            alice.get("/");
            HttpResponse<String> objective = alice.get(SandboxClient.REST + "/objectives/" + id);
            JsonNode tree = JSON.readTree(alice.get(SandboxClient.REST + "/cycles/1/okrs").body());

            assertEquals(200, objective.statusCode());
            assertEquals("Survive a restart", JSON.readTree(objective.body()).get("title").asText());
            assertEquals(cycles, JSON.readTree(alice.get(SandboxClient.REST + "/cycles").body()).size());
            assertEquals("the company objective, seeded once", 1, tree.findValues("level").stream()
                    .filter(level -> level.asText().equals("COMPANY")).count());
        }
    }

    @Test
    public void shouldServeARealExportWithTheCurrentQuarterWhenGivenIssues() throws Exception {
        Path export = Path.of(System.getProperty("lodestar.datasets", "../../shared/datasets"),
                "jira-public-2015", "apache-2015-search.json");
        org.junit.Assume.assumeTrue("dataset missing: " + export, Files.isRegularFile(export));
        try (SandboxServer server = SandboxServer.start(new SandboxServer.Settings(0, export,
                Files.createTempDirectory("sandbox-export"), Clock.systemUTC()))) {
            SandboxClient alice = new SandboxClient(server);
            HttpResponse<String> page = alice.get("/");
            JsonNode cycles = JSON.readTree(alice.get(SandboxClient.REST + "/cycles").body());

            assertEquals(501, server.issueCount());
            assertEquals(200, page.statusCode());
            assertEquals(1, cycles.size());
            assertEquals(0, JSON.readTree(alice.get(SandboxClient.REST + "/cycles/" + cycles.get(0).get("id").asLong()
                    + "/okrs").body()).get("objectives").size());
        }
    }

    @Test
    public void shouldReadTheExportsFieldsAsLodestarKpiDoesWhenFieldOptionsAreGiven() throws Exception {
        // the agile board endpoint's shape: closedSprints and epic fields, story points only by the id given
        Path export = Path.of(SandboxRestartTest.class.getResource("/exports/agile-board.json").toURI());
        try (SandboxServer server = SandboxServer.start(new SandboxServer.Settings(0, export,
                Files.createTempDirectory("sandbox-fields"), Clock.systemUTC(),
                new io.lodestar.sandbox.export.ExportFields.Chosen("customfield_10002", null, null)))) {
            String issueView = new SandboxClient(server).get("/browse/KAN-1").body();

            assertEquals(6, server.issueCount());
            assertTrue(server.fieldsNote(), server.fieldsNote().startsWith("fields: story points = customfield_10002,"
                    + " given by option; sprints = the agile API's sprint and closedSprints fields; epic link = the agile"
                    + " API's epic field"));
            assertTrue(issueView, issueView.contains("data-test=\"issue-view-points\">3</dd>"));
            assertTrue(issueView, issueView.contains("data-test=\"issue-view-epic\">KAN-5</a>"));
        }
    }

    private static SandboxServer start(Path data) throws Exception {
        return SandboxServer.start(new SandboxServer.Settings(0, null, data, Clock.systemUTC()));
    }
}
