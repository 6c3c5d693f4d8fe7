package io.lodestar.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.lodestar.sandbox.export.JiraRestExportIssueSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The export reader on the real DuraSpace export (6 MB, 3,036 issues) against Jackson's own streaming
 * parse of the same file as the baseline: a bare token loop, and a token loop that also materialises
 * every name and value as text (the least any reader must do). All three read the file through the
 * page cache. The file is {@code <lodestar.datasets>/jira-public-2015/duraspace-2015-search.json},
 * {@code lodestar.datasets} defaulting to {@code ../shared/datasets} (run from the repository root).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g"})
public class ExportReaderBenchmark {

    @Param("duraspace-2015-search.json")
    public String export;

    private Path file;
    private final JsonFactory json = new JsonFactory();

    @Setup
    public void locate() {
        file = Path.of(System.getProperty("lodestar.datasets", "../shared/datasets"), "jira-public-2015", export);
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("export not found: " + file.toAbsolutePath()
                    + "; run from the repository root or pass -Dlodestar.datasets=FOLDER via -jvmArgsAppend");
        }
    }

    @Benchmark
    public void reader(Blackhole sink) {
        new JiraRestExportIssueSource(file).read(sink::consume);
    }

    @Benchmark
    public int jacksonTokenLoop() throws IOException {
        int tokens = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser parser = json.createParser(in)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    /** The reader's own parser (see {@code Utf8ExportParser}) in the same bare loop as Jackson's above. */
    @Benchmark
    public int fastTokenLoop() throws IOException {
        return JiraRestExportIssueSource.countTokens(file);
    }

    @Benchmark
    public void jacksonTokenLoopWithText(Blackhole sink) throws IOException {
        try (InputStream in = Files.newInputStream(file); JsonParser parser = json.createParser(in)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token.isScalarValue()) {
                    sink.consume(parser.getText());
                }
            }
        }
    }
}
