package io.lodestar.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lodestar.sandbox.host.software.SandboxBoards;
import io.lodestar.sandbox.host.software.SandboxJiraSoftware;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * A Jira Software board as a KPI's data source in the sandbox (issue 14): the app finds the sandbox's boards through
 * {@code ComponentAccessor}, reads the board's saved filter and last column, and the "board's last column" done rule
 * counts what that column holds, not the Done category.
 */
public class BoardKpiSandboxTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static Path data;
    private static SandboxServer server;

    @BeforeClass
    public static void start() throws Exception {
        data = Files.createTempDirectory("sandbox-board-test");
        server = SandboxServer.start(new SandboxServer.Settings(0, null, data, Clock.systemUTC()));
    }

    @AfterClass
    public static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static String velocity(String source, String parameters) {
        return "{\"name\":\"Board velocity\",\"description\":null,\"type\":\"VELOCITY\",\"parameters\":" + parameters
                + ",\"source\":" + source + ",\"frequency\":\"PER_SPRINT\",\"zone\":\"UTC\",\"owner\":\"alice\","
                + "\"target\":30,\"alertThreshold\":20,\"min\":null,\"max\":null,\"direction\":\"HIGHER_IS_BETTER\","
                + "\"kind\":\"GROWING\",\"actionIfAlert\":null,\"leading\":false}";
    }

    private static long create(SandboxClient alice, String body) throws Exception {
        HttpResponse<String> created = alice.postJson(SandboxClient.REST + "/kpis", body);
        assertEquals(created.body(), 201, created.statusCode());
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private static double completed(SandboxClient alice, long id) throws Exception {
        HttpResponse<String> answer = alice.get(SandboxClient.REST + "/kpis/" + id + "/sprints");
        assertEquals(answer.body(), 200, answer.statusCode());
        JsonNode sprints = JSON.readTree(answer.body());
        assertTrue(answer.body(), sprints.size() > 0);
        double sum = 0;
        for (JsonNode sprint : sprints) {
            sum += sprint.get("completed").asDouble();
        }
        return sum;
    }

    @Test
    public void shouldMeasureABoardKpiByItsLastColumnAndRefuseTheRuleWithoutABoard() throws Exception {
        SandboxBoards boards = SandboxJiraSoftware.boards();
        SandboxBoards.Board atlas = boards.all().stream().filter(board -> board.projectKey().equals("ATLAS"))
                .findFirst().orElseThrow();
        SandboxClient alice = new SandboxClient(server);
        alice.get("/");
        String board = "{\"kind\":\"BOARD\",\"value\":\"" + atlas.id() + "\"}";
        long byCategory = create(alice, velocity(board, "{}"));
        long byLastColumn = create(alice, velocity(board, "{\"doneRule\":\"BOARD_LAST_COLUMN\"}"));

        // The demo board's last column holds the Done-category statuses: both rules agree.
        double category = completed(alice, byCategory);
        assertTrue(category > 0);
        assertEquals(category, completed(alice, byLastColumn), 1e-9);

        // Measured in the background like any KPI ("Measure now").
        HttpResponse<String> queued = alice.postJson(SandboxClient.REST + "/kpi-runs", "{\"kpiId\":" + byLastColumn + "}");
        assertEquals(queued.body(), 202, queued.statusCode());
        JsonNode run = JSON.readTree(queued.body());
        for (int polls = 0; !run.get("finished").asBoolean() && polls < 600; polls++) {
            Thread.sleep(100);
            run = JSON.readTree(alice.get(SandboxClient.REST + "/kpi-runs/" + run.get("id").asLong()).body());
        }
        assertEquals(run.toString(), "DONE", run.get("state").asText());
        assertTrue(run.toString(), run.get("issuesRead").asLong() > 0);

        // A board whose last column holds none of the Done-category statuses the issues are in: under the
        // last-column rule those issues are not completed; the status-category rule still counts them.
        SandboxJiraSoftware.replaceBoards(boards.withLastColumn(atlas.id(), Set.of("999999")));
        try {
            assertEquals(0.0, completed(alice, byLastColumn), 1e-9);
            assertEquals(category, completed(alice, byCategory), 1e-9);
        } finally {
            SandboxJiraSoftware.replaceBoards(boards);
        }

        HttpResponse<String> refused = alice.postJson(SandboxClient.REST + "/kpis",
                velocity("{\"kind\":\"PROJECT\",\"value\":\"ATLAS\"}", "{\"doneRule\":\"BOARD_LAST_COLUMN\"}"));
        assertEquals(refused.body(), 400, refused.statusCode());
        assertEquals("kpi.formula.doneRule", JSON.readTree(refused.body()).at("/errors/0/field").asText());
    }

    @Test
    public void shouldEstimateABoardKpiAsTheBoardDoesWithItsFieldOrByCountingIssues() throws Exception {
        SandboxBoards boards = SandboxJiraSoftware.boards();
        SandboxBoards.Board atlas = boards.all().stream().filter(board -> board.projectKey().equals("ATLAS"))
                .findFirst().orElseThrow();
        SandboxClient alice = new SandboxClient(server);
        alice.get("/");
        long project = create(alice, velocity("{\"kind\":\"PROJECT\",\"value\":\"ATLAS\"}", "{}"));
        long board = create(alice, velocity("{\"kind\":\"BOARD\",\"value\":\"" + atlas.id() + "\"}", "{}"));

        // The demo board estimates with Story Points, the settings' field too: the same velocity.
        double points = completed(alice, project);
        assertEquals(points, completed(alice, board), 1e-9);

        SandboxJiraSoftware.replaceBoards(boards.withEstimation(atlas.id(), null));
        try {
            double issues = completed(alice, board);
            assertEquals("an issue count is whole", Math.rint(issues), issues, 1e-9);
            assertTrue(issues > 0 && issues < points);
            assertEquals("the project KPI keeps the settings' field", points, completed(alice, project), 1e-9);
        } finally {
            SandboxJiraSoftware.replaceBoards(boards);
        }
    }
}
