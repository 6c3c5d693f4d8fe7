package io.lodestar.sandbox.server;

import static org.junit.Assert.assertEquals;

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

    private static SandboxServer start(Path data) throws Exception {
        return SandboxServer.start(new SandboxServer.Settings(0, null, data, Clock.systemUTC()));
    }
}
