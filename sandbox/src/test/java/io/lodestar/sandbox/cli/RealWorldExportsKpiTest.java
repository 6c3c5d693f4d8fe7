package io.lodestar.sandbox.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.sandbox.export.JiraExport;
import io.lodestar.sandbox.export.JiraRestExportIssueSource;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code lodestar kpi} over exports in the shapes real Jiras write (issue 17), made by the project in
 * src/test/resources/exports: Jira Cloud REST v2 and v3, the agile board issues endpoint, Server with names
 * and changelog, without names, without changelog, issue by issue, a webhook payload, a German instance, and an
 * empty search.
 *
 * <p>Every fixture but the empty one holds the same work, so the same hand-checked figures hold for each
 * (all times UTC; 2024-01-01 is a Monday, the first day of ISO week 2024-W01):
 * <pre>
 *   key    type   points sprint created   In Progress  Done
 *   KAN-1  Story  3      1      01-01 09  01-02 09     01-04 09   (W01)
 *   KAN-2  Story  5      1      01-01 09  01-03 09     01-11 09   (W02)
 *   KAN-3  Bug    2      2      01-10 09  01-16 09     01-18 09   (W03), fix version 1.0 released 2024-01-31
 *   KAN-4  Story  8      2      01-10 09  01-17 09     02-01 09   (W05)
 *   KAN-5  Epic   -      -      01-01 09  (To Do)                 the epic of KAN-1 and KAN-2
 *   KAN-6  Story  -      -      01-20 09  01-22 09     (open)
 *   Sprint 1: 01-01 10:00 to 01-15 10:00; Sprint 2: 01-15 10:00 to 01-29 10:00 (both closed)
 * </pre>
 * Cloud fixtures have no resolution date (Cloud's Done status sets none): the done instant is the entry
 * into Done from the changelog.
 */
public class RealWorldExportsKpiTest {

    private static final double EXACT = 1e-9;

    @Rule
    public final TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private static Path fixture(String name) {
        try {
            return Path.of(RealWorldExportsKpiTest.class.getResource("/exports/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private int run(String... arguments) {
        out.reset();
        err.reset();
        return new LodestarCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(arguments));
    }

    /** Runs {@code kpi} over {@code fixture} with {@code options} as JSON, which must succeed. */
    private JsonNode kpi(String kpi, String fixture, String... options) throws IOException {
        List<String> arguments = new ArrayList<>(List.of("kpi", kpi, "--issues", fixture(fixture).toString(),
                "--format", "json"));
        arguments.addAll(List.of(options));
        int code = run(arguments.toArray(String[]::new));
        assertEquals(err.toString(StandardCharsets.UTF_8), 0, code);
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }

    private static String notes(JsonNode document) {
        List<String> notes = new ArrayList<>();
        document.get("notes").forEach(note -> notes.add(note.asText()));
        return String.join("\n", notes);
    }

    private static double summary(JsonNode document, String name) {
        return document.get("summary").get(name).asDouble();
    }

    private static Map<String, String> epics(String fixture) {
        JiraExport.WithIssues read = new JiraRestExportIssueSource(fixture(fixture)).readAll();
        return read.issues().stream().filter(issue -> issue.epicKey() != null)
                .collect(Collectors.toMap(IssueSnapshot::key, IssueSnapshot::epicKey));
    }

    // ---- throughput: 5 weeks W01..W05, 4 done (KAN-1 W01, KAN-2 W02, KAN-3 W03, KAN-4 W05), 4 / 5 = 0.8 a week

    private void assertFiveWeeksOfThroughput(JsonNode document, boolean withPoints) {
        assertEquals(5, summary(document, "weeks"), EXACT);
        assertEquals(4, summary(document, "done"), EXACT);
        assertEquals(0.8, summary(document, "mean_per_week"), EXACT);
        JsonNode rows = document.get("rows");
        assertEquals("2024-W01", rows.get(0).get("week").asText());
        assertEquals("2024-W05", rows.get(4).get("week").asText());
        assertEquals(0, rows.get(3).get("issues").asInt());
        if (withPoints) {
            // W01: KAN-1 3 points; W05: KAN-4 8 points; 3 + 5 + 2 + 0 + 8 = 18 in all
            assertEquals(3.0, rows.get(0).get("points").asDouble(), EXACT);
            assertEquals(8.0, rows.get(4).get("points").asDouble(), EXACT);
        }
        assertTrue(notes(document), notes(document).contains("weeks from the first completion (2024-W01) to the last (2024-W05)"));
        assertTrue(notes(document), notes(document).contains("done = entry into the Done status category (from the changelog"));
    }

    @Test
    public void cloudV2ThroughputRunsFiveWeeksAlthoughNoIssueHasAResolutionDate() throws IOException {
        assertFiveWeeksOfThroughput(kpi("throughput", "cloud-v2.json"), true);
    }

    @Test
    public void cloudV3ThroughputRunsFiveWeeks() throws IOException {
        assertFiveWeeksOfThroughput(kpi("throughput", "cloud-v3.json"), true);
    }

    @Test
    public void agileBoardThroughputRunsFiveWeeks() throws IOException {
        assertFiveWeeksOfThroughput(kpi("throughput", "agile-board.json", "--story-points-field", "customfield_10002"), true);
    }

    @Test
    public void serverThroughputRunsFiveWeeks() throws IOException {
        // +0100 offsets: the same instants as in UTC
        assertFiveWeeksOfThroughput(kpi("throughput", "server-names.json"), true);
    }

    @Test
    public void serverWithoutChangelogThroughputTakesResolutionDatesAndRunsFiveWeeks() throws IOException {
        // no status history: each done issue is done at its resolution date, the same four instants
        JsonNode document = kpi("throughput", "server-no-changelog.json");
        assertFiveWeeksOfThroughput(document, true);
        assertTrue(notes(document), notes(document).contains("6 of the export's 6 issues have no changelog"));
    }

    // ---- velocity: Sprint 1 commits 3 + 5 = 8, completes 8; Sprint 2 commits 2 + 8 = 10, completes 2 (KAN-4 done
    // after its close); average (8 + 2) / 2 = 5.0; say/do 10 / 18

    private void assertVelocity(JsonNode document) {
        assertEquals(2, summary(document, "closed_sprints"), EXACT);
        assertEquals(5.0, summary(document, "average_velocity_all"), EXACT);
        assertEquals(10.0 / 18, summary(document, "say_do_all"), 1e-6);
    }

    @Test
    public void cloudV2VelocityFindsStoryPointsByTheirChangelogFieldIdAndSprintsByContent() throws IOException {
        JsonNode document = kpi("velocity", "cloud-v2.json");
        assertVelocity(document);
        assertTrue(notes(document), notes(document).contains("story points = customfield_10016, by content (the fieldId"
                + " of Story Points changelog items); sprints = customfield_10020, by content (sprints in its values)"));
    }

    @Test
    public void cloudV3VelocityFindsStoryPointsAndSprintsByTheirSchemaType() throws IOException {
        JsonNode document = kpi("velocity", "cloud-v3.json");
        assertVelocity(document);
        assertTrue(notes(document), notes(document).contains("story points = customfield_10016, by its schema type"
                + " com.pyxis.greenhopper.jira:jsw-story-points; sprints = customfield_10020, by its schema type"
                + " com.pyxis.greenhopper.jira:gh-sprint"));
    }

    @Test
    public void agileBoardVelocityReadsClosedSprintsAndTheGivenStoryPointsField() throws IOException {
        JsonNode document = kpi("velocity", "agile-board.json", "--story-points-field", "customfield_10002");
        assertVelocity(document);
        assertTrue(notes(document), notes(document).contains("story points = customfield_10002, given by option;"
                + " sprints = the agile API's sprint and closedSprints fields; epic link = the agile API's epic field"));
    }

    @Test
    public void serverVelocityWithNamesReadsGreenHopperSprintTexts() throws IOException {
        JsonNode document = kpi("velocity", "server-names.json");
        assertVelocity(document);
        assertTrue(notes(document), notes(document).contains("fields: story points = Story Points (customfield_10002),"
                + " by name; sprints = Sprint (customfield_10005), by name; epic link = Epic Link (customfield_10008), by name"));
    }

    @Test
    public void serverVelocityWithoutNamesSaysStoryPointsAreNotFoundUntilTheFieldIsGiven() throws IOException {
        // Server changelog items carry no fieldId and no names block names the field: no points, so 0 a sprint
        JsonNode without = kpi("velocity", "server-no-names.json");
        assertEquals(2, summary(without, "closed_sprints"), EXACT);
        assertEquals(0.0, summary(without, "average_velocity_all"), EXACT);
        assertTrue(notes(without), notes(without).contains("story points = none found (no field named Story Points or"
                + " Story point estimate; the export has no names block; nothing in the content shows one;"
                + " --story-points-field names it)"));
        assertTrue(notes(without), notes(without).contains("sprints = customfield_10005, by content (sprints in its values)"));

        assertVelocity(kpi("velocity", "server-no-names.json", "--story-points-field", "customfield_10002"));
    }

    @Test
    public void germanVelocityFindsStoryPunkte() throws IOException {
        JsonNode document = kpi("velocity", "server-german.json");
        assertVelocity(document);
        assertTrue(notes(document), notes(document).contains("story points = Story-Punkte (customfield_10002), by name"));
    }

    // ---- lead time (created -> first Done): 3, 10, 8, 22 days; mean 43 / 4 = 10.75; KAN-5, KAN-6 not done
    // ---- cycle time (In Progress -> Done): 2, 8, 2, 15 days; mean 27 / 4 = 6.75

    @Test
    public void cloudV2LeadAndCycleTimesReadTheNewestFirstChangelog() throws IOException {
        JsonNode lead = kpi("lead-time", "cloud-v2.json");
        assertEquals(4, summary(lead, "measured"), EXACT);
        assertEquals(10.75, summary(lead, "mean_days"), EXACT);
        JsonNode cycle = kpi("cycle-time", "cloud-v2.json");
        assertEquals(6.75, summary(cycle, "mean_days"), EXACT);
        assertTrue(notes(cycle), notes(cycle).contains("stages: "));
    }

    @Test
    public void everyKpiNamesTheFieldsAndTheRuleItUsed() throws IOException {
        Map<String, String> rules = Map.ofEntries(Map.entry("velocity", "done = the Done status category"),
                Map.entry("scope-change", "done = the Done status category"),
                Map.entry("throughput", "done = entry into the Done status category"),
                Map.entry("wip", "in progress = a status of the In Progress category"),
                Map.entry("bugs-per-release", "bugs of a release = issues of the types"),
                Map.entry("on-time-delivery", "deadline: due date, else the earliest release date"),
                Map.entry("resolution-time", "resolution time = creation to the resolution date"),
                Map.entry("lead-time", "lead time = creation to the first entry into the Done stage"),
                Map.entry("cycle-time", "cycle time = the first entry into the In Progress stage"),
                Map.entry("time-in-status", "each issue is replayed from its creation"));
        assertEquals(Set.copyOf(KpiCommand.KPIS), rules.keySet());
        for (String kpi : KpiCommand.KPIS) {
            String notes = notes(kpi(kpi, "server-names.json"));
            assertTrue(kpi + ": " + notes, notes.startsWith("fields: story points = Story Points (customfield_10002), by name;"));
            assertTrue(kpi + ": " + notes, notes.contains(rules.get(kpi)));
        }
    }

    @Test
    public void resolutionTimeIsTheLeadTimeOnServerAndNotMeasuredOnCloudWithoutResolutionDates() throws IOException {
        // Server resolves on entering Done: 3, 10, 8, 22 days again, mean 10.75
        assertEquals(10.75, summary(kpi("resolution-time", "server-names.json"), "mean_days"), EXACT);
        // Cloud's Done sets no resolution date: none of the 6 issues is measured, rather than 0 days
        JsonNode cloud = kpi("resolution-time", "cloud-v2.json");
        assertEquals(0, summary(cloud, "measured"), EXACT);
        assertEquals(6, summary(cloud, "not_measured"), EXACT);
        assertTrue(cloud.toString(), cloud.get("summary").get("mean_days").isNull());
    }

    @Test
    public void cloudV3LeadTime() throws IOException {
        assertEquals(10.75, summary(kpi("lead-time", "cloud-v3.json"), "mean_days"), EXACT);
    }

    @Test
    public void serverLeadAndCycleTimesInPlusOneHourOffsets() throws IOException {
        assertEquals(10.75, summary(kpi("lead-time", "server-names.json"), "mean_days"), EXACT);
        assertEquals(6.75, summary(kpi("cycle-time", "server-names.json"), "mean_days"), EXACT);
    }

    @Test
    public void germanCycleTimeUsesStatusCategoriesNotNames() throws IOException {
        // Offen / In Arbeit / Erledigt carry the categories new / indeterminate / done
        assertEquals(6.75, summary(kpi("cycle-time", "server-german.json"), "mean_days"), EXACT);
    }

    @Test
    public void withoutChangelogLeadCycleTimeInStatusAndWipAreRefusedWithTheReason() {
        for (String kpi : List.of("lead-time", "cycle-time", "time-in-status", "wip")) {
            assertEquals(kpi, CommandLineException.EXIT_CODE, run("kpi", kpi, "--issues",
                    fixture("server-no-changelog.json").toString()));
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(message, message.contains("has no changelog for any issue, and " + kpi
                    + " needs each issue's status history"));
            assertEquals(message, "", out.toString(StandardCharsets.UTF_8));
        }
    }

    // ---- WIP at each Sunday's end, W01..W05: W01 KAN-2 = 1; W02 none = 0; W03 KAN-4 = 1; W04 KAN-4, KAN-6 = 2;
    // W05 KAN-6 = 1; mean 5 / 5 = 1.0

    private static void assertWip(JsonNode document) {
        assertEquals(5, summary(document, "weeks"), EXACT);
        assertEquals(1.0, summary(document, "mean_wip_at_week_end"), EXACT);
        List<Integer> series = new ArrayList<>();
        document.get("rows").forEach(row -> series.add(row.get("wip").asInt()));
        assertEquals(List.of(1, 0, 1, 2, 1), series);
        assertTrue(notes(document), notes(document).contains("weeks from the first completion (2024-W01) to the last (2024-W05)"));
    }

    @Test
    public void cloudV2WipRunsFromTheFirstToTheLastCompletion() throws IOException {
        assertWip(kpi("wip", "cloud-v2.json"));
    }

    @Test
    public void serverWip() throws IOException {
        assertWip(kpi("wip", "server-names.json"));
    }

    // ---- bugs per release: 1.0 (released 2024-01-31) holds KAN-3, the one bug

    @Test
    public void serverBugsPerRelease() throws IOException {
        JsonNode document = kpi("bugs-per-release", "server-names.json");
        assertEquals(1, summary(document, "released_versions"), EXACT);
        assertEquals(1.0, summary(document, "mean_bugs_per_release"), EXACT);
        assertTrue(notes(document), notes(document).contains("issues of the types Bug, Defect (--bug-types)"));
    }

    @Test
    public void germanBugsAreFehlerOnceTheBugTypesSaySo() throws IOException {
        // the German type name Fehler is no default bug type: 0 bugs, then 1 with --bug-types Fehler
        assertEquals(0.0, summary(kpi("bugs-per-release", "server-german.json"), "mean_bugs_per_release"), EXACT);
        JsonNode document = kpi("bugs-per-release", "server-german.json", "--bug-types", "Fehler");
        assertEquals(1.0, summary(document, "mean_bugs_per_release"), EXACT);
        assertTrue(notes(document), notes(document).contains("issues of the types Fehler (--bug-types)"));
    }

    // ---- epics: KAN-1 and KAN-2 belong to KAN-5 in every shape

    @Test
    public void everyShapeGivesKan1AndKan2TheirEpic() {
        Map<String, String> expected = Map.of("KAN-1", "KAN-5", "KAN-2", "KAN-5");
        // Cloud v2: parent of hierarchy level 1; v3: only IssueParentAssociation changelog items; agile: its epic
        // field; Server: Epic Link by name; without names: the field whose values are all keys of epics (KAN-5)
        for (String fixture : List.of("cloud-v2.json", "cloud-v3.json", "agile-board.json", "server-names.json",
                "server-no-names.json", "server-german.json")) {
            assertEquals(fixture, expected, epics(fixture));
        }
    }

    @Test
    public void theFieldsNoteSaysHowEachEpicWasFound() throws IOException {
        assertTrue(notes(kpi("velocity", "cloud-v3.json")), notes(kpi("velocity", "cloud-v3.json")).contains(
                "2 issues without a parent field take as epic the latest Epic Link, Parent or IssueParentAssociation"
                        + " change of their changelog"));
        assertTrue(notes(kpi("velocity", "server-no-names.json")), notes(kpi("velocity", "server-no-names.json"))
                .contains("epic link = customfield_10008, by content (its values are all keys of epics in the export)"));
    }

    // ---- issues collected one by one (GET /rest/api/2/issue/KEY in an array, names after fields) and a webhook

    @Test
    public void issuesCollectedOneByOneGiveTheSameFigures() throws IOException {
        JsonNode velocity = kpi("velocity", "server-issue-by-issue.json");
        assertVelocity(velocity);
        assertTrue(notes(velocity), notes(velocity).contains("story points = Story Points (customfield_10002), by name"));
        assertEquals(10.75, summary(kpi("lead-time", "server-issue-by-issue.json"), "mean_days"), EXACT);
        assertFiveWeeksOfThroughput(kpi("throughput", "server-issue-by-issue.json"), true);
    }

    @Test
    public void aWebhookPayloadIsItsOneIssueWithoutHistory() throws IOException {
        // KAN-4 alone, resolved 2024-02-01 (W05) with 8 points; the payload's changelog is one event, no history;
        // a webhook has no names block, so its points count once the field is named
        JsonNode unnamed = kpi("throughput", "server-webhook.json");
        assertEquals(0.0, unnamed.get("rows").get(0).get("points").asDouble(), EXACT);
        assertTrue(notes(unnamed), notes(unnamed).contains("story points = none found"));
        JsonNode throughput = kpi("throughput", "server-webhook.json", "--story-points-field", "customfield_10002");
        assertEquals(1, summary(throughput, "issues"), EXACT);
        assertEquals(1, summary(throughput, "weeks"), EXACT);
        assertEquals(8.0, throughput.get("rows").get(0).get("points").asDouble(), EXACT);
        assertTrue(notes(throughput), notes(throughput).contains("1 of the export's 1 issues have no changelog"));
        assertEquals(CommandLineException.EXIT_CODE, run("kpi", "lead-time", "--issues",
                fixture("server-webhook.json").toString()));
    }

    // ---- Jira before 6.2 wrote statuses without a category

    @Test
    public void statusesWithoutCategoryAreSaidSoInsteadOfQuietlyCountingNothingAsDone() throws IOException {
        String jira5 = Files.readString(fixture("server-names.json")).replaceAll(
                ",\\s*\"statusCategory\": \\{[^}]*\\}", "");
        assertFalse(jira5.contains("statusCategory"));
        Path file = folder.newFile("jira5.json").toPath();
        Files.writeString(file, jira5, StandardCharsets.UTF_8);

        assertEquals(0, run("kpi", "throughput", "--issues", file.toString(), "--format", "json"));
        JsonNode document = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        // KAN-1..4 in Done (10001), KAN-5 in To Do (10000), KAN-6 in In Progress (3): all 6 uncategorised
        assertTrue(notes(document), notes(document).contains("6 of 6 issues are in statuses without a category in the"
                + " export (Jira before 6.2 wrote none): Done (10001), To Do (10000), In Progress (3); by status"
                + " category none of them counts as done or in progress"));
        assertEquals(0, summary(document, "done"), EXACT);

        // with a workflow, lead time maps the statuses by name and measures again: 10.75 days
        assertEquals(0, run("kpi", "lead-time", "--issues", file.toString(), "--format", "json", "--workflow",
                "To Do=To Do;In Progress=In Progress;Done=Done", "--commit-stage", "In Progress", "--done-stage", "Done"));
        JsonNode lead = new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
        assertEquals(10.75, summary(lead, "mean_days"), EXACT);
        assertFalse(notes(lead), notes(lead).contains("without a category"));
    }

    // ---- an empty search response, and files that are no export: one clear line, never a stack trace

    @Test
    public void anEmptySearchResponseIsAClearMessageForEveryKpi() {
        for (String kpi : KpiCommand.KPIS) {
            assertEquals(kpi, CommandLineException.EXIT_CODE, run("kpi", kpi, "--issues", fixture("empty.json").toString()));
            String message = err.toString(StandardCharsets.UTF_8);
            assertTrue(kpi + ": " + message, message.contains("the export holds no issues"));
            assertNoStackTrace(message);
        }
    }

    @Test
    public void truncatedOrGarbageInputGivesOneLineAndNoStackTrace() throws IOException {
        String cloud = Files.readString(fixture("cloud-v2.json"));
        List<String> inputs = List.of(cloud.substring(0, cloud.length() / 2), cloud.substring(0, 1),
                "\u0000\u0001garbage{{", "{\"issues\":[{\"key\":\"A-1\",\"fields\":{\"customfield_1\":[{\"id\":",
                "{\"issues\":{}}", "[]", "{\"issues\":[1,2]}", cloud.replace("\"created\"", "\"created\":{},\"x\""),
                // GET /rest/api/2/field by mistake, a webhook without its issue's fields, a single issue with null fields
                "[{\"id\":\"customfield_10020\",\"key\":\"customfield_10020\",\"name\":\"Sprint\",\"custom\":true}]",
                "{\"webhookEvent\":\"jira:issue_updated\",\"issue\":{\"id\":\"1\",\"key\":\"A-1\"}}",
                "{\"id\":\"1\",\"key\":\"A-1\",\"fields\":null}");
        for (String input : inputs) {
            Path file = folder.newFile().toPath();
            Files.writeString(file, input, StandardCharsets.UTF_8);
            for (String kpi : List.of("velocity", "throughput", "wip", "lead-time")) {
                int code = run("kpi", kpi, "--issues", file.toString());
                String message = err.toString(StandardCharsets.UTF_8);
                assertEquals(input + " / " + kpi + ": " + message, CommandLineException.EXIT_CODE, code);
                assertNoStackTrace(message);
            }
        }
    }

    private static void assertNoStackTrace(String message) {
        assertTrue(message, message.startsWith("lodestar: "));
        assertEquals(message, 1, message.lines().count());
        assertFalse(message, message.contains("\tat ") || message.contains("Exception"));
    }
}
