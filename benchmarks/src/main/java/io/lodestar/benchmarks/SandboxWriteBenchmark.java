package io.lodestar.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writes per second over HTTP against a sandbox in a process of its own: the burst of the sandbox's crash test
 * ({@code SandboxCrashTest}), four clients each signed in as alice writing in turn an objective, a key result of it, a
 * check-in on that and an edit of its own KPI. One operation is one write answered 2xx (any other answer stops the
 * run), so the score is acknowledged writes per second. It measures what the database's commit policy costs a user:
 * the sandbox jar is a parameter, so a build from before a change can be measured the same way
 * ({@code -p jar=/tmp/old-lodestar.jar}). Run from the repository root, after {@code mvn -pl sandbox -am package}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(4)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class SandboxWriteBenchmark {

    private static final Pattern READY = Pattern.compile("(http://localhost:\\d+)/");
    private static final Pattern ID_AND_VERSION = Pattern.compile("^\\{\"id\":(\\d+)(?:,\"version\":(\\d+))?");
    private static final String REST = "/rest/lodestar/1.0";

    @Param("sandbox/target/lodestar.jar")
    public String jar;

    private Process sandbox;
    private Path data;
    private String baseUrl;
    private long cycleId;
    private final AtomicInteger writers = new AtomicInteger();

    @Setup(Level.Trial)
    public void startSandbox() throws IOException {
        Path jarFile = Path.of(jar);
        if (!Files.isRegularFile(jarFile)) {
            throw new IllegalStateException("sandbox jar not found: " + jarFile.toAbsolutePath()
                    + "; run from the repository root after mvn -pl sandbox -am package -DskipTests");
        }
        data = Files.createTempDirectory("sandbox-write-benchmark");
        sandbox = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jarFile.toString(), "sandbox", "--port", "0", "--data", data.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(sandbox.getInputStream(), StandardCharsets.UTF_8));
        for (String line = out.readLine(); line != null && baseUrl == null; line = out.readLine()) {
            Matcher url = READY.matcher(line);
            if (url.find()) {
                baseUrl = url.group(1);
            }
        }
        if (baseUrl == null) {
            throw new IllegalStateException("the sandbox stopped before it was ready");
        }
        Thread drain = new Thread(() -> {
            try {
                out.transferTo(java.io.Writer.nullWriter());
            } catch (IOException e) {
                // The sandbox is gone.
            }
        }, "sandbox-output");
        drain.setDaemon(true);
        drain.start();
        Client alice = new Client(baseUrl);
        Matcher cycle = Pattern.compile("\"id\":(\\d+),\"version\":\\d+,\"name\":\"[^\"]*\",\"kind\":\"[A-Z]+\","
                + "\"start\":\"[^\"]*\",\"end\":\"[^\"]*\",\"closed\":false").matcher(alice.send("GET", "/cycles", null));
        if (!cycle.find()) {
            throw new IllegalStateException("the sandbox has no open cycle");
        }
        cycleId = Long.parseLong(cycle.group(1));
    }

    @TearDown(Level.Trial)
    public void stopSandbox() throws IOException, InterruptedException {
        sandbox.destroy();
        if (!sandbox.waitFor(60, TimeUnit.SECONDS)) {
            sandbox.destroyForcibly().waitFor();
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    /** One of the four clients: its own session and KPI, and where it is in the objective → KPI edit round. */
    @State(Scope.Thread)
    public static class Writer {
        private Client client;
        private String name;
        private long cycleId;
        private long kpiId;
        private long kpiVersion;
        private long objectiveId;
        private long keyResultId;
        private int step;

        @Setup(Level.Trial)
        public void signIn(SandboxWriteBenchmark benchmark) {
            client = new Client(benchmark.baseUrl);
            name = "Benchmark " + benchmark.writers.incrementAndGet();
            cycleId = benchmark.cycleId;
            Matcher kpi = idAndVersion(client.send("POST", "/kpis", kpi(name + " KPI", 10)));
            kpiId = Long.parseLong(kpi.group(1));
            kpiVersion = Long.parseLong(kpi.group(2));
        }

        long write() {
            int round = step / 4;
            switch (step++ % 4) {
                case 0 -> objectiveId = id(client.send("POST", "/objectives", "{\"cycleId\":" + cycleId
                        + ",\"title\":\"" + name + "." + round + "\",\"description\":\"measured\",\"owner\":\"alice\","
                        + "\"level\":\"TEAM\",\"team\":\"ATLAS\",\"parentId\":null}"));
                case 1 -> keyResultId = id(client.send("POST", "/objectives/" + objectiveId + "/key-results",
                        "{\"title\":\"KR of " + name + "." + round + "\",\"owner\":\"alice\",\"weight\":1,"
                                + "\"kind\":\"NUMERIC\",\"format\":\"NUMBER\",\"unit\":\"points\",\"start\":0,\"target\":10}"));
                case 2 -> id(client.send("POST", "/key-results/" + keyResultId + "/check-ins",
                        "{\"value\":" + round % 10 + ",\"confidence\":\"ON_TRACK\",\"note\":\"measured\"}"));
                default -> {
                    String edit = kpi(name + " KPI edit " + round, 10 + round % 50);
                    kpiVersion = Long.parseLong(idAndVersion(client.send("PUT", "/kpis/" + kpiId,
                            "{\"version\":" + kpiVersion + "," + edit.substring(1))).group(2));
                }
            }
            return step;
        }

        private static String kpi(String name, int target) {
            return "{\"name\":\"" + name + "\",\"description\":\"measured\",\"type\":\"THROUGHPUT\",\"parameters\":{},"
                    + "\"source\":{\"kind\":\"PROJECT\",\"value\":\"ATLAS\"},\"frequency\":\"WEEKLY\",\"zone\":\"UTC\","
                    + "\"owner\":\"alice\",\"team\":\"ATLAS\",\"kind\":\"GROWING\",\"direction\":\"HIGHER_IS_BETTER\","
                    + "\"target\":" + target + ",\"alertThreshold\":5,\"leading\":false}";
        }

        private static long id(String body) {
            return Long.parseLong(idAndVersion(body).group(1));
        }

        private static Matcher idAndVersion(String body) {
            Matcher found = ID_AND_VERSION.matcher(body);
            if (!found.find()) {
                throw new IllegalStateException("no id in the answer " + body);
            }
            return found;
        }
    }

    @Benchmark
    public long write(Writer writer) {
        return writer.write();
    }

    /** A signed-in session (the sandbox signs alice in on the first page view) sending JSON the page's way. */
    private static final class Client {
        private final String base;
        private final HttpClient http;

        Client(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .followRedirects(HttpClient.Redirect.NORMAL).build();
            call(HttpRequest.newBuilder(URI.create(base + "/")).GET().build());
        }

        /** The body of a 2xx answer; anything else stops the run, so refused writes never count as throughput. */
        String send(String method, String path, String json) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + REST + path))
                    .header("Accept", "application/json");
            if (json == null) {
                request.GET();
            } else {
                request.header("Content-Type", "application/json").header("X-Atlassian-Token", "no-check")
                        .method(method, HttpRequest.BodyPublishers.ofString(json));
            }
            HttpResponse<String> response = call(request.build());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": "
                        + response.body());
            }
            return response.body();
        }

        private HttpResponse<String> call(HttpRequest request) {
            try {
                return http.send(request, HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
