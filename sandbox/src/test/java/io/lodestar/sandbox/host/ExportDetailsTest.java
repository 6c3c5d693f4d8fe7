package io.lodestar.sandbox.host;

import static org.junit.Assert.assertEquals;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.Test;

/** Summaries and projects of every export shape the reader takes (src/test/resources/exports). */
public class ExportDetailsTest {

    private static ExportDetails read(String fixture) throws URISyntaxException {
        return ExportDetails.read(Path.of(ExportDetailsTest.class.getResource("/exports/" + fixture).toURI()));
    }

    @Test
    public void shouldReadSummariesOfSearchResponsesSingleIssuesAndWebhooks() throws URISyntaxException {
        for (String fixture : List.of("server-names.json", "server-issue-by-issue.json", "cloud-v3.json")) {
            ExportDetails details = read(fixture);
            assertEquals(fixture, 6, details.summaries().size());
            assertEquals(fixture, "Work item KAN-4", details.summaries().get("KAN-4"));
            assertEquals(fixture, new ExportDetails.Project(10000, "KAN", "Kanban"), details.projects().get("KAN"));
        }
        ExportDetails webhook = read("server-webhook.json");
        assertEquals(java.util.Map.of("KAN-4", "Work item KAN-4"), webhook.summaries());
    }
}
