package io.lodestar.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import io.lodestar.sandbox.export.JiraRestExportIssueSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The export reader's time as a multiple of Jackson's bare token loop over the same file, the two measured in
 * turns in one JVM (not JMH): five reads of each per round, the ratio taken per round, its median and quartiles
 * over the rounds. On a machine whose speed drifts by a fifth from minute to minute (a shared one), JMH's
 * benchmarks of the two, run one after the other, disagree by that much; the ratio of reads a few milliseconds
 * apart does not drift with it. Arguments: the export (default DuraSpace's, under {@code lodestar.datasets}) and
 * the number of rounds (default 150), after 300 reads of each to compile both.
 */
public final class ExportReaderRatio {

    private ExportReaderRatio() {
    }

    private static final JsonFactory JSON = new JsonFactory();

    static int tokens(Path file) throws IOException {
        int tokens = 0;
        try (InputStream in = Files.newInputStream(file); JsonParser parser = JSON.createParser(in)) {
            while (parser.nextToken() != null) {
                tokens++;
            }
        }
        return tokens;
    }

    static int issues(Path file) {
        int[] issues = {0};
        new JiraRestExportIssueSource(file).read(issue -> issues[0]++);
        return issues[0];
    }

    public static void main(String[] args) throws IOException {
        Path file = args.length > 0 ? Path.of(args[0])
                : Path.of(System.getProperty("lodestar.datasets", "../shared/datasets"), "jira-public-2015", "duraspace-2015-search.json");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 150;
        if (!Files.isRegularFile(file) || rounds < 4) {
            System.err.println("usage: ExportReaderRatio [export.json] [rounds, at least 4]; not found: " + file.toAbsolutePath());
            System.exit(2);
        }
        long checksum = 0;
        for (int i = 0; i < 300; i++) {
            checksum += tokens(file) + issues(file);
        }
        double[] jackson = new double[rounds];
        double[] reader = new double[rounds];
        double[] ratio = new double[rounds];
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                checksum += tokens(file);
            }
            long between = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                checksum += issues(file);
            }
            long stop = System.nanoTime();
            jackson[round] = (between - start) / 5e6;
            reader[round] = (stop - between) / 5e6;
            ratio[round] = reader[round] / jackson[round];
        }
        Arrays.sort(jackson);
        Arrays.sort(reader);
        Arrays.sort(ratio);
        System.out.printf("%s, %d rounds: Jackson's token loop median %.2f ms, reader median %.2f ms;"
                        + " reader / Jackson median %.3f (quartiles %.3f, %.3f)%n", file.getFileName(), rounds,
                jackson[rounds / 2], reader[rounds / 2], ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4]);
        if (checksum == 42) {
            System.out.println();
        }
    }
}
