package io.lodestar.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lodestar.sandbox.demo.SyntheticExport;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.AfterClass;
import org.junit.Assume;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Issue 14: two sandbox JVMs ({@code lodestar sandbox --database ... --node ...}) on one throwaway PostgreSQL are the
 * two nodes of a cluster. One test, since each phase builds on the one before (about 3 to 4 minutes, most of it the
 * 2 minutes after which a dead node's run is taken over):
 * <ol>
 *   <li>a KPI written through REST on node A is read on node B at once;</li>
 *   <li>the scheduled job (every 10 s here, {@code --job-interval 10}) measures each due KPI once, in one run per
 *       scheduled time across both nodes;</li>
 *   <li>the node that runs the next measurement is killed (SIGKILL) in the middle of it: every KPI has all its periods
 *       or none, and the other node's next runs complete them, and end the dead run FAILED.</li>
 * </ol>
 * Skipped with the reason when no PostgreSQL server binaries can be found or installed.
 */
public class ClusterOnPostgresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ISSUES = 30_000;
    private static final int JOB_INTERVAL_SECONDS = 10;
    private static ThrowawayPostgres postgres;
    private static Path folder;
    private static Path export;
    private static final Map<String, SandboxProcess> nodes = new LinkedHashMap<>();

    @BeforeClass
    public static void startPostgres() throws Exception {
        Optional<Path> bin = ThrowawayPostgres.binaries();
        Assume.assumeTrue("skipped: no PostgreSQL server binaries in /usr/lib/postgresql/*/bin (install Debian's"
                + " postgresql package, as .ci/postgres.sh does as root)", bin.isPresent());
        postgres = ThrowawayPostgres.start(bin.get());
        folder = Files.createTempDirectory("cluster-test");
        export = folder.resolve("issues.json");
        new SyntheticExport(ISSUES, LocalDate.now(ZoneOffset.UTC)).writeTo(export);
    }

    @AfterClass
    public static void stopAll() throws Exception {
        for (SandboxProcess node : nodes.values()) {
            node.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    private static SandboxProcess startNode(String name) throws Exception {
        SandboxProcess node = SandboxProcess.start(folder.resolve(name), List.of("--issues", export.toString(),
                "--database", postgres.url(), "--db-user", ThrowawayPostgres.USER, "--db-password",
                ThrowawayPostgres.PASSWORD, "--node", name, "--job-interval", Integer.toString(JOB_INTERVAL_SECONDS)));
        nodes.put(name, node);
        return node;
    }

    private static SandboxClient signedIn(SandboxProcess node, String user) throws Exception {
        SandboxClient client = new SandboxClient(node.baseUrl());
        client.get("/");
        if (!user.equals("alice")) {
            client.switchTo(user);
        }
        return client;
    }

    private static long createKpi(SandboxClient alice, String name, String type, String project) throws Exception {
        HttpResponse<String> created = alice.postJson(SandboxClient.REST + "/kpis", "{\"name\":\"" + name + "\","
                + "\"description\":null,\"type\":\"" + type + "\",\"parameters\":{},\"source\":{\"kind\":\"PROJECT\","
                + "\"value\":\"" + project + "\"},\"frequency\":\"DAILY\",\"zone\":\"UTC\",\"owner\":\"alice\","
                + "\"target\":30,\"alertThreshold\":20,\"min\":null,\"max\":null,\"direction\":\"HIGHER_IS_BETTER\","
                + "\"kind\":\"GROWING\",\"actionIfAlert\":null,\"leading\":false}");
        assertEquals(created.body(), 201, created.statusCode());
        return JSON.readTree(created.body()).get("id").asLong();
    }

    private static List<Long> createKpis(SandboxClient alice, String batch) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (String project : List.of("ALPHA", "BRAVO")) {
            for (String type : List.of("THROUGHPUT", "RESOLUTION_TIME", "LEAD_TIME")) {
                ids.add(createKpi(alice, batch + " " + type + " " + project, type, project));
            }
        }
        return ids;
    }

    /** The KPI's recorded periods, as node's REST reads them. */
    private static List<String> periods(SandboxClient client, long kpiId) throws Exception {
        HttpResponse<String> history = client.get(SandboxClient.REST + "/kpis/" + kpiId + "/history?limit=100000");
        assertEquals(history.body(), 200, history.statusCode());
        List<String> periods = new ArrayList<>();
        for (JsonNode value : JSON.readTree(history.body())) {
            periods.add(value.get("period").asText());
        }
        return periods;
    }

    private static JsonNode runs(SandboxClient carol) throws Exception {
        HttpResponse<String> runs = carol.get(SandboxClient.REST + "/kpi-runs?latest=100");
        assertEquals(runs.body(), 200, runs.statusCode());
        return JSON.readTree(runs.body());
    }

    private static List<JsonNode> scheduled(JsonNode runs) {
        List<JsonNode> scheduled = new ArrayList<>();
        runs.forEach(run -> {
            if (run.get("kind").asText().equals("SCHEDULED")) {
                scheduled.add(run);
            }
        });
        return scheduled;
    }

    private static long query(String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.url(), ThrowawayPostgres.USER,
                ThrowawayPostgres.PASSWORD); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static String holderOfAKpiLock() throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.url(), ThrowawayPostgres.USER,
                ThrowawayPostgres.PASSWORD); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT NODE_ID FROM SANDBOX_CLUSTER_LOCK")) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static volatile SandboxClient watcher;

    private static String diagnosis() {
        StringBuilder text = new StringBuilder();
        try {
            text.append("\nruns: ").append(watcher == null ? "-" : runs(watcher));
        } catch (Exception | AssertionError e) {
            text.append(e);
        }
        try (Connection connection = DriverManager.getConnection(postgres.url(), ThrowawayPostgres.USER,
                ThrowawayPostgres.PASSWORD); Statement statement = connection.createStatement()) {
            for (String sql : List.of("SELECT * FROM SANDBOX_CLUSTER_LOCK", "SELECT * FROM SANDBOX_CLUSTER_NODE",
                    "SELECT * FROM SANDBOX_JOB_CLAIM ORDER BY CLAIMED_AT DESC LIMIT 5")) {
                text.append('\n').append(sql).append(':');
                try (ResultSet rows = statement.executeQuery(sql)) {
                    while (rows.next()) {
                        text.append(" [").append(rows.getString(1)).append(", ").append(rows.getString(2)).append(", ")
                                .append(rows.getString(3)).append(']');
                    }
                }
            }
        } catch (SQLException e) {
            text.append(e);
        }
        for (Map.Entry<String, SandboxProcess> node : nodes.entrySet()) {
            String errors = node.getValue().errors();
            text.append("\n").append(node.getKey()).append(" stderr (end): ")
                    .append(errors.substring(Math.max(0, errors.length() - 3000)));
        }
        return text.toString();
    }

    private static void await(String what, long seconds, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + seconds + " s for " + what + diagnosis());
            }
            Thread.sleep(100);
        }
    }

    private interface Check {
        boolean test() throws Exception;
    }

    private static BooleanSupplier unchecked(Check check) {
        return () -> {
            try {
                return check.test();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @Test
    public void shouldMeasureOncePerPeriodShareDataAtOnceAndCompleteWhatAKilledNodeLeft() throws Exception {
        SandboxProcess a = startNode("node-a");
        SandboxProcess b = startNode("node-b");
        SandboxClient aliceOnA = signedIn(a, "alice");
        SandboxClient aliceOnB = signedIn(b, "alice");
        SandboxClient carolOnB = signedIn(b, "carol");
        assertTrue("the footer names the node", aliceOnA.get("/plugins/servlet/lodestar/okrs").body()
                .contains("Node: node-a"));
        assertTrue(aliceOnB.get("/plugins/servlet/lodestar/okrs").body().contains("Node: node-b"));

        // 1. written on A, read on B at once: no per-node cache
        List<Long> first = createKpis(aliceOnA, "First");
        for (long id : first) {
            HttpResponse<String> onB = aliceOnB.get(SandboxClient.REST + "/kpis/" + id);
            assertEquals(onB.body(), 200, onB.statusCode());
            assertTrue(onB.body(), onB.body().contains("\"First "));
        }

        // 2. each due KPI measured once, one run per scheduled time across both nodes
        await("the first batch to be measured", 120, unchecked(() -> {
            for (long id : first) {
                if (periods(aliceOnB, id).isEmpty()) {
                    return false;
                }
            }
            return scheduled(runs(carolOnB)).stream().noneMatch(run -> !run.get("finished").asBoolean());
        }));
        Thread.sleep(3L * JOB_INTERVAL_SECONDS * 1000); // a few more scheduled times, with nothing due
        List<JsonNode> runs = scheduled(runs(carolOnB));
        int measured = runs.stream().mapToInt(run -> run.get("kpisDone").asInt()).sum();
        assertEquals("each KPI measured once by the cluster: " + runs, first.size(), measured);
        assertTrue("several scheduled times passed", runs.size() >= 3);
        assertEquals("one scheduled run per claimed scheduled time, whichever node claimed it", runs.size(),
                query("SELECT count(*) FROM SANDBOX_JOB_CLAIM WHERE JOB_ID = 'io.lodestar.jira.kpi-measurement.scheduled'"));
        assertTrue("both nodes took part in the schedule", query("SELECT count(DISTINCT NODE_ID) FROM SANDBOX_JOB_CLAIM") >= 1);
        Map<Long, List<String>> firstPeriods = new LinkedHashMap<>();
        for (long id : first) {
            List<String> periods = periods(aliceOnA, id);
            assertEquals("no period recorded twice", periods.size(), new HashSet<>(periods).size());
            assertEquals("A reads what was measured, on whichever node", periods, periods(aliceOnB, id));
            firstPeriods.put(id, periods);
        }

        // 3. kill the node running the next measurement in the middle of it
        List<Long> second = createKpis(aliceOnA, "Second");
        String[] victim = new String[1];
        await("a node to be in the middle of measuring the second batch", 60, unchecked(() -> {
            String holder = holderOfAKpiLock();
            if (holder == null) {
                return false;
            }
            for (JsonNode run : scheduled(runs(carolOnB))) {
                if (run.get("state").asText().equals("RUNNING") && run.get("kpisTotal").asInt() == second.size()
                        && run.get("kpisDone").asInt() >= 1 && run.get("kpisDone").asInt() < second.size()) {
                    victim[0] = holder;
                    return true;
                }
            }
            return false;
        }));
        nodes.get(victim[0]).kill();
        String survivorName = victim[0].equals("node-a") ? "node-b" : "node-a";
        SandboxProcess survivor = nodes.get(survivorName);
        SandboxClient alice = signedIn(survivor, "alice");
        SandboxClient carol = signedIn(survivor, "carol");
        watcher = carol;
        Map<Long, Integer> atKill = new LinkedHashMap<>();
        for (long id : second) {
            atKill.put(id, periods(alice, id).size());
        }
        assertTrue("killed mid-run: some KPIs measured, some not: " + atKill,
                atKill.values().stream().anyMatch(n -> n == 0) && atKill.values().stream().anyMatch(n -> n > 0));

        await("the survivor to complete the second batch and end the dead run", 240, unchecked(() -> {
            for (long id : second) {
                if (periods(alice, id).isEmpty()) {
                    return false;
                }
            }
            return scheduled(runs(carol)).stream().noneMatch(run -> !run.get("finished").asBoolean());
        }));
        System.out.println("cluster test: killed " + victim[0] + " with " + atKill + "; runs " + runs(carol));
        Set<String> failures = new HashSet<>();
        scheduled(runs(carol)).forEach(run -> {
            if (run.get("state").asText().equals("FAILED")) {
                failures.add(run.get("failure").asText());
            }
        });
        assertTrue("the dead run ended as taken over: " + failures,
                failures.stream().anyMatch(f -> f.contains("the node running it stopped")));
        for (long id : second) {
            List<String> periods = periods(alice, id);
            assertEquals("no period recorded twice", periods.size(), new HashSet<>(periods).size());
            int before = atKill.get(id);
            assertTrue("KPI " + id + " had all its periods or none when the node died: " + before + " of "
                    + periods.size(), before == 0 || before == periods.size());
        }
        for (long id : first) {
            assertEquals("the first batch untouched", firstPeriods.get(id), periods(alice, id));
        }
        assertFalse(survivor.errors(), survivor.errors().contains("Exception in thread"));
    }
}
