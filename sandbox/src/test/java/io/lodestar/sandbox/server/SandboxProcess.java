package io.lodestar.sandbox.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code lodestar sandbox --port 0 --data DIR} in a JVM of its own, started with this test's classpath, so that it
 * can be killed the way a crash kills it, which a sandbox inside the test's JVM cannot be.
 */
final class SandboxProcess implements AutoCloseable {

    /** The line {@link SandboxCommand} prints once the port is open: {@code   http://localhost:PORT/...}. */
    private static final Pattern READY = Pattern.compile("(http://localhost:\\d+)/");
    private static final long START_SECONDS = 120;

    private final Process process;
    private final String baseUrl;
    private final StringBuffer errors;

    private SandboxProcess(Process process, String baseUrl, StringBuffer errors) {
        this.process = process;
        this.baseUrl = baseUrl;
        this.errors = errors;
    }

    /** Starts the sandbox on a free port with its data in {@code dataDir}; returns once it is ready. */
    static SandboxProcess start(Path dataDir) throws IOException, InterruptedException {
        return start(dataDir, List.of());
    }

    /** Starts the sandbox with more options of {@code lodestar sandbox}, e.g. a node of a cluster. */
    static SandboxProcess start(Path dataDir, List<String> options) throws IOException, InterruptedException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new java.util.ArrayList<>(List.of(java.toString(), "-Xmx1g", "-cp",
                System.getProperty("java.class.path"), SandboxCommand.class.getName(), "--port", "0", "--data",
                dataDir.toString()));
        command.addAll(options);
        Process process = new ProcessBuilder(command).start();
        StringBuffer errors = new StringBuffer();
        CompletableFuture<String> ready = new CompletableFuture<>();
        drain(process.getErrorStream(), line -> errors.append(line).append('\n'));
        drain(process.getInputStream(), line -> {
            Matcher url = READY.matcher(line);
            if (url.find()) {
                ready.complete(url.group(1));
            }
        });
        process.onExit().thenRun(() -> ready.completeExceptionally(
                new IllegalStateException("the sandbox exited with " + process.exitValue() + " before it was ready")));
        try {
            return new SandboxProcess(process, ready.get(START_SECONDS, TimeUnit.SECONDS), errors);
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly().waitFor();
            throw new IllegalStateException("the sandbox did not start: " + e.getMessage() + "\n" + errors, e);
        }
    }

    private static void drain(InputStream stream, Consumer<String> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.accept(line);
                }
            } catch (IOException e) {
                // The process is gone; what it printed so far is kept.
            }
        }, "sandbox-process-output");
        reader.setDaemon(true);
        reader.start();
    }

    String baseUrl() {
        return baseUrl;
    }

    /** What the process wrote to standard error so far. */
    String errors() {
        return errors.toString();
    }

    /**
     * Kills the process the way a crash does and returns its exit code. On Linux {@link Process#destroyForcibly}
     * sends SIGKILL, which nothing in the JVM can catch or delay: no shutdown hook runs, nothing is flushed. The exit
     * code shows it: 128 + 9.
     */
    int kill() throws InterruptedException {
        killNow();
        return process.waitFor();
    }

    /** Sends the SIGKILL of {@link #kill} without waiting for the process to be gone. */
    void killNow() {
        process.destroyForcibly();
    }

    /** Stops the process as Ctrl-C does (SIGTERM: the shutdown hook closes Jetty and the database). */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            return kill();
        }
        return process.exitValue();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
