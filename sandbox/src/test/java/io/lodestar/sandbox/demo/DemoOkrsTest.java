package io.lodestar.sandbox.demo;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lodestar.sandbox.server.SandboxServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.Test;

/** The demo OKRs as a fresh sandbox seeds them, read back through the REST API. */
public class DemoOkrsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * 9:00 on a Wednesday that is a weekly check-in day of the demo (the quarter began on Thursday 1 October, the
     * first check-in came six days later): seeded at 16:30 of each such day, the latest lay seven hours ahead.
     */
    @Test
    public void shouldSeedEveryCheckInBeforeNowWhenStartedEarlyOnACheckInDay() throws Exception {
        Instant now = Instant.parse("2026-11-04T09:00:00Z");
        try (SandboxServer server = SandboxServer.start(new SandboxServer.Settings(0, null,
                Files.createTempDirectory("demo-okrs"), Clock.fixed(now, ZoneOffset.UTC)))) {
            HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            get(http, server.baseUrl() + "/plugins/servlet/lodestar/okrs");
            JsonNode cycles = json(get(http, server.baseUrl() + "/rest/lodestar/1.0/cycles"));
            JsonNode tree = json(get(http, server.baseUrl() + "/rest/lodestar/1.0/cycles/" + cycles.get(0).get("id").asLong()
                    + "/okrs"));
            JsonNode nps = tree.get("objectives").get(0).get("keyResults").get(0);
            JsonNode checkIns = json(get(http, server.baseUrl() + "/rest/lodestar/1.0/key-results/" + nps.get("id").asLong()
                    + "/check-ins"));

            assertFalse(checkIns.isEmpty());
            Instant latest = Instant.parse(checkIns.get(0).get("at").asText());
            assertTrue(latest + " is not before " + now, latest.isBefore(now));
            assertEquals(Instant.parse("2026-11-03T09:00:00Z"), latest);
            checkIns.forEach(checkIn -> assertTrue(checkIn.get("at").asText(),
                    Instant.parse(checkIn.get("at").asText()).isBefore(now)));
        }
    }

    private static String get(HttpClient http, String url) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(url + ": " + response.body(), 200, response.statusCode());
        return response.body();
    }

    private static JsonNode json(String body) throws Exception {
        return JSON.readTree(body);
    }
}
