package io.lodestar.sandbox.server;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lodestar.jira.persistence.CheckInEntity;
import io.lodestar.jira.persistence.EditTokenEntity;
import io.lodestar.jira.persistence.EditTokens;
import io.lodestar.jira.persistence.KeyResultEntity;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.Test;

/**
 * A write the sandbox answered 2xx survives a crash. A sandbox in a process of its own takes a burst of writes from
 * several clients at once (objectives, their key results, check-ins, KPI edits), is killed with SIGKILL while they are
 * still writing (right after one more write was answered, the moment a write-behind database loses most), and is
 * started again on the same data folder: every acknowledged write must be there, and nothing may be half-written (a
 * key result without its objective, a check-in without its key result, a record whose edit token is not at its
 * version). A write that was sent but never answered may or may not be there.
 *
 * <p>With H2's default write delay (500 ms) this loses every write acknowledged in the last half second before the
 * kill; see {@code SandboxDatabase} for the setting that makes a commit reach the file before the answer is sent.
 */
public class SandboxCrashTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int WRITERS = 4;
    private static final long BURST_MILLIS = 3_000;
    /** Fewer acknowledged writes than this and the burst proved nothing: on a slow machine it goes on until there. */
    private static final int ENOUGH_WRITES = 40;

    @Test
    public void shouldKeepEveryAcknowledgedWriteWhenKilledDuringABurstOfWrites() throws Exception {
        Path data = Files.createTempDirectory("sandbox-crash");
        Acknowledged acknowledged = new Acknowledged();
        long cycleId;
        try (SandboxProcess first = SandboxProcess.start(data)) {
            SandboxClient alice = signedIn(first.baseUrl());
            cycleId = openCycle(alice);
            List<Thread> threads = new ArrayList<>();
            AtomicBoolean stop = new AtomicBoolean();
            for (int n = 0; n < WRITERS; n++) {
                Writer writer = new Writer(n, signedIn(first.baseUrl()), cycleId, acknowledged, stop);
                threads.add(new Thread(writer, "writer-" + n));
            }
            threads.forEach(Thread::start);
            Thread.sleep(BURST_MILLIS);
            long slowest = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (acknowledged.count() < ENOUGH_WRITES && acknowledged.refusals.isEmpty()
                    && System.nanoTime() < slowest) {
                Thread.sleep(100);
            }
            // The worst moment for a write-behind database: right after a write was answered, by the writer that got
            // the answer, so that no other thread has to wake up first.
            CountDownLatch killed = new CountDownLatch(1);
            acknowledged.killOnNextAnswer.set(() -> {
                first.killNow();
                killed.countDown();
            });
            assertTrue("no write was answered after the burst; refused: " + acknowledged.refusals,
                    killed.await(30, TimeUnit.SECONDS));

            int exit = first.kill();
            stop.set(true);
            for (Thread thread : threads) {
                thread.join(30_000);
            }

            assertEquals("killed by SIGKILL (128 + 9)", 137, exit);
            assertFalse("no shutdown hook ran", first.errors().contains("lodestar sandbox: stopped"));
        }
        assertTrue("answers that were not 2xx: " + acknowledged.refusals, acknowledged.refusals.isEmpty());
        assertTrue("only " + acknowledged.count() + " writes were acknowledged", acknowledged.count() >= ENOUGH_WRITES);

        try (SandboxProcess second = SandboxProcess.start(data)) {
            SandboxClient alice = signedIn(second.baseUrl());
            List<JsonNode> objectives = JSON.readTree(ok(alice.get(SandboxClient.REST + "/cycles/" + cycleId + "/okrs")))
                    .findParents("keyResults");
            List<String> lost = lost(alice, objectives, acknowledged);
            System.out.println("SandboxCrashTest: " + acknowledged.count() + " writes acknowledged before SIGKILL ("
                    + acknowledged.summary() + "), " + lost.size() + " lost");

            assertTrue(lost.size() + " of " + acknowledged.count() + " acknowledged writes were lost, e.g. "
                    + lost.subList(0, Math.min(lost.size(), 10)), lost.isEmpty());
            for (JsonNode objective : objectives) {
                String title = objective.get("title").asText();
                if (title.startsWith("Crash ")) {
                    // Answered or not, an objective is all there: the fields of one write, with its key results.
                    assertEquals("objective " + objective.get("id"), "whole: " + title,
                            objective.get("description").asText());
                    objective.get("keyResults").forEach(kr -> assertEquals("key result " + kr.get("id"),
                            "KR of " + title, kr.get("title").asText()));
                }
            }
            second.stop();
        }
        assertNothingHalfWritten(data);
    }

    /** The acknowledged writes that the restarted sandbox does not show as answered. */
    private static List<String> lost(SandboxClient alice, List<JsonNode> tree, Acknowledged acknowledged)
            throws Exception {
        Map<Long, JsonNode> objectives = new HashMap<>();
        Map<Long, JsonNode> keyResults = new HashMap<>();
        for (JsonNode objective : tree) {
            objectives.put(objective.get("id").asLong(), objective);
            objective.get("keyResults").forEach(kr -> keyResults.put(kr.get("id").asLong(), kr));
        }
        List<String> lost = new ArrayList<>();
        acknowledged.objectives.forEach((id, title) -> {
            JsonNode found = objectives.get(id);
            if (found == null || !found.get("title").asText().equals(title)) {
                lost.add("objective " + id + " '" + title + "'");
            }
        });
        acknowledged.keyResults.forEach((id, written) -> {
            JsonNode found = keyResults.get(id);
            if (found == null || found.get("objectiveId").asLong() != written.objectiveId()
                    || !found.get("title").asText().equals(written.title())) {
                lost.add("key result " + id + " of objective " + written.objectiveId());
            }
        });
        Map<Long, Map<Long, String>> notesByKeyResult = new HashMap<>();
        for (Map.Entry<Long, CheckInWrite> checkIn : acknowledged.checkIns.entrySet()) {
            long keyResultId = checkIn.getValue().keyResultId();
            Map<Long, String> notes = notesByKeyResult.get(keyResultId);
            if (notes == null) {
                notes = new HashMap<>();
                HttpResponse<String> list = alice.get(SandboxClient.REST + "/key-results/" + keyResultId + "/check-ins");
                if (list.statusCode() == 200) {
                    for (JsonNode found : JSON.readTree(list.body())) {
                        notes.put(found.get("id").asLong(), found.get("note").asText());
                    }
                }
                notesByKeyResult.put(keyResultId, notes);
            }
            if (!checkIn.getValue().note().equals(notes.get(checkIn.getKey()))) {
                lost.add("check-in " + checkIn.getKey() + " of key result " + keyResultId);
            }
        }
        for (Map.Entry<Long, KpiWrite> edit : acknowledged.kpis.entrySet()) {
            JsonNode found = JSON.readTree(ok(alice.get(SandboxClient.REST + "/kpis/" + edit.getKey())));
            long version = found.get("version").asLong();
            // An edit sent after the last answered one may have landed too: then the KPI is further on, never behind.
            if (version < edit.getValue().version()
                    || version == edit.getValue().version() && !found.get("name").asText().equals(edit.getValue().name())) {
                lost.add("KPI " + edit.getKey() + " edit to version " + edit.getValue().version() + " (found "
                        + version + ")");
            }
        }
        return lost;
    }

    /**
     * Reads the stopped sandbox's database directly: each write is one transaction of several rows (a record and its
     * edit token; a key result only next to its objective), so a torn recovery would show here.
     */
    private static void assertNothingHalfWritten(Path data) throws SQLException {
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("lodestar"),
                "sa", "")) {
            String objectives = table(db, "OBJECTIVE");
            String keyResults = table(db, "KEY_RESULT");
            String checkIns = table(db, "CHECK_IN");
            String kpis = table(db, "KPI_DEF");
            String tokens = table(db, "EDIT_TOKEN");

            assertEquals("key results without their objective", 0, count(db, "SELECT COUNT(*) FROM " + keyResults
                    + " k WHERE NOT EXISTS (SELECT 1 FROM " + objectives + " o WHERE o.ID = k."
                    + KeyResultEntity.OBJECTIVE_ID + ")"));
            assertEquals("check-ins without their key result", 0, count(db, "SELECT COUNT(*) FROM " + checkIns
                    + " c WHERE NOT EXISTS (SELECT 1 FROM " + keyResults + " k WHERE k.ID = c."
                    + CheckInEntity.KEY_RESULT_ID + ")"));
            assertEquals("objectives whose edit token is not at their version", 0,
                    untokened(db, objectives, tokens, EditTokens.OBJECTIVE));
            assertEquals("key results whose edit token is not at their version", 0,
                    untokened(db, keyResults, tokens, EditTokens.KEY_RESULT));
            // "kpi" is AoKpiStore's token kind (package-private there).
            assertEquals("KPIs whose edit token is not at their version", 0, untokened(db, kpis, tokens, "kpi"));
        }
    }

    private static int untokened(Connection db, String table, String tokens, String kind) throws SQLException {
        return count(db, "SELECT COUNT(*) FROM " + table + " r WHERE NOT EXISTS (SELECT 1 FROM " + tokens + " t WHERE t."
                + EditTokenEntity.RECORD_KEY + " = CONCAT('" + kind + ":', r.ID) AND t." + EditTokenEntity.VERSION
                + " = r.VERSION)");
    }

    /** The AO table of an entity's {@code @Table} name: {@code AO_XXXXXX_NAME}, the prefix taken from the namespace. */
    private static String table(Connection db, String name) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("SELECT TABLE_NAME FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_NAME LIKE 'AO!_______!_' || ? ESCAPE '!'")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                assertTrue("no table " + name, rows.next());
                return '"' + rows.getString(1) + '"';
            }
        }
    }

    private static int count(Connection db, String sql) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static SandboxClient signedIn(String baseUrl) throws IOException, InterruptedException {
        SandboxClient client = new SandboxClient(baseUrl);
        client.get("/");
        return client;
    }

    private static long openCycle(SandboxClient alice) throws IOException, InterruptedException {
        for (JsonNode cycle : JSON.readTree(ok(alice.get(SandboxClient.REST + "/cycles")))) {
            if (!cycle.get("closed").asBoolean()) {
                return cycle.get("id").asLong();
            }
        }
        throw new AssertionError("the sandbox seeded no open cycle");
    }

    private static String ok(HttpResponse<String> response) {
        assertEquals(response.body(), 200, response.statusCode());
        return response.body();
    }

    /** One HTTP call of a writer; it throws when the sandbox is gone. */
    private interface SandboxCall {
        HttpResponse<String> send() throws IOException, InterruptedException;
    }

    private record KeyResultWrite(long objectiveId, String title) {
    }

    private record CheckInWrite(long keyResultId, String note) {
    }

    private record KpiWrite(long version, String name) {
    }

    /** Every write answered 2xx, with the id it was answered with; filled by all writers at once. */
    private static final class Acknowledged {
        final Map<Long, String> objectives = new ConcurrentHashMap<>();
        final Map<Long, KeyResultWrite> keyResults = new ConcurrentHashMap<>();
        final Map<Long, CheckInWrite> checkIns = new ConcurrentHashMap<>();
        /** Per KPI, its latest answered version (each KPI has one writer, which edits it in turn). */
        final Map<Long, KpiWrite> kpis = new ConcurrentHashMap<>();
        final AtomicInteger kpiWrites = new AtomicInteger();
        final Queue<String> refusals = new ConcurrentLinkedQueue<>();
        /** Run once, by the first writer to record an answer after it is set. */
        final AtomicReference<Runnable> killOnNextAnswer = new AtomicReference<>();

        void answered() {
            Runnable kill = killOnNextAnswer.getAndSet(null);
            if (kill != null) {
                kill.run();
            }
        }

        int count() {
            return objectives.size() + keyResults.size() + checkIns.size() + kpiWrites.get();
        }

        String summary() {
            return objectives.size() + " objectives, " + keyResults.size() + " key results, " + checkIns.size()
                    + " check-ins, " + kpiWrites.get() + " KPI creations and edits";
        }
    }

    /**
     * One client of the burst, signed in as alice with a session of its own: it creates its KPI, then writes in turn an
     * objective, a key result of it, a check-in on that, and an edit of its KPI, until the sandbox stops answering.
     */
    private static final class Writer implements Runnable {
        private final int number;
        private final SandboxClient client;
        private final long cycleId;
        private final Acknowledged acknowledged;
        private final AtomicBoolean stop;

        Writer(int number, SandboxClient client, long cycleId, Acknowledged acknowledged, AtomicBoolean stop) {
            this.number = number;
            this.client = client;
            this.cycleId = cycleId;
            this.acknowledged = acknowledged;
            this.stop = stop;
        }

        @Override
        public void run() {
            try {
                String kpiName = "Crash KPI " + number + " edit 0";
                String newKpi = kpi(kpiName, 10).toString();
                JsonNode kpi = write(() -> client.postJson(SandboxClient.REST + "/kpis", newKpi));
                if (kpi == null) {
                    return;
                }
                long kpiId = kpi.get("id").asLong();
                long kpiVersion = kpi.get("version").asLong();
                acknowledged.kpis.put(kpiId, new KpiWrite(kpiVersion, kpiName));
                acknowledged.kpiWrites.incrementAndGet();
                acknowledged.answered();
                for (int round = 1; !stop.get(); round++) {
                    String title = "Crash " + number + "." + round;
                    String newObjective = JSON.createObjectNode().put("cycleId", cycleId).put("title", title)
                            .put("description", "whole: " + title).put("owner", "alice").put("level", "TEAM")
                            .put("team", "ATLAS").putNull("parentId").toString();
                    JsonNode objective = write(() -> client.postJson(SandboxClient.REST + "/objectives", newObjective));
                    if (objective == null) {
                        return;
                    }
                    long objectiveId = objective.get("id").asLong();
                    acknowledged.objectives.put(objectiveId, title);
                    acknowledged.answered();

                    String krTitle = "KR of " + title;
                    String newKeyResult = JSON.createObjectNode().put("title", krTitle).put("owner", "alice")
                            .put("weight", 1).put("kind", "NUMERIC").put("format", "NUMBER").put("unit", "points")
                            .put("start", 0).put("target", 10).toString();
                    JsonNode keyResult = write(() -> client.postJson(SandboxClient.REST + "/objectives/" + objectiveId
                            + "/key-results", newKeyResult));
                    if (keyResult == null) {
                        return;
                    }
                    long keyResultId = keyResult.get("id").asLong();
                    acknowledged.keyResults.put(keyResultId, new KeyResultWrite(objectiveId, krTitle));
                    acknowledged.answered();

                    String note = "check-in of " + krTitle;
                    String newCheckIn = JSON.createObjectNode().put("value", round % 10).put("confidence", "ON_TRACK")
                            .put("note", note).toString();
                    JsonNode checkIn = write(() -> client.postJson(SandboxClient.REST + "/key-results/" + keyResultId
                            + "/check-ins", newCheckIn));
                    if (checkIn == null) {
                        return;
                    }
                    acknowledged.checkIns.put(checkIn.get("id").asLong(), new CheckInWrite(keyResultId, note));
                    acknowledged.answered();

                    kpiName = "Crash KPI " + number + " edit " + round;
                    String kpiEdit = kpi(kpiName, 10 + round).put("version", kpiVersion).toString();
                    JsonNode edited = write(() -> client.putJson(SandboxClient.REST + "/kpis/" + kpiId, kpiEdit));
                    if (edited == null) {
                        return;
                    }
                    kpiVersion = edited.get("version").asLong();
                    acknowledged.kpis.put(kpiId, new KpiWrite(kpiVersion, kpiName));
                    acknowledged.kpiWrites.incrementAndGet();
                    acknowledged.answered();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The answer's body when it is 2xx; null when the sandbox is gone (or refused, which fails the test). */
        private JsonNode write(SandboxCall call) throws InterruptedException {
            HttpResponse<String> response;
            try {
                response = call.send();
            } catch (IOException e) {
                return null;
            }
            if (response.statusCode() / 100 != 2) {
                acknowledged.refusals.add(response.statusCode() + " " + response.body());
                return null;
            }
            try {
                return JSON.readTree(response.body());
            } catch (IOException e) {
                acknowledged.refusals.add("unreadable answer " + response.body());
                return null;
            }
        }

        private static ObjectNode kpi(String name, int target) {
            ObjectNode kpi = JSON.createObjectNode().put("name", name).put("description", "written by a crash test")
                    .put("type", "THROUGHPUT").put("frequency", "WEEKLY").put("zone", "UTC").put("owner", "alice")
                    .put("team", "ATLAS").put("kind", "GROWING").put("direction", "HIGHER_IS_BETTER")
                    .put("target", target).put("alertThreshold", 5).put("leading", false);
            kpi.putObject("parameters");
            kpi.putObject("source").put("kind", "PROJECT").put("value", "ATLAS");
            return kpi;
        }
    }
}
