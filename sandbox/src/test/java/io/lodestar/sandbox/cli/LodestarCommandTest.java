package io.lodestar.sandbox.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class LodestarCommandTest {

    /** Two issues: DS-1 resolved 23:30 -05:00 on its due date after a reopening; DS-2 late by 2 days, no due date. */
    private static final String EXPORT = """
            {"names":{"customfield_1":"Story Points"},"issues":[
             {"id":"1","key":"DS-1","fields":{"issuetype":{"id":"1","name":"Bug","subtask":false},
              "status":{"id":"6","name":"Closed","statusCategory":{"key":"done"}},"project":{"key":"DS"},
              "created":"2014-01-06T10:00:00.000-0500","resolutiondate":"2014-01-10T23:30:00.000-0500",
              "duedate":"2014-01-10","customfield_1":3},
              "changelog":{"total":4,"histories":[
               {"created":"2014-01-07T10:00:00.000-0500","items":[{"field":"status","from":"1","fromString":"Open","to":"3","toString":"In Progress"}]},
               {"created":"2014-01-08T10:00:00.000-0500","items":[{"field":"status","from":"3","fromString":"In Progress","to":"6","toString":"Closed"}]},
               {"created":"2014-01-09T10:00:00.000-0500","items":[{"field":"status","from":"6","fromString":"Closed","to":"4","toString":"Reopened"}]},
               {"created":"2014-01-10T10:00:00.000-0500","items":[{"field":"status","from":"4","fromString":"Reopened","to":"6","toString":"Closed"}]}]}},
             {"id":"2","key":"DS-2","fields":{"issuetype":{"id":"1","name":"Bug","subtask":false},
              "status":{"id":"1","name":"Open","statusCategory":{"key":"new"}},"project":{"key":"DS"},
              "created":"2014-01-06T10:00:00.000+0000","resolutiondate":"2014-01-12T08:00:00.000+0000",
              "fixVersions":[{"id":"7","name":"1.0","released":true,"releaseDate":"2014-01-10"}]},
              "changelog":{"total":0,"histories":[]}}]}
            """;

    private static final String SPRINT_5 = "{\"id\":5,\"name\":\"DS Sprint 5\",\"state\":\"closed\",\"boardId\":1,"
            + "\"startDate\":\"2014-01-06T12:00:00.000Z\",\"completeDate\":\"2014-01-10T12:00:00.000Z\"}";
    private static final String SPRINT_9 = "{\"id\":9,\"name\":\"XY Sprint 9\",\"state\":\"closed\",\"boardId\":2,"
            + "\"startDate\":\"2014-01-06T12:00:00.000Z\",\"completeDate\":\"2014-01-17T12:00:00.000Z\"}";

    /**
     * Two closed sprints of two projects. DS Sprint 5 starts with DS-10 (3 points, done on the 8th) and DS-11
     * (5, never done); DS-12 (2) is created in it after its start. XY Sprint 9 holds XY-1 (1 point, done on the 15th).
     * Commitments 8 and 1, completed 3 and 1.
     */
    private static final String SPRINTS = "{\"names\":{\"customfield_1\":\"Story Points\",\"customfield_2\":\"Sprint\"},"
            + "\"issues\":[" + String.join(",",
            sprintIssue("DS-10", 3, "2014-01-01", SPRINT_5, "2014-01-08"),
            sprintIssue("DS-11", 5, "2014-01-01", SPRINT_5, null),
            sprintIssue("DS-12", 2, "2014-01-07", SPRINT_5, null),
            sprintIssue("XY-1", 1, "2014-01-01", SPRINT_9, "2014-01-15")) + "]}";

    private static String sprintIssue(String key, int points, String created, String sprint, String closed) {
        String status = closed == null ? "{\"id\":\"1\",\"name\":\"Open\",\"statusCategory\":{\"key\":\"new\"}}"
                : "{\"id\":\"6\",\"name\":\"Closed\",\"statusCategory\":{\"key\":\"done\"}}";
        String histories = closed == null ? "" : "{\"created\":\"" + closed + "T10:00:00.000+0000\",\"items\":[{\"field\":"
                + "\"status\",\"from\":\"1\",\"fromString\":\"Open\",\"to\":\"6\",\"toString\":\"Closed\"}]}";
        return "{\"id\":\"" + key.hashCode() + "\",\"key\":\"" + key + "\",\"fields\":{\"issuetype\":{\"id\":\"3\","
                + "\"name\":\"Story\",\"subtask\":false},\"status\":" + status + ",\"created\":\"" + created
                + "T00:00:00.000+0000\"" + (closed == null ? "" : ",\"resolutiondate\":\"" + closed + "T10:00:00.000+0000\"")
                + ",\"customfield_1\":" + points + ",\"customfield_2\":[" + sprint + "]},"
                + "\"changelog\":{\"total\":1,\"histories\":[" + histories + "]}}";
    }

    /** Inputs that are not Jira exports, each of a kind that was once read as an export of zero issues. */
    private static final List<String> NOT_EXPORTS = List.of("", "   \n\t", "{\"foo\":1}", "[]", "{}", "[[]]", "\"issues\"",
            "{\"issues\":{}}", "{\"issues\":null}", "{\"issues\":[1]}", "[{\"issues\":[]},{\"foo\":1}]", "null", "42",
            "{\"errorMessages\":[\"no\"],\"errors\":{}}");

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... arguments) {
        return new LodestarCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(List.of(arguments));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String export(String json) throws IOException {
        Path file = folder.getRoot().toPath().resolve("export.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file.toString();
    }

    @Test
    public void shouldPrintUsageWhenHelpIsAsked() {
        assertEquals(0, run("--help"));
        assertTrue(out().contains("Usage: lodestar <command>"));
    }

    @Test
    public void shouldListKpisAndOptionsWhenKpiHelpIsAsked() {
        assertEquals(0, run("kpi", "--help"));
        assertTrue(out().contains("cycle-time"));
        assertTrue(out().contains("--workflow"));
    }

    @Test
    public void shouldExitTwoWithMessageAndNoStackTraceWhenKpiIsUnknown() throws IOException {
        assertEquals(2, run("kpi", "happiness", "--issues", export(EXPORT)));
        assertTrue(err(), err().startsWith("lodestar: unknown KPI happiness; expected one of velocity"));
        assertFalse(err().contains("\tat "));
        assertEquals("", out());
    }

    @Test
    public void shouldCountBugsOfEachReleasedVersionWhenBugsPerRelease() throws IOException {
        assertEquals(0, run("kpi", "bugs-per-release", "--issues", export(EXPORT), "--format", "csv"));
        assertEquals("""
                version,release_date,bugs,done_points
                1.0,2014-01-10,1,0.0
                """, out());
    }

    @Test
    public void shouldCountDefectsAndTheTypesTheUserNamesAsBugsAndSayWhichTypesItCounted() throws IOException {
        // DS-2, the one issue of release 1.0, is a Bug in EXPORT; as a "Defect" it is still counted by default,
        // as a German "Fehler" only when --bug-types names it.
        String defect = EXPORT.replace("\"id\":\"2\",\"key\":\"DS-2\",\"fields\":{\"issuetype\":{\"id\":\"1\",\"name\":\"Bug\"",
                "\"id\":\"2\",\"key\":\"DS-2\",\"fields\":{\"issuetype\":{\"id\":\"1\",\"name\":\"Defect\"");
        assertFalse(defect.equals(EXPORT));
        assertEquals(0, run("kpi", "bugs-per-release", "--issues", export(defect)));
        assertTrue(out(), out().contains("mean_bugs_per_release  1.00 issues (n=1)"));
        assertTrue(out(), out().contains("note: bugs of a release = issues of the types Bug, Defect (--bug-types)"));

        String fehler = defect.replace("\"name\":\"Defect\"", "\"name\":\"Fehler\"");
        out.reset();
        assertEquals(0, run("kpi", "bugs-per-release", "--issues", export(fehler)));
        // Not a bug and not done: release 1.0 holds nothing this KPI counts, so there is no release to average.
        assertTrue(out(), out().contains("released_versions      0\n"));
        out.reset();
        assertEquals(0, run("kpi", "bugs-per-release", "--issues", export(fehler), "--bug-types", "fehler, Bug"));
        assertTrue(out(), out().contains("mean_bugs_per_release  1.00 issues (n=1)"));
        assertTrue(out(), out().contains("note: bugs of a release = issues of the types fehler, Bug (--bug-types)"));

        out.reset();
        assertEquals(2, run("kpi", "bugs-per-release", "--issues", export(fehler), "--bug-types", "Bug,,Defect"));
        assertEquals("lodestar: --bug-types needs issue type names separated by commas (an issue type name is"
                + " empty), e.g. \"Bug, Defect\"\n", err());
    }

    @Test
    public void shouldReadAStatusWithTwoCategoriesByTheFirstOneSeenInEveryKpiAndSaySo() throws IOException {
        // DS-2 is in status 6 "Closed" too, but this page calls it In Progress: DS-1 was read first with the
        // Done category, so DS-2 is done as well, and no week ends with work in progress (read as In Progress,
        // DS-2 would be in progress at every week's end).
        String twoCategories = EXPORT.replace(
                "\"status\":{\"id\":\"1\",\"name\":\"Open\",\"statusCategory\":{\"key\":\"new\"}}",
                "\"status\":{\"id\":\"6\",\"name\":\"Closed\",\"statusCategory\":{\"key\":\"indeterminate\"}}");
        assertFalse(twoCategories.equals(EXPORT));
        for (String kpi : List.of("throughput", "wip", "cycle-time")) {
            out.reset();
            assertEquals(kpi, 0, run("kpi", kpi, "--issues", export(twoCategories)));
            assertTrue(out(), out().contains("note: statuses with two categories in the export, every issue read with"
                    + " the first one seen so that all KPIs agree on what is done: Closed (6) as done, also as"
                    + " indeterminate\n"));
        }
        out.reset();
        assertEquals(0, run("kpi", "wip", "--issues", export(twoCategories), "--format", "csv"));
        assertFalse(out(), out().lines().anyMatch(line -> line.matches("2014-W\\d\\d,[1-9].*")));
    }

    @Test
    public void shouldCountIssuesDoneInEachMondayWeekWhenThroughput() throws IOException {
        assertEquals(0, run("kpi", "throughput", "--issues", export(EXPORT), "--format", "csv"));
        assertEquals("""
                week,issues,points
                2014-W02,1,3.0
                """, out());
    }

    @Test
    public void shouldExitTwoWhenFileIsMissing() {
        assertEquals(2, run("kpi", "lead-time", "--issues", folder.getRoot() + "/absent.json"));
        assertTrue(err(), err().contains("file not found"));
    }

    @Test
    public void shouldNameIssueAndFieldWhenFileIsMalformed() throws IOException {
        assertEquals(2, run("kpi", "lead-time", "--issues", export(EXPORT.replace("\"customfield_1\":3", "\"customfield_1\":\"x\""))));
        assertEquals("lodestar: issue DS-1 field Story Points (customfield_1): expected a number of story points, found 'x'\n",
                err());
    }

    @Test
    public void shouldExitTwoWhenOptionIsUnknownOrLacksItsValue() throws IOException {
        assertEquals(2, run("kpi", "lead-time", "--issues", export(EXPORT), "--colour"));
        assertTrue(err(), err().contains("unknown option --colour"));
        assertEquals(2, run("kpi", "lead-time", "--issues"));
        assertTrue(err(), err().contains("--issues needs a value"));
    }

    @Test
    public void shouldExitTwoWhenWorkflowNamesUnknownStage() throws IOException {
        assertEquals(2, run("kpi", "cycle-time", "--issues", export(EXPORT), "--workflow", "A=Open;B=Closed",
                "--commit-stage", "Doing", "--done-stage", "B"));
        assertTrue(err(), err().contains("commitStage: unknown stage Doing"));
    }

    @Test
    public void shouldWriteOnTimeDeliveryColumnsWhenCsvPerIssue() throws IOException {
        assertEquals(0, run("kpi", "on-time-delivery", "--issues", export(EXPORT), "--per-issue", "--format", "csv"));
        assertEquals("""
                key,deadline,deadline_source,resolved,delay_days,on_time
                DS-1,2014-01-10,due_date,2014-01-10T23:30:00.000-05:00,0,true
                DS-2,2014-01-10,fix_version,2014-01-12T08:00:00.000Z,2,false
                """, out());
    }

    @Test
    public void shouldMeasureFromFirstCommitmentToLastDoneWhenCycleTimeCsvPerIssueWithWorkflow() throws IOException {
        assertEquals(0, run("kpi", "cycle-time", "--issues", export(EXPORT), "--per-issue", "--format", "csv",
                "--workflow", "To Do=Open,Reopened;In Progress=In Progress;Done=Closed",
                "--commit-stage", "In Progress", "--done-stage", "Done"));
        assertEquals("""
                key,started,done,cycle_time_days
                DS-1,2014-01-07T10:00:00.000-05:00,2014-01-10T10:00:00.000-05:00,3.0
                """, out());
    }

    @Test
    public void shouldLeaveChangelogOnlyStatusesUnmappedWhenCycleTimeByCategory() throws IOException {
        // In Progress (3) and Reopened (4) appear in no status object of this file: their category is unknown, so
        // DS-1 goes from To Do straight to Done at its first Closed (01-08): it never started, and is left out.
        assertEquals(0, run("kpi", "cycle-time", "--issues", export(EXPORT), "--per-issue", "--format", "json"));
        JsonNode document = new ObjectMapper().readTree(out());
        assertEquals(0, document.get("rows").size());
        assertEquals(1, document.get("summary").get("not_started").asInt());
        assertEquals(1, document.get("summary").get("not_measured").asInt());
        assertTrue(document.get("summary").get("median_days").isNull());
        assertTrue(document.get("notes").toString(), document.get("notes").toString().contains(
                "1 issues never entered the In Progress stage (moved straight to Done, or created there) and are left out"));
        // DS-1's changelog passes through In Progress and Reopened; DS-2 has no history: 1 of 2 issues affected.
        assertTrue(document.get("notes").toString(), document.get("notes").toString().contains(
                "statuses seen only in changelogs have no known category and stay unmapped: "));
        assertTrue(document.get("notes").toString(), document.get("notes").toString().contains(
                "1 of 2 issues pass through such a status in their changelog"));
    }

    @Test
    public void shouldMeasureOnlyIssuesThatStartedWhenCycleTimeTable() throws IOException {
        String oneStarted = EXPORT.replace("\"statusCategory\":{\"key\":\"new\"}}", "\"statusCategory\":{\"key\":\"new\"}},"
                + "\"subtasks\":[{\"key\":\"DS-9\",\"fields\":{\"status\":{\"id\":\"3\",\"name\":\"In Progress\","
                + "\"statusCategory\":{\"key\":\"indeterminate\"}}}}]");

        assertEquals(0, run("kpi", "cycle-time", "--issues", export(oneStarted)));
        // With In Progress known, DS-1 starts 01-07 10:00 and is done 01-08 10:00 (Reopened, of unknown category,
        // does not take it out of Done): 1 day. DS-2 is open.
        assertTrue(out(), out().contains("median_days   1.00 days (n=1)"));
        assertTrue(out(), out().contains("not_started   0"));
    }

    @Test
    public void shouldListEveryVisitWhenTimeInStatusCsvPerIssue() throws IOException {
        assertEquals(0, run("kpi", "time-in-status", "--issues", export(EXPORT), "--per-issue", "--format", "csv"));
        List<String> lines = out().lines().toList();
        assertEquals("key,status_id,status,times_entered,millis", lines.get(0));
        // Closed: 01-08 10:00 to 01-09 10:00 (24 h), then 01-10 10:00 to the resolution at 23:30 (13.5 h).
        assertEquals(List.of("DS-1,1,Open,1,86400000", "DS-1,3,In Progress,1,86400000", "DS-1,6,Closed,2,135000000",
                "DS-1,4,Reopened,1,86400000", "DS-2,1,Open,1,511200000"), lines.subList(1, lines.size()));
    }

    @Test
    public void shouldComputeEachKpiFromOneReadingWhenSeveralAreNamed() throws IOException {
        String file = export(EXPORT);
        assertEquals(0, run("kpi", "lead-time", "--issues", file));
        String leadTime = out();
        out.reset();
        assertEquals(0, run("kpi", "resolution-time", "--issues", file));
        String resolutionTime = out();
        out.reset();

        assertEquals(0, run("kpi", "lead-time,resolution-time", "--issues", file));

        assertEquals(leadTime + "\n" + resolutionTime, out());
        assertEquals("", err());
    }

    @Test
    public void shouldWriteOneJsonArrayWhenSeveralKpisAreJson() throws IOException {
        assertEquals(0, run("kpi", "--kpi", "cycle-time, lead-time", "--issues", export(EXPORT), "--format", "json"));
        JsonNode documents = new ObjectMapper().readTree(out());
        assertEquals(2, documents.size());
        assertEquals("cycle-time", documents.get(0).get("kpi").asText());
        assertEquals("lead-time", documents.get(1).get("kpi").asText());
    }

    @Test
    public void shouldComputeEveryKpiWhenAll() throws IOException {
        assertEquals(0, run("kpi", "all", "--issues", export(EXPORT), "--format", "json"));
        JsonNode documents = new ObjectMapper().readTree(out());
        assertEquals(KpiCommand.KPIS.size(), documents.size());
        for (int i = 0; i < documents.size(); i++) {
            assertEquals(KpiCommand.KPIS.get(i), documents.get(i).get("kpi").asText());
        }
    }

    @Test
    public void shouldExitTwoWhenSeveralKpisAreCsvOrOneIsUnknown() throws IOException {
        assertEquals(2, run("kpi", "lead-time,throughput", "--issues", export(EXPORT), "--format", "csv"));
        assertTrue(err(), err().startsWith("lodestar: --format csv holds one KPI's table"));
        err.reset();
        assertEquals(2, run("kpi", "lead-time,,throughput", "--issues", export(EXPORT)));
        assertTrue(err(), err().startsWith("lodestar: an empty KPI name in lead-time,,throughput"));
        err.reset();
        assertEquals(2, run("kpi", "lead-time", "--kpi", "throughput", "--issues", export(EXPORT)));
        assertTrue(err(), err().startsWith("lodestar: the KPIs are given twice"));
        assertEquals("", out());
    }

    @Test
    public void shouldWriteRawNumbersAndReasonsWhenJson() throws IOException {
        assertEquals(0, run("kpi", "lead-time", "--issues", export(EXPORT), "--format", "json", "--project", "ds"));
        JsonNode document = new ObjectMapper().readTree(out());
        assertEquals("lead-time", document.get("kpi").asText());
        assertEquals(2.0, document.get("summary").get("mean_days").asDouble(), 1e-12);
        assertEquals(1, document.get("summary").get("not_measured").asInt());
    }

    @Test
    public void shouldWriteNullWithReasonInsteadOfZeroWhenNothingToMeasure() throws IOException {
        String unresolved = EXPORT.replace("\"resolutiondate\":\"2014-01-10T23:30:00.000-0500\",", "")
                .replace(",\"resolutiondate\":\"2014-01-12T08:00:00.000+0000\"", "");
        assertEquals(0, run("kpi", "resolution-time", "--issues", export(unresolved), "--format", "json"));
        JsonNode summary = new ObjectMapper().readTree(out()).get("summary");
        assertTrue(summary.get("mean_days").isNull());
        assertEquals("no resolved issue to measure", summary.get("mean_days_not_applicable").asText());
    }

    @Test
    public void shouldRoundOnlyForDisplayWhenTable() throws IOException {
        assertEquals(0, run("kpi", "on-time-delivery", "--issues", export(EXPORT)));
        assertTrue(out(), out().contains("rate                       0.50 ratio (n=2)"));
    }

    @Test
    public void shouldRefuseProjectWithoutIssuesWhenFiltering() throws IOException {
        assertEquals(2, run("kpi", "lead-time", "--issues", export(EXPORT), "--project", "NOPE"));
        assertTrue(err(), err().contains("no issue of project NOPE"));
    }

    @Test
    public void shouldRefuseWithWhatAnExportLooksLikeWhenInputIsNotAnExport() throws IOException {
        for (String input : NOT_EXPORTS) {
            for (String kpi : KpiCommand.KPIS) {
                out.reset();
                err.reset();
                assertEquals(input + " " + kpi, 2, run("kpi", kpi, "--issues", export(input)));
                assertTrue(input + " " + kpi + ": " + err(), err().startsWith("lodestar: issues: export.json is not a Jira export: "));
                assertTrue(err(), err().contains("; expected the response of GET /rest/api/2/search?expand=names,changelog"
                        + " (an object with an \"issues\" array)"));
                assertEquals(1, err().lines().count());
                assertEquals("", out());
            }
        }
    }

    @Test
    public void shouldRefuseWhenSandboxIsGivenSomethingThatIsNotAnExport() throws IOException {
        assertEquals(2, run("sandbox", "--port", "0", "--issues", export("{\"foo\":1}"), "--data",
                folder.newFolder("data").toString()));
        assertTrue(err(), err().startsWith("lodestar sandbox: issues: export.json is not a Jira export: its object has no"
                + " \"issues\" array (its fields: foo); expected the response of GET /rest/api/2/search"));
        assertEquals("", out());
    }

    @Test
    public void shouldSayExportHoldsNoIssuesWhenSearchResponseIsEmpty() throws IOException {
        for (String kpi : KpiCommand.KPIS) {
            out.reset();
            err.reset();
            assertEquals(kpi, 2, run("kpi", kpi, "--issues", export("{\"startAt\":0,\"total\":0,\"issues\":[]}")));
            assertEquals("lodestar: issues: the export holds no issues: export.json is a Jira search response whose"
                    + " \"issues\" array is empty, so there is nothing to compute\n", err());
        }
    }

    /** EXPORT as a search without expand=changelog returns it: the same issues, no changelog object. */
    private static String withoutChangelogs(String export) {
        return export.replaceAll(",\\s*\"changelog\":\\{\"total\":\\d+,\"histories\":\\[(?:[^\\[\\]]|\\[[^\\[\\]]*\\])*\\]\\}", "");
    }

    @Test
    public void shouldRefuseAKpiThatReplaysStatusHistoryWhenTheExportHasNoChangelogRatherThanReportZeroDays()
            throws IOException {
        String bare = withoutChangelogs(EXPORT);
        assertFalse(bare, bare.contains("changelog"));
        for (String kpi : List.of("lead-time", "cycle-time", "time-in-status", "wip")) {
            out.reset();
            err.reset();
            assertEquals(kpi, 2, run("kpi", kpi, "--issues", export(bare)));
            assertEquals("lodestar: issues: export.json has no changelog for any issue, and " + kpi + " needs each"
                    + " issue's status history: export the issues with /rest/api/2/search?expand=names,changelog\n",
                    err());
            assertEquals("", out());
        }
    }

    @Test
    public void shouldSayHowManyIssuesLackAChangelogWhenOnlySomeDo() throws IOException {
        // DS-1 keeps its four histories; DS-2 loses its (empty) changelog object: 1 of the 2 issues has none.
        String half = EXPORT.replace(",\n  \"changelog\":{\"total\":0,\"histories\":[]}", "");
        assertFalse(half, half.contains("\"total\":0"));
        assertEquals(0, run("kpi", "cycle-time", "--issues", export(half)));
        assertTrue(out(), out().contains("note: 1 of the export's 2 issues have no changelog; their status history is"
                + " unknown, so they count as never having changed status\n"));
        out.reset();
        assertEquals(0, run("kpi", "on-time-delivery", "--issues", export(withoutChangelogs(EXPORT))));
        assertTrue(out(), out().contains("note: 2 of the export's 2 issues have no changelog; changes to their sprints,"
                + " estimates and statuses are unknown\n"));
    }

    @Test
    public void shouldSayWhereFileIsCutInOwnWordsWhenExportIsTruncated() throws IOException {
        assertEquals(2, run("kpi", "wip", "--issues", export(EXPORT.substring(0, EXPORT.indexOf("\"DS-2\"") + 10))));
        assertEquals("lodestar: issue DS-2: export.json is cut short: it ends at line 11, column 28"
                + " with 3 objects or arrays still open; export it again\n", err());
    }

    @Test
    public void shouldNeverPrintStackTraceWhenExportIsMangled() throws IOException {
        Random random = new Random(42);
        String[] pieces = {"", "{", "}", "[", "]", ",", ":", "null", "\"\"", "\"x\"", "-1", "1e999", "[]", "{}", "true"};
        for (int attempt = 0; attempt < 400; attempt++) {
            String valid = attempt % 2 == 0 ? EXPORT : SPRINTS;
            StringBuilder mangled = new StringBuilder(valid);
            if (attempt % 5 == 0) {
                // Whole issues taken out, down to none: the shapes that reach each KPI with little or no data.
                int issues = valid.indexOf("\"issues\":[") + 10;
                int secondKey = valid.indexOf("\",\"key\":", valid.indexOf("\",\"key\":") + 1);
                int second = valid.lastIndexOf("{\"id\"", secondKey);
                mangled.replace(issues, valid.lastIndexOf(']'), random.nextBoolean() ? ""
                        : valid.substring(issues, valid.lastIndexOf('}', second) + 1));
            }
            for (int edit = 0; edit < (attempt % 5 == 0 ? 0 : 1) + random.nextInt(3); edit++) {
                int at = random.nextInt(mangled.length());
                int length = Math.min(random.nextInt(12), mangled.length() - at);
                mangled.replace(at, at + length, pieces[random.nextInt(pieces.length)]);
            }
            String kpi = KpiCommand.KPIS.get(random.nextInt(KpiCommand.KPIS.size()));
            out.reset();
            err.reset();
            int code = run("kpi", kpi, "--issues", export(mangled.toString()), "--per-issue");
            assertTrue(kpi + " " + code + " " + err() + "\n" + mangled, code == 0 || code == 2);
            assertFalse(err(), err().contains("\tat ") || err().contains("Exception") || err().contains("internal error"));
        }
    }

    @Test
    public void shouldStartAtWeekOfFirstCompletionWhenThroughput() throws IOException {
        // XY-1 was created on 2014-01-01 (W01) but the first completion is DS-10's, on 2014-01-08 (W02).
        assertEquals(0, run("kpi", "throughput", "--issues", export(SPRINTS), "--format", "csv"));
        assertEquals("""
                week,issues,points
                2014-W02,1,3.0
                2014-W03,1,1.0
                """, out());
    }

    @Test
    public void shouldSayNoIssueIsDoneWhenThroughputHasNoCompletion() throws IOException {
        String nothingDone = SPRINTS.replace("\"key\":\"done\"", "\"key\":\"new\"");

        assertEquals(0, run("kpi", "throughput", "--issues", export(nothingDone), "--format", "json"));
        JsonNode summary = new ObjectMapper().readTree(out()).get("summary");
        assertEquals(0, summary.get("weeks").asInt());
        assertEquals("no issue is done", summary.get("mean_per_week_not_applicable").asText());
    }

    @Test
    public void shouldReplayOpenIssuesToExportsLastUpdateWhenAsOfIsNotGiven() throws IOException {
        String open = EXPORT.replace(",\"resolutiondate\":\"2014-01-12T08:00:00.000+0000\"",
                ",\"updated\":\"2014-01-20T08:00:00.123+0000\"");

        assertEquals(0, run("kpi", "time-in-status", "--issues", export(open), "--per-issue", "--format", "json"));
        JsonNode document = new ObjectMapper().readTree(out());
        assertEquals("2014-01-20T08:00:00.123Z", document.get("summary").get("as_of").asText());
        assertTrue(document.get("notes").toString(), document.get("notes").get(0).asText().startsWith("fields: "));
        assertTrue(document.get("notes").toString(), document.get("notes").get(1).asText().endsWith(
                "when unresolved to 2014-01-20T08:00:00.123Z, the export's last update (its latest timestamp; --as-of sets"
                        + " another instant)"));
        // DS-2, open since 2014-01-06T10:00Z: 14 days less 2 hours, plus 123 ms.
        JsonNode ds2 = document.get("rows").get(4);
        assertEquals("DS-2", ds2.get("key").asText());
        assertEquals(14L * 86_400_000 - 2 * 3_600_000 + 123, ds2.get("millis").asLong());
    }

    @Test
    public void shouldPrintAsOfWithoutNanosecondsWhenGiven() throws IOException {
        assertEquals(0, run("kpi", "time-in-status", "--issues", export(EXPORT), "--as-of", "2014-02-01T00:00:00.123456789Z"));
        assertTrue(out(), out().contains("as_of         2014-02-01T00:00:00.123Z\n"));
        assertFalse(out(), out().contains("123456789"));
    }

    @Test
    public void shouldRefuseAsOfBeyondYear9999AndEmptyFileOrProject() throws IOException {
        String file = export(EXPORT);
        assertEquals(2, run("kpi", "time-in-status", "--issues", file, "--as-of", "+999999999-12-31T23:59:59Z"));
        assertEquals(2, run("kpi", "time-in-status", "--issues", ""));
        assertEquals(2, run("kpi", "lead-time", "--issues", file, "--project", " "));
        assertEquals("""
                lodestar: --as-of expects an instant like 2015-01-01T00:00:00Z (years 1000 to 9999), got +999999999-12-31T23:59:59Z
                lodestar: --issues needs a file name, got an empty one
                lodestar: --project needs a project key, got an empty one
                """, err());
    }

    @Test
    public void shouldSayWhyIssuesAreNotMeasuredWhenAsOfIsBeforeTheirCreation() throws IOException {
        assertEquals(0, run("kpi", "time-in-status", "--issues", export(EXPORT), "--as-of", "2014-01-01T00:00:00Z"));
        assertTrue(out(), out().contains("not_measured  2\n"));
        assertTrue(out(), out().contains("note: 2 issues not measured: created after 2014-01-01T00:00:00.000Z\n"));
    }

    @Test
    public void shouldGiveSprintDatesProjectsAndSayDoWhenVelocity() throws IOException {
        assertEquals(0, run("kpi", "velocity", "--issues", export(SPRINTS), "--format", "csv"));
        assertEquals("""
                sprint_id,sprint,projects,board_id,start,complete,commitment,completed,say_do
                5,DS Sprint 5,DS,1,2014-01-06T12:00:00.000Z,2014-01-10T12:00:00.000Z,8.0,3.0,0.375
                9,XY Sprint 9,XY,2,2014-01-06T12:00:00.000Z,2014-01-17T12:00:00.000Z,1.0,1.0,1.0
                """, out());
    }

    /** The same export as SPRINTS, as a search without expand=names returns it. */
    private static final String SPRINTS_WITHOUT_NAMES = SPRINTS.replace(
            "\"names\":{\"customfield_1\":\"Story Points\",\"customfield_2\":\"Sprint\"},", "");

    @Test
    public void shouldGiveTheSameVelocityWithoutNamesWhenTheStoryPointsFieldIsGiven() throws IOException {
        assertEquals(0, run("kpi", "velocity", "--issues", export(SPRINTS), "--format", "csv"));
        String withNames = out();
        out.reset();
        // customfield_2 is found by content (sprint objects with id, name and state); customfield_1 is named:
        // DS Sprint 5 commits 3 + 5 (DS-12 came later) = 8 and completes 3 (DS-10), as with names
        assertEquals(0, run("kpi", "velocity", "--issues", export(SPRINTS_WITHOUT_NAMES), "--format", "csv",
                "--story-points-field", "customfield_1"));
        assertEquals(withNames, out());
        assertTrue(out(), withNames.contains("5,DS Sprint 5,DS,1,2014-01-06T12:00:00.000Z,2014-01-10T12:00:00.000Z,8.0,3.0,0.375"));
    }

    @Test
    public void shouldSayWhichFieldsWereUsedOrThatNoneWasFound() throws IOException {
        assertEquals(0, run("kpi", "velocity", "--issues", export(SPRINTS)));
        assertTrue(out(), out().contains("note: fields: story points = Story Points (customfield_1), by name;"
                + " sprints = Sprint (customfield_2), by name; epic link = none found (no field named Epic Link;"
                + " nothing in the content shows one; --epic-field names it), else an epic-type parent (Jira Cloud,"
                + " team-managed projects)\n"));

        out.reset();
        assertEquals(0, run("kpi", "velocity", "--issues", export(SPRINTS_WITHOUT_NAMES)));
        assertTrue(out(), out().contains("note: fields: story points = none found (no field named Story Points or"
                + " Story point estimate; the export has no names block; nothing in the content shows one;"
                + " --story-points-field names it); sprints = customfield_2, by content (sprints in its values);"
                + " epic link = none found"));

        out.reset();
        assertEquals(0, run("kpi", "velocity", "--issues", export(SPRINTS_WITHOUT_NAMES),
                "--story-points-field", "customfield_1", "--sprint-field", "customfield_2", "--epic-field", "customfield_3"));
        assertTrue(out(), out().contains("note: fields: story points = customfield_1, given by option;"
                + " sprints = customfield_2, given by option; epic link = customfield_3, given by option, else an"
                + " epic-type parent (Jira Cloud, team-managed projects)\n"));
    }

    @Test
    public void shouldReadTheAgileApisClosedSprintsWhenNoCustomFieldHoldsSprints() throws IOException {
        // the agile board endpoint's shape: closedSprints instead of a custom sprint field; same figures
        String agile = SPRINTS_WITHOUT_NAMES.replace("\"customfield_2\":", "\"closedSprints\":");
        assertEquals(0, run("kpi", "velocity", "--issues", export(agile), "--format", "csv",
                "--story-points-field", "customfield_1"));
        assertTrue(out(), out().contains("5,DS Sprint 5,DS,1,2014-01-06T12:00:00.000Z,2014-01-10T12:00:00.000Z,8.0,3.0,0.375\n"));
        out.reset();
        assertEquals(0, run("kpi", "velocity", "--issues", export(agile), "--story-points-field", "customfield_1"));
        assertTrue(out(), out().contains("; sprints = the agile API's sprint and closedSprints fields; epic link"));
    }

    @Test
    public void shouldRefuseAFieldOptionThatIsNotAFieldId() {
        assertEquals(2, run("kpi", "velocity", "--issues", "x.json", "--sprint-field", "Sprint field"));
        assertTrue(err(), err().contains("--sprint-field expects a field id like customfield_10036"));
    }

    @Test
    public void shouldSayAveragesMixProjectsAndGiveOverallSayDoWhenVelocityTable() throws IOException {
        assertEquals(0, run("kpi", "velocity", "--issues", export(SPRINTS)));
        assertTrue(out(), out().contains("say_do_all               0.44 ratio (n=2)"));
        assertTrue(out(), out().contains("note: the averages mix the sprints of 2 projects (DS, XY); use --project KEY"
                + " for one project's sprints"));

        out.reset();
        assertEquals(0, run("kpi", "velocity", "--issues", export(SPRINTS), "--project", "DS"));
        assertFalse(out(), out().contains("projects ("));
        assertTrue(out(), out().contains("average_velocity_all     3.00 story points (n=1)"));
    }

    @Test
    public void shouldListEveryIssueOfEverySprintWithOutcomeAndEstimatesWhenVelocityPerIssue() throws IOException {
        assertEquals(0, run("kpi", "velocity", "--issues", export(SPRINTS), "--per-issue", "--format", "csv"));
        assertEquals("""
                sprint_id,sprint,key,outcome,added_during_sprint,initial_estimate,final_estimate,commitment_points,completed_points
                5,DS Sprint 5,DS-10,completed,false,3.0,3.0,3.0,3.0
                5,DS Sprint 5,DS-11,not_completed,false,5.0,5.0,5.0,0.0
                5,DS Sprint 5,DS-12,not_completed,true,2.0,2.0,0.0,0.0
                9,XY Sprint 9,XY-1,completed,false,1.0,1.0,1.0,1.0
                """, out());
    }

    @Test
    public void shouldKeepEveryFormatConsistentWhenVelocityPerIssue() throws IOException {
        assertEquals(0, run("kpi", "velocity", "--issues", export(SPRINTS), "--per-issue", "--format", "json"));
        JsonNode document = new ObjectMapper().readTree(out());
        assertEquals(4, document.get("rows").size());
        assertEquals("not_completed", document.get("rows").get(2).get("outcome").asText());
        assertTrue(document.get("rows").get(2).get("added_during_sprint").asBoolean());
        assertEquals(0.4444444444444444, document.get("summary").get("say_do_all").asDouble(), 1e-15);

        out.reset();
        assertEquals(0, run("kpi", "velocity", "--issues", export(SPRINTS), "--per-issue"));
        assertTrue(out(), out().contains("5          DS Sprint 5  DS-12  not_completed  true                 2.00"));
    }

    private static Path realExport(String name) {
        String folderName = System.getProperty("lodestar.datasets");
        Path file = folderName == null ? null : Path.of(folderName, "jira-public-2015", name);
        assumeTrue("real export not found under -Dlodestar.datasets=" + folderName, file != null && Files.isRegularFile(file));
        return file;
    }

    @Test
    public void shouldMeasureRealApacheExportFromItsFirstToItsLastCompletion() throws IOException {
        Path apache = realExport("apache-2015-search.json");

        assertEquals(0, run("kpi", "time-in-status", "--issues", apache.toString(), "--format", "json"));
        JsonNode summary = new ObjectMapper().readTree(out()).get("summary");
        // The latest timestamp in the file, an "updated" of 2015-04-01 (the crawl), not today.
        assertEquals("2015-04-01T16:50:05.681Z", summary.get("as_of").asText());

        out.reset();
        assertEquals(0, run("kpi", "throughput", "--issues", apache.toString(), "--format", "csv"));
        List<String> lines = out().lines().toList();
        // Issues were created from 2009-W52 on, but nothing was done before 2011-W51.
        assertEquals("2011-W51,1,0.0", lines.get(1));
        // The weeks end with the last entry into done (2015-W05), not with the crawl's last update (2015-W14):
        // the same "done" instant bounds the window at both ends (issue 17).
        assertEquals("2015-W05", lines.get(lines.size() - 1).split(",")[0]);
    }

    @Test
    public void shouldLeaveOutApacheIssuesThatNeverStartedWhenCycleTimeWithWorkflow() throws IOException {
        Path apache = realExport("apache-2015-search.json");

        assertEquals(0, run("kpi", "cycle-time", "--issues", apache.toString(), "--format", "json", "--workflow",
                "To Do=Open,Reopened;In Progress=In Progress,Patch Available;Done=Resolved,Closed",
                "--commit-stage", "In Progress", "--done-stage", "Done"));
        JsonNode document = new ObjectMapper().readTree(out());
        // Was a median of 0.0 days over 496 issues; the independent Python computation gives 6.0058 over 109.
        assertEquals(109, document.get("summary").get("measured").asInt());
        assertEquals(6.00584962962963, document.get("summary").get("median_days").asDouble(), 1e-9);
        assertEquals(387, document.get("summary").get("not_started").asInt());
        assertTrue(document.get("notes").toString(), document.get("notes").toString().contains(
                "387 issues never entered the In Progress stage"));
    }

    @Test
    public void shouldComputeOnTimeDeliveryOfRealDuraSpaceExportWhenCsvSummary() {
        String folderName = System.getProperty("lodestar.datasets");
        Path file = folderName == null ? null : Path.of(folderName, "jira-public-2015", "duraspace-2015-search.json");
        assumeTrue("real export not found under -Dlodestar.datasets=" + folderName, file != null && Files.isRegularFile(file));

        assertEquals(0, run("kpi", "on-time-delivery", "--issues", file.toString(), "--format", "csv"));
        List<String> lines = new ArrayList<>(out().lines().toList());
        assertEquals("file,issues,rate,on_time,late,without_deadline,unresolved,mean_delay_days_of_late,"
                + "median_delay_days_of_late", lines.get(0));
        // 1074 on time of 1326 with a deadline, figures from the independent Python computation.
        assertTrue(lines.get(1), lines.get(1).startsWith("duraspace-2015-search.json,3036,0.8099547511312217,1074,252,1051,659,"));
    }
}
