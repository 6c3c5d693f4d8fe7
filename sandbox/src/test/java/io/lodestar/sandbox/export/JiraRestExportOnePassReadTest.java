package io.lodestar.sandbox.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Exports whose names block does not decide every custom field, read in one pass (the fields decided at
 * the end of the file), against the probe pass and reading pass that read them before: the same issues
 * and the same export, with the file opened once, or again in two passes when the one pass did not keep
 * what the end decided.
 */
public class JiraRestExportOnePassReadTest {

    private static final String NAMES = "\"names\":{\"customfield_1\":\"Story Points\",\"customfield_2\":\"Sprint\","
            + "\"customfield_3\":\"Epic Link\",\"customfield_4\":\"Rank\"}";
    private static final String SPRINT = "com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=12,rapidViewId=3,"
            + "state=CLOSED,name=Sprint 1,startDate=2014-01-06T10:00:00.000-05:00,endDate=2014-01-17T10:00:00.000-05:00,"
            + "completeDate=<null>,sequence=12]";
    private static final String POINTS_CHANGE = "{\"created\":\"2014-01-07T10:00:00.000-0500\",\"items\":[{\"field\":"
            + "\"Story Points\",\"fieldtype\":\"custom\",\"fieldId\":\"customfield_1\",\"from\":null,\"fromString\":\"2\","
            + "\"to\":null,\"toString\":\"3\"},{\"field\":\"Rank\",\"fieldtype\":\"custom\",\"fieldId\":\"customfield_4\","
            + "\"from\":null,\"fromString\":null,\"to\":null,\"toString\":\"Ranked higher\"}]}";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private static String issue(String key, String type, String extraFields, String histories) {
        return "{\"id\":\"1" + key.substring(key.indexOf('-') + 1) + "\",\"key\":\"" + key + "\",\"fields\":{"
                + "\"issuetype\":{\"id\":\"1\",\"name\":\"" + type + "\",\"subtask\":false},"
                + "\"status\":{\"id\":\"6\",\"name\":\"Closed\",\"statusCategory\":{\"id\":3,\"key\":\"done\"}},"
                + "\"project\":{\"id\":\"10\",\"key\":\"" + key.substring(0, key.indexOf('-')) + "\"},"
                + "\"created\":\"2014-01-06T10:00:00.000-0500\",\"resolutiondate\":\"2014-01-08T23:30:00.000-0500\""
                + extraFields + "},\"changelog\":{\"startAt\":0,\"maxResults\":9,\"total\":9,\"histories\":[" + histories + "]}}";
    }

    private static String page(String names, String... issues) {
        return "{\"startAt\":0,\"maxResults\":50,\"total\":" + issues.length + "," + (names.isEmpty() ? "" : names + ",")
                + "\"issues\":[" + String.join(",", issues) + "]}";
    }

    /** An epic, two stories in it (story points, a legacy sprint, a rank), and a bug in no epic. */
    private static String[] issues() {
        return new String[] {
            issue("DS-9", "Epic", ",\"customfield_4\":\"0|i0009:\"", ""),
            issue("DS-1", "Story", ",\"customfield_1\":3,\"customfield_2\":[\"" + SPRINT + "\"],\"customfield_3\":\"DS-9\","
                    + "\"customfield_4\":\"0|i0001:\"", POINTS_CHANGE),
            issue("DS-2", "Story", ",\"customfield_1\":5.5,\"customfield_2\":null,\"customfield_3\":\"DS-9\","
                    + "\"customfield_4\":\"0|i0002:\"", ""),
            issue("DS-3", "Bug", ",\"customfield_1\":null,\"customfield_4\":\"0|i0003:\"", "")};
    }

    private Path write(String json) throws IOException {
        Path file = folder.newFile().toPath();
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    /** Reads {@code json} both ways; returns the one-pass read after checking it equals the two-pass one. */
    private JiraExport.WithIssues readBothWays(String json, int expectedOpens) throws IOException {
        Path file = write(json);
        JiraRestExportIssueSource source = new JiraRestExportIssueSource(file);
        JiraExport.WithIssues onePass = source.readAll();
        assertEquals("opens of the file", expectedOpens, source.opened);
        assertSameRead(new JiraRestExportIssueSource(file).readAllInTwoPasses(), onePass);
        return onePass;
    }

    private static void assertSameRead(JiraExport.WithIssues expected, JiraExport.WithIssues actual) {
        assertEquals(expected.issues(), actual.issues());
        JiraExport want = expected.export();
        JiraExport got = actual.export();
        assertEquals(want.issueCount(), got.issueCount());
        assertEquals(sorted(want.statuses().statuses()), sorted(got.statuses().statuses()));
        assertEquals(want.changelogOnly(), got.changelogOnly());
        assertEquals(want.fields(), got.fields());
        assertEquals(want.truncatedChangelogs(), got.truncatedChangelogs());
        assertEquals(want.withoutChangelog(), got.withoutChangelog());
        assertEquals(want.categoryConflicts(), got.categoryConflicts());
        assertEquals(want.lastUpdate(), got.lastUpdate());
    }

    private static List<Status> sorted(List<Status> statuses) {
        return statuses.stream().sorted(Comparator.comparing(Status::id)).toList();
    }

    @Test
    public void shouldOpenTheFileOnceAndFindEveryFieldByContentWhenTheExportHasNoNames() throws IOException {
        JiraExport.WithIssues read = readBothWays(page("", issues()), 1);

        ExportFields fields = read.export().fields();
        assertEquals("customfield_1", fields.storyPointsId());
        assertEquals("customfield_2", fields.sprintId());
        assertEquals("customfield_3", fields.epicLinkId());
        assertTrue(fields.note(), fields.note().contains("epic link = customfield_3, by content (its values are all keys"
                + " of epics in the export)"));
        IssueSnapshot ds1 = read.issues().get(1);
        assertEquals("DS-9", ds1.epicKey());
        assertEquals(3.0, ds1.storyPoints(), 0);
        assertEquals(12, ds1.sprints().get(0).id());
        assertEquals(5.5, read.issues().get(2).storyPoints(), 0);
        assertNull(read.issues().get(3).epicKey());
    }

    @Test
    public void shouldGiveTheIssuesOfTheSameExportWithNamesWhenItsNamesBlockIsLeftOut() throws IOException {
        List<IssueSnapshot> withNames = new JiraRestExportIssueSource(write(page(NAMES, issues()))).readAll().issues();

        assertEquals(withNames, readBothWays(page("", issues()), 1).issues());
    }

    @Test
    public void shouldFindTheEpicLinkByContentInOnePassWhenTheNamesGiveOnlyStoryPointsAndSprintAsDuraSpacesDo() throws IOException {
        String names = "\"names\":{\"customfield_1\":\"Story Points\",\"customfield_2\":\"Sprint\",\"customfield_4\":\"Rank\"}";
        JiraExport.WithIssues read = readBothWays(page(names, issues()), 1);

        assertEquals("customfield_3", read.export().fields().epicLinkId());
        assertEquals("DS-9", read.issues().get(2).epicKey());
    }

    @Test
    public void shouldFindNoEpicLinkInOnePassWhenNoFieldHoldsOnlyKeysOfEpics() throws IOException {
        // DS-1 is no epic, so customfield_3 (DS-9, DS-1) is no epic link
        String json = page("", issues()).replaceFirst("\"customfield_3\":\"DS-9\"", "\"customfield_3\":\"DS-1\"");
        JiraExport.WithIssues read = readBothWays(json, 1);

        assertNull(read.export().fields().epicLinkId());
        assertNull(read.issues().get(1).epicKey());
    }

    @Test
    public void shouldReadTheAgileApisOwnFieldsInOnePassWhenNoCustomFieldIsTheirs() throws IOException {
        String agile = ",\"sprint\":{\"id\":4,\"name\":\"S4\",\"state\":\"active\",\"originBoardId\":2},"
                + "\"closedSprints\":[{\"id\":3,\"name\":\"S3\",\"state\":\"closed\",\"originBoardId\":2}],"
                + "\"epic\":{\"id\":37,\"key\":\"DS-9\",\"name\":\"Epic\",\"done\":false},"
                + "\"customfield_7\":[{\"self\":\"x\",\"value\":\"red\",\"id\":\"1\"}]";
        JiraExport.WithIssues read = readBothWays(page("", issue("DS-1", "Story", agile, "")), 1);

        assertEquals(List.of(4L, 3L), read.issues().get(0).sprints().stream().map(sprint -> sprint.id()).toList());
        assertEquals("DS-9", read.issues().get(0).epicKey());
        assertNull(read.export().fields().sprintId());
    }

    @Test
    public void shouldTakeSprintObjectsOfACustomFieldAheadOfTheAgileFieldsWhenContentMakesItTheSprintField() throws IOException {
        String fields = ",\"customfield_8\":[{\"id\":5,\"name\":\"S5\",\"state\":\"future\",\"boardId\":2,"
                + "\"startDate\":\"2014-01-06T15:17:30.953Z\"}],\"sprint\":{\"id\":4,\"name\":\"S4\",\"state\":\"active\"}";
        JiraExport.WithIssues read = readBothWays(page("", issue("DS-1", "Story", fields, "")), 1);

        assertEquals("customfield_8", read.export().fields().sprintId());
        assertEquals(List.of(5L), read.issues().get(0).sprints().stream().map(sprint -> sprint.id()).toList());
    }

    @Test
    public void shouldReadAgainInTwoPassesWhenTheFieldDecidedAtTheEndHoldsAValueTheOnePassDidNotKeep() throws IOException {
        // story points written as a text: decided by the changelog's fieldId at the end, read as a number
        String json = page("", issues()).replace("\"customfield_1\":5.5", "\"customfield_1\":\" 5.5\"");
        JiraExport.WithIssues read = readBothWays(json, 3);

        assertEquals(5.5, read.issues().get(2).storyPoints(), 0);
    }

    @Test
    public void shouldReadAgainInTwoPassesWhenNamesAfterTheIssuesNameAFieldOfOtherValues() throws IOException {
        String json = "{\"issues\":[" + issue("DS-1", "Story", ",\"customfield_3\":\"not a key\"", "") + "],"
                + NAMES + "}";
        JiraExport.WithIssues read = readBothWays(json, 3);

        assertEquals("not a key", read.issues().get(0).epicKey());
    }

    @Test
    public void shouldNameTheIssueAndFieldAsTheTwoPassesDoWhenAFieldDecidedAtTheEndHoldsAMalformedValue() throws IOException {
        String json = page("", issues()).replace("\"customfield_1\":5.5", "\"customfield_1\":\"lots\"");
        try {
            new JiraRestExportIssueSource(write(json)).readAll();
            fail("accepted");
        } catch (InvalidInputException e) {
            assertEquals("issue DS-2 field customfield_1 (customfield_1)", e.field());
            assertEquals("expected a number of story points, found 'lots'", e.reason());
        }
    }

    @Test
    public void shouldStreamEveryIssueInFileOrderWhenTheFieldsAreDecidedAtTheEnd() throws IOException {
        Path file = write(page("", issues()));
        List<IssueSnapshot> streamed = new ArrayList<>();
        JiraRestExportIssueSource source = new JiraRestExportIssueSource(file);

        JiraExport export = source.read(streamed::add);

        assertEquals(new JiraRestExportIssueSource(file).readAll().issues(), streamed);
        assertEquals(4, export.issueCount());
        assertEquals(1, source.opened);
    }

    @Test
    public void shouldTellProgressOfEveryIssueReadWhenTheSnapshotsAreHeldBack() throws IOException {
        List<Integer> told = new ArrayList<>();

        new JiraRestExportIssueSource(write(page("", issues()))).readAll(told::add);

        assertEquals(List.of(1, 2, 3, 4), told);
    }

    @Test
    public void shouldPassTheProgressCallbacksOwnExceptionOnWhenTheIssuesAreHeldBack() throws IOException {
        IllegalStateException stop = new IllegalStateException("stop");
        JiraRestExportIssueSource source = new JiraRestExportIssueSource(write(page("", issues())));
        try {
            source.readAll(issuesRead -> {
                throw stop;
            });
            fail("read on");
        } catch (IllegalStateException e) {
            assertSame(stop, e);
        }
        assertEquals("no second read after the caller's exception", 1, source.opened);
    }

    @Test
    public void shouldReadTheRealExportsInOnePassAsTheTwoPassesDid() throws IOException {
        for (String name : List.of(PublicJiraExports.DURASPACE, PublicJiraExports.APACHE)) {
            JiraRestExportIssueSource source = new JiraRestExportIssueSource(PublicJiraExports.file(name));
            JiraExport.WithIssues onePass = source.readAll();

            assertEquals(name, 1, source.opened);
            assertSameRead(new JiraRestExportIssueSource(PublicJiraExports.file(name)).readAllInTwoPasses(), onePass);
        }
    }

    @Test
    public void shouldTellIssueKeysAsTheirPatternDoesWhenCheckingWithoutARegex() {
        for (String text : List.of("DS-1", "A-0", "AB_1-12", "X9-3", "ds-1", "DS-", "-1", "DS1", "DS-1a", "1A-2", "D S-1",
                "DS--1", "_A-1", "0|i0001:", "", "A-", "Ä-1", "DS-١")) {
            assertEquals(text, text.matches("[A-Z][A-Z0-9_]*-[0-9]+"), JiraRestExportIssueSource.isIssueKey(text));
        }
    }
}
