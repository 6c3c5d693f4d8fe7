package io.lodestar.benchmarks;

import io.lodestar.sandbox.server.SandboxServer;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The KPI page's server time on the sandbox (the Jira app's REST resources on Jetty, Active Objects on H2, the demo
 * data: 606 issues, two teams): the scorecard of all teams with 20 KPIs ({@code GET /kpi-page/scorecard}), and the
 * velocity view of ATLAS's velocity ({@code GET /kpi-page/kpis/1/velocity}, computed from the issues alice may
 * browse). Each request goes over HTTP from the same JVM, so the figure is the server's time plus a loopback round
 * trip.
 *
 * <p>At set-up it also prints the number of SQL statements each request sends to the database (H2's query
 * statistics, summed execution counts, read over a second connection to the same in-process database), for the
 * scorecard with the demo's 6 KPIs and with 20: the count must not grow with the number of KPIs or periods.
 *
 * <p>Run from the repository root after {@code mvn -q -pl sandbox,benchmarks -am package -DskipTests}:
 * {@code java -cp sandbox/target/lodestar.jar:benchmarks/target/benchmarks.jar org.openjdk.jmh.Main KpiPageBenchmark -f 1 -wi 3 -i 5}
 * (benchmarks.jar does not bundle the embedded host; lodestar.jar does).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class KpiPageBenchmark {

    private static final String REST = "/rest/lodestar/1.0";
    private static final int KPIS = 20;

    private Path data;
    private SandboxServer server;
    private HttpClient http;
    private Connection statistics;

    @Setup(Level.Trial)
    public void start() throws Exception {
        data = Files.createTempDirectory("kpi-page-benchmark");
        server = SandboxServer.start(new SandboxServer.Settings(0, null, data, Clock.systemUTC()));
        http = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NORMAL).build();
        get("/plugins/servlet/lodestar/kpis");
        statistics = DriverManager.getConnection("jdbc:h2:file:" + data.toAbsolutePath().resolve("lodestar")
                + ";DB_CLOSE_DELAY=-1;DB_CLOSE_ON_EXIT=FALSE;OLD_INFORMATION_SCHEMA=TRUE", "sa", "");
        try (Statement statement = statistics.createStatement()) {
            statement.execute("SET QUERY_STATISTICS TRUE");
        }
        int demoKpis = count(get(REST + "/kpi-page/scorecard"), "\"visible\":");
        long withDemo = statements(REST + "/kpi-page/scorecard");
        for (int i = demoKpis; i < KPIS; i++) {
            String id = firstNumber(post(REST + "/kpis", "{\"name\":\"Throughput " + i + "\",\"type\":\"THROUGHPUT\","
                    + "\"source\":{\"kind\":\"PROJECT\",\"value\":\"ATLAS\"},\"frequency\":\"WEEKLY\",\"team\":\"ATLAS\",\"owner\":\"alice\","
                    + "\"kind\":\"GROWING\",\"direction\":\"HIGHER_IS_BETTER\",\"target\":12,\"alertThreshold\":8}"));
            post(REST + "/kpis/" + id + "/refresh", "{}");
        }
        int kpis = count(get(REST + "/kpi-page/scorecard"), "\"visible\":");
        long withTwenty = statements(REST + "/kpi-page/scorecard");
        long velocity = statements(REST + "/kpi-page/kpis/1/velocity");
        System.out.println();
        System.out.println("SQL statements: scorecard with " + demoKpis + " KPIs: " + withDemo + "; with " + kpis
                + " KPIs: " + withTwenty + "; velocity view: " + velocity);
    }

    @TearDown(Level.Trial)
    public void stop() throws Exception {
        statistics.close();
        server.close();
    }

    @Benchmark
    public String scorecardOfTwentyKpis() throws Exception {
        return get(REST + "/kpi-page/scorecard");
    }

    @Benchmark
    public String velocityView() throws Exception {
        return get(REST + "/kpi-page/kpis/1/velocity");
    }

    /** The statements one GET sends to the database: the growth of H2's summed execution counts. */
    private long statements(String path) throws Exception {
        long before = executions();
        get(path);
        long after = executions();
        // The statistics query itself is counted once.
        return after - before - 1;
    }

    private long executions() throws SQLException {
        try (Statement statement = statistics.createStatement();
             ResultSet rows = statement.executeQuery("SELECT SUM(EXECUTION_COUNT) FROM INFORMATION_SCHEMA.QUERY_STATISTICS")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private String post(String path, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-Atlassian-Token", "no-check").POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static int count(String text, String needle) {
        int count = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            count++;
        }
        return count;
    }

    private static String firstNumber(String json) {
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(json);
        if (!id.find()) {
            throw new IllegalStateException("no id in " + json);
        }
        return id.group(1);
    }
}
