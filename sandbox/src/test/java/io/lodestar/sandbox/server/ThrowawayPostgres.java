package io.lodestar.sandbox.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL for a test, as {@code .ci/postgres.sh} starts one: Debian's server binaries
 * ({@code /usr/lib/postgresql/N/bin}, installed with apt-get when missing and the test runs as root, as CI does), a
 * cluster under /tmp on a free loopback port with trust authentication, run as the postgres user when we are root, a
 * database and user lodestar/lodestar; {@link #close} stops it and deletes it.
 */
final class ThrowawayPostgres implements AutoCloseable {

    static final String USER = "lodestar";
    static final String PASSWORD = "lodestar";

    private final Path bin;
    private final Path work;
    private final int port;
    private final boolean root;

    private ThrowawayPostgres(Path bin, Path work, int port, boolean root) {
        this.bin = bin;
        this.work = work;
        this.port = port;
        this.root = root;
    }

    /** The server binaries, installing Debian's package first when they are missing and we may; empty otherwise. */
    static Optional<Path> binaries() throws IOException, InterruptedException {
        Optional<Path> found = find();
        if (found.isEmpty() && isRoot() && Files.isExecutable(Path.of("/usr/bin/apt-get"))) {
            run(List.of("apt-get", "update", "-qq"), false);
            run(List.of("apt-get", "install", "-y", "-qq", "postgresql"), false);
            found = find();
        }
        return found;
    }

    private static Optional<Path> find() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) {
            return Optional.empty();
        }
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(bin -> Files.isExecutable(bin.resolve("initdb")) && Files.isExecutable(bin.resolve("pg_ctl")))
                    .max(Comparator.comparing(bin -> Integer.parseInt(bin.getParent().getFileName().toString()
                            .replaceAll("\\D", "0"))));
        }
    }

    static ThrowawayPostgres start(Path bin) throws IOException, InterruptedException {
        boolean root = isRoot();
        Path work = Files.createTempDirectory("lodestar-pg");
        if (root) {
            run(List.of("chown", "postgres", work.toString()), false);
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        ThrowawayPostgres server = new ThrowawayPostgres(bin, work, port, root);
        server.asPostgres(List.of(bin.resolve("initdb").toString(), "-D", work.resolve("data").toString(), "-U",
                "postgres", "--auth=trust", "--encoding=UTF8", "--no-locale"));
        server.asPostgres(List.of(bin.resolve("pg_ctl").toString(), "-D", work.resolve("data").toString(), "-l",
                work.resolve("server.log").toString(), "-w", "-o", "-p " + port
                        + " -c listen_addresses=127.0.0.1 -k " + work + " -c fsync=off", "start"));
        server.psql("CREATE USER " + USER + " PASSWORD '" + PASSWORD + "'");
        server.psql("CREATE DATABASE lodestar OWNER " + USER);
        return server;
    }

    String url() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/lodestar";
    }

    private void psql(String sql) throws IOException, InterruptedException {
        asPostgres(List.of(bin.resolve("psql").toString(), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "127.0.0.1",
                "-p", Integer.toString(port), "-U", "postgres", "-d", "postgres", "-c", sql));
    }

    private void asPostgres(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (root) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full, true);
    }

    private static void run(List<String> command, boolean check) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(300, TimeUnit.SECONDS) || (check && process.exitValue() != 0)) {
            throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            asPostgres(List.of(bin.resolve("pg_ctl").toString(), "-D", work.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"));
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
    }
}
