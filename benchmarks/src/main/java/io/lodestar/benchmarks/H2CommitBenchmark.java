package io.lodestar.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * What one commit costs the sandbox's embedded database by itself, without HTTP and the app around it: a
 * transaction shaped like the sandbox's writes (a record and its edit token, two inserts) committed on an H2 file
 * database, with H2's default write delay (500 ms: the commit stays in memory, written by a background thread) and
 * with the sandbox's {@code WRITE_DELAY=0} (each commit writes a chunk to the file before it returns). Read it next
 * to {@link SandboxWriteBenchmark}, which measures the same change as a user sees it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class H2CommitBenchmark {

    @Param({"500", "0"})
    public int writeDelay;

    private Path folder;
    private Connection connection;
    private PreparedStatement record;
    private PreparedStatement token;
    private long id;

    @Setup(Level.Trial)
    public void open() throws IOException, SQLException {
        folder = Files.createTempDirectory("h2-commit-benchmark");
        connection = DriverManager.getConnection("jdbc:h2:file:" + folder.resolve("commits") + ";WRITE_DELAY="
                + writeDelay, "sa", "");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE RECORD(ID BIGINT PRIMARY KEY, TITLE VARCHAR(255), VERSION BIGINT)");
            ddl.execute("CREATE TABLE TOKEN(RECORD_KEY VARCHAR(255) PRIMARY KEY, VERSION BIGINT)");
        }
        connection.setAutoCommit(false);
        record = connection.prepareStatement("INSERT INTO RECORD VALUES (?, ?, 1)");
        token = connection.prepareStatement("INSERT INTO TOKEN VALUES (?, 1)");
    }

    @TearDown(Level.Trial)
    public void close() throws IOException, SQLException {
        try (Statement shutdown = connection.createStatement()) {
            shutdown.execute("SHUTDOWN");
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
    }

    @Benchmark
    public long commit() throws SQLException {
        long next = ++id;
        record.setLong(1, next);
        record.setString(2, "objective " + next);
        record.executeUpdate();
        token.setString(1, "objective:" + next);
        token.executeUpdate();
        connection.commit();
        return next;
    }
}
