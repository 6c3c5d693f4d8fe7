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

    private static SandboxServer start(Path data) throws Exception {
        return SandboxServer.start(new SandboxServer.Settings(0, null, data, Clock.systemUTC()));
    }
}
