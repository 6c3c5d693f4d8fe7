package io.lodestar.sandbox.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.issue.Change;
import io.lodestar.core.issue.ChangeField;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.issue.StatusCategory;
import io.lodestar.core.kpi.IssueHistory;
import io.lodestar.core.kpi.KpiDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Hand-built exports, one quirk of Jira's search response per test. */
public class JiraRestExportIssueSourceTest {

    private static final String NAMES = "\"names\":{\"customfield_1\":\"Story Points\",\"customfield_2\":\"Sprint\","
            + "\"customfield_3\":\"Epic Link\"}";

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    private static String issue(String key, String extraFields, String histories) {
        return "{\"id\":\"1" + key.substring(key.indexOf('-') + 1) + "\",\"key\":\"" + key + "\",\"fields\":{"
                + "\"issuetype\":{\"id\":\"1\",\"name\":\"Bug\",\"subtask\":false},"
                + "\"status\":{\"id\":\"6\",\"name\":\"Closed\",\"statusCategory\":{\"id\":3,\"key\":\"done\"}},"
                + "\"project\":{\"id\":\"10\",\"key\":\"" + key.substring(0, key.indexOf('-')) + "\"},"
                + "\"created\":\"2014-01-06T10:00:00.000-0500\",\"resolutiondate\":\"2014-01-08T23:30:00.000-0500\""
                + extraFields + "},\"changelog\":{\"startAt\":0,\"maxResults\":9,\"total\":9,\"histories\":[" + histories + "]}}";
    }

    private static String page(String... issues) {
        return "{\"startAt\":0,\"maxResults\":50,\"total\":" + issues.length + "," + NAMES + ",\"issues\":["
                + String.join(",", issues) + "]}";
    }

    /** A file of the folder holding {@code json} in UTF-8. */
    private Path written(String json) throws IOException {
        Path file = folder.newFile().toPath();
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private JiraExport.WithIssues read(String json) throws IOException {
        return new JiraRestExportIssueSource(written(json)).readAll();
    }

    private InvalidInputException rejected(String json) throws IOException {
        try {
            read(json);
        } catch (InvalidInputException e) {
            return e;
        }
        throw new AssertionError("accepted: " + json);
    }

    private void assertRejected(String json, String field, String reasonPart) throws IOException {
        try {
            read(json);
            fail("accepted");
        } catch (InvalidInputException e) {
            assertEquals(field, e.field());
            assertTrue(e.reason(), e.reason().contains(reasonPart));
        }
    }

    @Test
    public void shouldKeepEachTimestampsOwnOffsetWhenReading() throws IOException {
        IssueSnapshot issue = read(page(issue("DS-1", "", ""))).issues().get(0);

        assertEquals(OffsetDateTime.parse("2014-01-08T23:30-05:00"), issue.resolved());
        assertEquals("-05:00", issue.resolved().getOffset().getId());
        assertEquals(StatusCategory.DONE, issue.status().category());
        assertEquals("DS", issue.projectKey());
        assertTrue(issue.isBug());
    }

    @Test
    public void shouldFindCustomFieldsByTheirNamesWhenIdsDiffer() throws IOException {
        IssueSnapshot issue = read(page(issue("DS-1", ",\"customfield_1\":5.0,\"customfield_3\":\"DS-0\"", "")))
                .issues().get(0);

        assertEquals(5.0, issue.storyPoints(), 0);
        assertEquals("DS-0", issue.epicKey());
    }

    @Test
    public void shouldReadAnEpicParentAsTheEpicAndASubtasksParentAsItsParentAsJiraCloudLinksBoth() throws IOException {
        // Cloud: a story's parent is its epic (hierarchy level 1), a sub-task's parent its story (level 0);
        // a Server-style parent named Epic without a level is an epic too. "Epic Link" still wins where set.
        String cloudStory = issue("DS-2", ",\"parent\":{\"id\":\"10\",\"key\":\"DS-10\",\"fields\":{\"summary\":\"E\","
                + "\"status\":{\"id\":\"3\",\"name\":\"In Progress\",\"statusCategory\":{\"key\":\"indeterminate\"}},"
                + "\"priority\":{\"name\":\"High\"},\"issuetype\":{\"id\":\"5\",\"name\":\"Épica\",\"subtask\":false,"
                + "\"hierarchyLevel\":1}}}", "");
        String subtask = issue("DS-3", ",\"parent\":{\"key\":\"DS-2\",\"fields\":{\"issuetype\":{\"name\":\"Story\","
                + "\"hierarchyLevel\":0}}}", "");
        String namedEpic = issue("DS-4", ",\"parent\":{\"key\":\"DS-11\",\"fields\":{\"issuetype\":{\"name\":\"Epic\"}}}", "");
        String both = issue("DS-5", ",\"customfield_3\":\"DS-0\",\"parent\":{\"key\":\"DS-11\",\"fields\":"
                + "{\"issuetype\":{\"name\":\"Epic\",\"hierarchyLevel\":1}}}", "");

        JiraExport.WithIssues read = read(page(cloudStory, subtask, namedEpic, both));

        List<IssueSnapshot> issues = read.issues();
        assertEquals("DS-10", issues.get(0).epicKey());
        assertNull(issues.get(0).parentKey());
        assertNull(issues.get(1).epicKey());
        assertEquals("DS-2", issues.get(1).parentKey());
        assertEquals("DS-11", issues.get(2).epicKey());
        assertEquals("DS-0", issues.get(3).epicKey());
        assertTrue(read.export().statuses().find("3").isPresent());
    }

    @Test
    public void shouldParseLegacySprintTextWithNullsAndOffsetsWhenSprintFieldIsText() throws IOException {
        String sprint = "com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=12,rapidViewId=3,state=CLOSED,"
                + "name=Sprint 1, part 2,startDate=2014-01-06T10:00:00.000-05:00,endDate=2014-01-17T10:00:00.000-05:00,"
                + "completeDate=<null>,sequence=12]";
        IssueSnapshot issue = read(page(issue("DS-1", ",\"customfield_2\":[\"" + sprint + "\"]", ""))).issues().get(0);

        Sprint read = issue.sprints().get(0);
        assertEquals(new Sprint(12, "Sprint 1, part 2", Sprint.State.CLOSED, OffsetDateTime.parse("2014-01-06T10:00-05:00"),
                OffsetDateTime.parse("2014-01-17T10:00-05:00"), null, 3L), read);
        assertEquals("-05:00", read.startDate().getOffset().getId());
    }

    @Test
    public void shouldFindTheSprintFieldByItsGreenHopperTextsWhenTheExportHasNoNames() throws IOException {
        String sprint = "com.atlassian.greenhopper.service.sprint.Sprint@1a2b[id=12,rapidViewId=3,state=CLOSED,"
                + "name=Sprint 1,startDate=2014-01-06T10:00:00.000-05:00,endDate=2014-01-17T10:00:00.000-05:00,"
                + "completeDate=<null>,sequence=12]";
        // DS-1 holds an array of texts that are not sprints first, so the sprint field is customfield_7, not _4
        String withoutNames = page(issue("DS-1", ",\"customfield_4\":[\"red\"],\"customfield_7\":[\"" + sprint + "\"]", ""))
                .replace(NAMES + ",", "");
        JiraExport.WithIssues read = read(withoutNames);

        assertEquals("customfield_7", read.export().fields().sprintId());
        assertEquals(12, read.issues().get(0).sprints().get(0).id());
        assertNull(read.export().fields().storyPointsId());
        assertTrue(read.export().fields().note(), read.export().fields().note().contains("sprints = customfield_7, by content"));
    }

    @Test
    public void shouldFindTheSprintFieldByContentWhenTheNamesBlockNamesOnlySomeFields() throws IOException {
        // names give Story Points but no Sprint (a names block of another page, or a partial export): the
        // sprint objects of customfield_7 still make it the sprint field
        String sprint = "{\"id\":4,\"name\":\"S4\",\"state\":\"closed\",\"boardId\":2}";
        String partial = page(issue("DS-1", ",\"customfield_1\":3,\"customfield_7\":[" + sprint + "]", ""))
                .replace(NAMES, "\"names\":{\"customfield_1\":\"Story Points\"}");
        JiraExport.WithIssues read = read(partial);

        assertEquals("customfield_1", read.export().fields().storyPointsId());
        assertEquals("customfield_7", read.export().fields().sprintId());
        assertEquals(4, read.issues().get(0).sprints().get(0).id());
        assertEquals(3.0, read.issues().get(0).storyPoints(), 0);
    }

    @Test
    public void shouldFindFieldsByTheirSchemaTypeWhenTheExportHasASchemaBlockButNoNames() throws IOException {
        String json = page(issue("DS-1", ",\"customfield_5\":2,\"customfield_6\":\"DS-0\",\"customfield_8\":[]", ""))
                .replace(NAMES, "\"schema\":{\"customfield_5\":{\"type\":\"number\",\"custom\":"
                        + "\"com.pyxis.greenhopper.jira:jsw-story-points\",\"customId\":5},\"customfield_6\":{\"type\":\"any\","
                        + "\"custom\":\"com.pyxis.greenhopper.jira:gh-epic-link\"},\"customfield_8\":{\"type\":\"array\","
                        + "\"items\":\"json\",\"custom\":\"com.pyxis.greenhopper.jira:gh-sprint\"}}");
        JiraExport.WithIssues read = read(json);

        assertEquals("customfield_5", read.export().fields().storyPointsId());
        assertEquals("customfield_8", read.export().fields().sprintId());
        assertEquals("customfield_6", read.export().fields().epicLinkId());
        assertEquals(2.0, read.issues().get(0).storyPoints(), 0);
        assertEquals("DS-0", read.issues().get(0).epicKey());
        assertTrue(read.export().fields().note(), read.export().fields().note().contains(
                "epic link = customfield_6, by its schema type com.pyxis.greenhopper.jira:gh-epic-link"));
    }

    @Test
    public void shouldNeverTakeAPlainNumberFieldForStoryPointsByItsTypeAlone() throws IOException {
        String json = page(issue("DS-1", ",\"customfield_5\":2", "")).replace(NAMES, "\"schema\":{\"customfield_5\":"
                + "{\"type\":\"number\",\"custom\":\"com.atlassian.jira.plugin.system.customfieldtypes:float\"}}");

        assertNull(read(json).export().fields().storyPointsId());
    }

    @Test
    public void shouldFindStoryPointsByTheFieldIdOfTheirChangelogItemsAsJiraCloudWritesThem() throws IOException {
        String history = "{\"created\":\"2014-01-07T10:00:00.000-0500\",\"items\":[{\"field\":\"Story point estimate\","
                + "\"fieldtype\":\"custom\",\"fieldId\":\"customfield_10016\",\"from\":null,\"fromString\":\"3\","
                + "\"to\":null,\"toString\":\"5\"}]}";
        JiraExport.WithIssues read = read(page(issue("DS-1", ",\"customfield_10016\":5", history)).replace(NAMES + ",", ""));

        assertEquals("customfield_10016", read.export().fields().storyPointsId());
        assertEquals(5.0, read.issues().get(0).storyPoints(), 0);
        assertEquals(1, read.issues().get(0).changelog().size());
    }

    @Test
    public void shouldTakeTheLatestParentChangeAsTheEpicOfAnIssueWithoutEpicFieldsInAnyOrder() throws IOException {
        // newest first, as Cloud pages changelogs: DS-9 (the 9th) is later than DS-8 (the 8th) whatever the order
        String histories = parentChange("2014-01-09", "IssueParentAssociation", "DS-9") + ","
                + parentChange("2014-01-07", "Epic Link", "DS-7") + "," + parentChange("2014-01-08", "Parent", "DS-8");
        String story = issue("DS-1", "", histories).replace("\"name\":\"Bug\"", "\"name\":\"Story\"");
        String subtask = issue("DS-2", "", histories).replace("\"subtask\":false", "\"subtask\":true");
        String removed = issue("DS-3", "", histories + "," + parentChange("2014-01-10", "IssueParentAssociation", null));
        JiraExport.WithIssues read = read(page(story, subtask, removed));

        assertEquals("DS-9", read.issues().get(0).epicKey());
        assertNull("a sub-task's parent is no epic", read.issues().get(1).epicKey());
        assertNull("the latest change took the epic away", read.issues().get(2).epicKey());
        assertTrue(read.export().fields().note(), read.export().fields().note().endsWith(
                "; 1 issues without a parent field take as epic the latest Epic Link, Parent or IssueParentAssociation"
                        + " change of their changelog"));
    }

    @Test
    public void shouldReadAChangelogItemWithARepeatedFieldKeyByTheLastOneAsJsonParsersDo() throws IOException {
        // the first item is named for a dropped field until its second "field": its values are read again;
        // the history's "created" is repeated after its items, and the last one is their instant
        String history = "{\"created\":\"2014-01-07T10:00:00.000-0500\",\"items\":["
                + "{\"field\":\"description\",\"from\":\"1\",\"fromString\":\"Open\",\"to\":\"6\","
                + "\"field\":\"status\",\"toString\":\"Closed\"},"
                + "{\"field\":\"status\",\"from\":\"1\",\"fromString\":\"Open\",\"field\":\"description\","
                + "\"to\":\"6\",\"toString\":\"Closed\"}],"
                + "\"created\":\"2014-01-08T10:00:00.000-0500\"}";
        IssueSnapshot issue = read(page(issue("DS-1", "", history))).issues().get(0);

        assertEquals(List.of(new Change(OffsetDateTime.parse("2014-01-08T10:00-05:00"), ChangeField.STATUS, "1", "Open",
                "6", "Closed")), issue.changelog());
    }

    private static String parentChange(String day, String field, String toKey) {
        return "{\"created\":\"" + day + "T10:00:00.000-0500\",\"items\":[{\"field\":\"" + field + "\",\"fieldtype\":"
                + "\"jira\",\"from\":null,\"fromString\":null,\"to\":" + (toKey == null ? "null" : "\"100\"")
                + ",\"toString\":" + (toKey == null ? "null" : "\"" + toKey + "\"") + "}]}";
    }

    @Test
    public void shouldTakeAParentWithoutTypeAsTheEpicOfAStandardIssueOnly() throws IOException {
        String parent = ",\"parent\":{\"id\":\"100\",\"key\":\"DS-100\"}";
        JiraExport.WithIssues read = read(page(issue("DS-1", parent, ""),
                issue("DS-2", parent, "").replace("\"subtask\":false", "\"subtask\":true")));

        assertEquals("DS-100", read.issues().get(0).epicKey());
        assertNull(read.issues().get(0).parentKey());
        assertNull(read.issues().get(1).epicKey());
        assertEquals("DS-100", read.issues().get(1).parentKey());
    }

    @Test
    public void shouldReadTheAgileApisEpicFieldWhenNoEpicLinkFieldIsKnown() throws IOException {
        String json = page(issue("DS-1", ",\"epic\":{\"id\":37,\"key\":\"DS-37\",\"name\":\"e\",\"done\":false}", ""))
                .replace(NAMES + ",", "");
        JiraExport.WithIssues read = read(json);

        assertEquals("DS-37", read.issues().get(0).epicKey());
        assertTrue(read.export().fields().note(), read.export().fields().note().contains("epic link = the agile API's epic field"));
    }

    @Test
    public void shouldTakeTheFieldsGivenByIdAheadOfTheNames() throws IOException {
        Path file = written(page(issue("DS-1", ",\"customfield_1\":8,\"customfield_9\":5", "")));
        JiraExport.WithIssues read = new JiraRestExportIssueSource(file,
                new ExportFields.Chosen("customfield_9", null, null)).readAll();

        // customfield_9 (5) is taken, not the field named Story Points (customfield_1, 8)
        assertEquals(5.0, read.issues().get(0).storyPoints(), 0);
        assertEquals("customfield_2", read.export().fields().sprintId());
    }

    @Test
    public void shouldReadModernSprintObjectsWhenSprintFieldHoldsObjects() throws IOException {
        String sprint = "{\"id\":37,\"name\":\"Team 5\",\"state\":\"active\",\"boardId\":4,\"goal\":\"\","
                + "\"startDate\":\"2024-03-04T09:00:00.000+01:00\",\"endDate\":\"2024-03-18T09:00:00.000+01:00\"}";
        IssueSnapshot issue = read(page(issue("DS-1", ",\"customfield_2\":[" + sprint + "]", ""))).issues().get(0);

        assertEquals(new Sprint(37, "Team 5", Sprint.State.ACTIVE, OffsetDateTime.parse("2024-03-04T09:00+01:00"),
                OffsetDateTime.parse("2024-03-18T09:00+01:00"), null, 4L), issue.sprints().get(0));
    }

    @Test
    public void shouldRefuseASprintObjectOfTheSprintFieldWithoutAStateOrWithAnObjectForAValue() throws IOException {
        assertRejected(page(issue("DS-1", ",\"customfield_2\":[{\"id\":37,\"name\":\"Team 5\"}]", "")),
                "issue DS-1 field Sprint (customfield_2)", "a sprint needs an id, a name and a state");
        assertRejected(page(issue("DS-1", ",\"customfield_2\":[{\"id\":{\"value\":37},\"name\":\"Team 5\","
                        + "\"state\":\"active\"}]", "")),
                "issue DS-1 field Sprint (customfield_2)", "the sprint's id must be a value, found an object");
    }

    @Test
    public void shouldMapChangelogItemsByFieldNameAndSortThemWhenReading() throws IOException {
        String histories = "{\"id\":\"2\",\"created\":\"2014-01-07T10:00:00.000-0500\",\"items\":["
                + "{\"field\":\"Status\",\"fieldtype\":\"jira\",\"from\":\"1\",\"fromString\":\"Open\",\"to\":\"6\",\"toString\":\"Closed\"},"
                + "{\"field\":\"Link\",\"fieldtype\":\"jira\",\"from\":null,\"fromString\":null,\"to\":\"DS-9\",\"toString\":\"x\"}]},"
                + "{\"items\":[{\"field\":\"duedate\",\"fieldtype\":\"jira\",\"from\":null,\"fromString\":null,\"to\":null,"
                + "\"toString\":\"2009-04-28 00:00:00.0\"},{\"field\":\"Story Points\",\"fieldtype\":\"custom\",\"from\":null,"
                + "\"fromString\":\"8\",\"to\":null,\"toString\":\"3\"}],\"created\":\"2014-01-06T12:00:00.000-0500\",\"id\":\"1\"}";
        IssueSnapshot issue = read(page(issue("DS-1", "", histories))).issues().get(0);

        List<Change> changes = issue.changelog();
        assertEquals(3, changes.size());
        assertEquals(new Change(OffsetDateTime.parse("2014-01-06T12:00-05:00"), ChangeField.DUE_DATE, null, null,
                "2009-04-28", "2009-04-28 00:00:00.0"), changes.get(0));
        assertEquals(ChangeField.STORY_POINTS, changes.get(1).field());
        assertEquals("3", changes.get(1).toText());
        assertEquals(new Change(OffsetDateTime.parse("2014-01-07T10:00-05:00"), ChangeField.STATUS, "1", "Open", "6",
                "Closed"), changes.get(2));
    }

    @Test
    public void shouldListStatusesSeenOnlyInChangelogsAsUndefinedWhenNoStatusObjectNamesThem() throws IOException {
        String histories = "{\"created\":\"2014-01-07T10:00:00.000-0500\",\"items\":[{\"field\":\"status\","
                + "\"from\":\"10002\",\"fromString\":\"Patch Available\",\"to\":\"6\",\"toString\":\"Closed\"}]}";
        String linked = ",\"issuelinks\":[{\"inwardIssue\":{\"key\":\"DS-7\",\"fields\":{\"status\":{\"id\":\"3\","
                + "\"name\":\"In Progress\",\"statusCategory\":{\"key\":\"indeterminate\"}}}}}]";
        JiraExport export = read(page(issue("DS-1", linked, histories))).export();

        assertEquals(StatusCategory.IN_PROGRESS, export.statuses().categoryOf("3"));
        assertEquals(StatusCategory.DONE, export.statuses().categoryOf("6"));
        assertEquals(StatusCategory.UNDEFINED, export.statuses().categoryOf("10002"));
        assertEquals(1, export.changelogOnly().size());
        assertEquals("Patch Available", export.changelogOnly().get(0).name());
    }

    @Test
    public void shouldReadNamesGivenAfterIssuesWhenTheFileIsOrderedSo() throws IOException {
        String json = "{\"issues\":[" + issue("DS-1", ",\"customfield_1\":2", "") + "]," + NAMES + "}";

        JiraExport.WithIssues read = read(json);

        assertEquals(2.0, read.issues().get(0).storyPoints(), 0);
        assertEquals("customfield_1", read.export().fields().storyPointsId());
    }

    @Test
    public void shouldReadEveryPageWhenPagesAreAnArrayOrConcatenated() throws IOException {
        String first = page(issue("DS-1", "", ""), issue("DS-2", "", ""));
        String second = page(issue("DS-3", "", ""));

        assertEquals(3, read("[" + first + "," + second + "]").issues().size());
        assertEquals(List.of("DS-1", "DS-2", "DS-3"),
                read(first + "\n" + second).issues().stream().map(IssueSnapshot::key).toList());
    }

    @Test
    public void shouldLeaveOptionalFieldsEmptyWhenNullOrAbsent() throws IOException {
        IssueSnapshot issue = read(page(issue("DS-1", ",\"duedate\":null,\"customfield_1\":null,\"fixVersions\":[]", "")))
                .issues().get(0);

        assertNull(issue.dueDate());
        assertNull(issue.storyPoints());
        assertTrue(issue.fixVersions().isEmpty());
        assertTrue(issue.sprints().isEmpty());
    }

    @Test
    public void shouldReadDueDateAndFixVersionReleaseDatesAsCalendarDates() throws IOException {
        IssueSnapshot issue = read(page(issue("DS-1", ",\"duedate\":\"2014-01-08\",\"fixVersions\":[{\"id\":\"5\","
                + "\"name\":\"1.0\",\"released\":true,\"releaseDate\":\"2014-01-10\"}]", ""))).issues().get(0);

        assertEquals(LocalDate.parse("2014-01-08"), issue.dueDate());
        assertEquals(LocalDate.parse("2014-01-10"), issue.fixVersions().get(0).releaseDate());
        assertTrue(issue.fixVersions().get(0).released());
    }

    @Test
    public void shouldNameIssueAndFieldWhenTimestampIsMalformed() throws IOException {
        String bad = issue("DS-1", "", "").replace("2014-01-06T10:00:00.000-0500", "yesterday");

        assertRejected(page(bad), "issue DS-1 field created", "found 'yesterday'");
    }

    @Test
    public void shouldNameIssueAndFieldWhenStoryPointsAreNotANumber() throws IOException {
        assertRejected(page(issue("DS-4", ",\"customfield_1\":\"lots\"", "")),
                "issue DS-4 field Story Points (customfield_1)", "expected a number");
    }

    @Test
    public void shouldNameIssueAndFieldWhenLegacySprintTextLacksAState() throws IOException {
        String sprint = "com.atlassian.greenhopper.service.sprint.Sprint@1[id=1,name=S1,startDate=<null>]";

        assertRejected(page(issue("DS-5", ",\"customfield_2\":[\"" + sprint + "\"]", "")),
                "issue DS-5 field Sprint (customfield_2)", "lacks id, name or state");
    }

    @Test
    public void shouldRefuseStoryPointsThatAreNoFiniteNumberWhenReading() throws IOException {
        assertRejected(page(issue("DS-4", ",\"customfield_1\":1e999", "")), "issue DS-4 field Story Points (customfield_1)",
                "expected a number of story points, found '1e999'");
        assertRejected(page(issue("DS-4", ",\"customfield_1\":\"NaN\"", "")), "issue DS-4 field Story Points (customfield_1)",
                "found 'NaN'");
    }

    @Test
    public void shouldRefuseTimestampsBeyondYear9999WhenReading() throws IOException {
        String far = page(issue("DS-6", "", "")).replace("2014-01-06T10:00:00.000-0500", "+999999999-12-31T23:59:59Z");

        assertRejected(far, "issue DS-6 field created", "found '+999999999-12-31T23:59:59Z'");
    }

    @Test
    public void shouldNameIssueWhenRequiredFieldIsMissing() throws IOException {
        String noCreated = issue("DS-6", "", "").replace("\"created\":\"2014-01-06T10:00:00.000-0500\",", "");

        assertRejected(page(noCreated), "issue DS-6 field created", "is missing");
    }

    @Test
    public void shouldSayInOwnWordsWhereFileEndsWhenJsonIsCut() throws IOException {
        String cut = page(issue("DS-7", "", ""));

        InvalidInputException refused = rejected(cut.substring(0, cut.length() - 40));

        assertEquals("issue DS-7", refused.field());
        assertTrue(refused.reason(), refused.reason().matches(
                ".+\\.tmp is cut short: it ends at line 1, column \\d+ with 4 objects or arrays still open; export it again"));
    }

    @Test
    public void shouldSayLineColumnAndShowTheSpotWhenJsonIsBroken() throws IOException {
        InvalidInputException refused = rejected("{\"names\":{},\n\"issues\":[\n{\"key\":\"A-1\"]}");

        assertEquals("issue A-1", refused.field());
        assertTrue(refused.reason(), refused.reason().endsWith(
                " is not valid JSON at line 3, column 13, near 's\":{},\\n\"issues\":[\\n{\"key\":\"A-1\"<here>]}'"));
    }

    @Test
    public void shouldKeepJacksonsWordsOutOfEveryMessageWhenJsonIsBroken() throws IOException {
        String valid = page(issue("DS-8", "", ""));
        for (int end = 1; end < valid.length(); end += 7) {
            for (String broken : List.of(valid.substring(0, end), valid.substring(0, end) + "#" + valid.substring(end))) {
                try {
                    read(broken);
                } catch (InvalidInputException e) {
                    for (String internal : List.of("VALUE_", "Unexpected", "marker", "[Source", "token", "START_", "END_")) {
                        assertFalse(broken + "\n" + e.getMessage(), e.getMessage().contains(internal));
                    }
                }
            }
        }
    }

    @Test
    public void shouldReadTextsWithEscapesAndNonAsciiInOnePassOfTheFastParser() throws IOException {
        // texts the reader keeps (changelog values, a status name), escaped and not, and a name with an escape
        String json = page(issue("DS-1", ",\"customfield_1\":3", "{\"created\":\"2014-01-07T10:00:00.000-0500\",\"items\":["
                + "{\"field\":\"status\",\"from\":\"1\",\"fromString\":\"Ouvert \\u00e0 \\\"faire\\\"\\n\\ud83d\\ude00\","
                + "\"to\":\"6\",\"toString\":\"Ferm\u00e9 \u65e5\u672c \\/ \ud834\udd1e\"}]}")
                .replace("\"name\":\"Closed\"", "\"n\\u0061me\":\"Clos\\u00e9\""));
        Path file = written(json);
        JiraRestExportIssueSource source = new JiraRestExportIssueSource(file);

        JiraExport.WithIssues read = source.readAll();

        assertEquals("read by the fast parser alone", 1, source.opened);
        IssueSnapshot issue = read.issues().get(0);
        assertEquals(Double.valueOf(3), issue.storyPoints());
        assertEquals("Clos\u00e9", issue.status().name());
        assertEquals("Ouvert \u00e0 \"faire\"\n\ud83d\ude00", issue.changelog().get(0).fromText());
        assertEquals("Ferm\u00e9 \u65e5\u672c / \ud834\udd1e", issue.changelog().get(0).toText());
    }

    @Test
    public void shouldGiveEachIssueOnceWhenJacksonReadsWhatTheFastParserRefusesAfterSomeIssues() throws IOException {
        // ED A0 80 (a surrogate written in UTF-8, which UTF-8 forbids): Jackson's parser takes it, the fast one
        // does not, after it handed over two issues
        byte[] json = page(issue("DS-1", "", ""), issue("DS-2", "", ""), issue("DS-3", ",\"summary\":\"a#b\"", ""))
                .getBytes(StandardCharsets.UTF_8);
        byte[] withSurrogate = new byte[json.length + 2];
        int mark = new String(json, StandardCharsets.UTF_8).indexOf('#');
        System.arraycopy(json, 0, withSurrogate, 0, mark);
        withSurrogate[mark] = (byte) 0xED;
        withSurrogate[mark + 1] = (byte) 0xA0;
        withSurrogate[mark + 2] = (byte) 0x80;
        System.arraycopy(json, mark + 1, withSurrogate, mark + 3, json.length - mark - 1);
        Path file = folder.newFile().toPath();
        Files.write(file, withSurrogate);
        JiraRestExportIssueSource source = new JiraRestExportIssueSource(file);
        List<String> streamed = new ArrayList<>();
        List<Integer> told = new ArrayList<>();

        List<IssueSnapshot> read = source.readAll(told::add).issues();
        source.opened = 0;
        JiraExport export = source.read(issue -> streamed.add(issue.key()));

        assertEquals(List.of("DS-1", "DS-2", "DS-3"), read.stream().map(IssueSnapshot::key).toList());
        assertEquals("each issue told once, in order", List.of(1, 2, 3), told);
        assertEquals("each issue handed over once", List.of("DS-1", "DS-2", "DS-3"), streamed);
        assertEquals(3, export.issueCount());
        assertEquals("the fast parser, then Jackson's", 2, source.opened);
    }

    @Test
    public void shouldGiveEachIssueOnceThenJacksonsPlaceWhenTheFileBreaksAfterSomeIssues() throws IOException {
        // a raw tab inside a text: not JSON; the fast parser refuses it, Jackson's read says where
        String json = page(issue("DS-1", "", ""), issue("DS-2", "", ""), issue("DS-3", ",\"summary\":\"a\tb\"", ""));
        Path file = written(json);
        JiraRestExportIssueSource source = new JiraRestExportIssueSource(file);
        List<String> streamed = new ArrayList<>();

        try {
            source.read(issue -> streamed.add(issue.key()));
            fail("accepted");
        } catch (InvalidInputException e) {
            assertEquals("issue DS-3", e.field());
            assertTrue(e.reason(), e.reason().contains("is not valid JSON at line 1, column "));
        }

        assertEquals("each issue handed over once", List.of("DS-1", "DS-2"), streamed);
        assertEquals("the fast parser, then Jackson's", 2, source.opened);
    }

    @Test
    public void shouldPassTheCallersExceptionOnWithoutReadingAgain() throws IOException {
        Path file = written(page(issue("DS-1", "", ""), issue("DS-2", "", "")));
        JiraRestExportIssueSource source = new JiraRestExportIssueSource(file);
        InvalidInputException callers = new InvalidInputException("sink", "full");
        List<String> streamed = new ArrayList<>();

        try {
            source.read(issue -> {
                streamed.add(issue.key());
                throw callers;
            });
            fail("the sink's exception was swallowed");
        } catch (InvalidInputException e) {
            assertSame(callers, e);
        }

        assertEquals(List.of("DS-1"), streamed);
        assertEquals(1, source.opened);
    }

    @Test
    public void shouldReadAFileInUtf16WithJacksonsParserAfterTheFastOneRefusesIt() throws IOException {
        Path file = folder.newFile().toPath();
        Files.writeString(file, page(issue("DS-1", "", "")), StandardCharsets.UTF_16);
        JiraRestExportIssueSource source = new JiraRestExportIssueSource(file);

        JiraExport.WithIssues read = source.readAll();

        assertEquals("DS-1", read.issues().get(0).key());
        assertEquals(2, source.opened);
    }

    @Test
    public void shouldRejectWhenFileIsMissing() {
        try {
            new JiraRestExportIssueSource(folder.getRoot().toPath().resolve("absent.json")).readAll();
            fail("accepted");
        } catch (InvalidInputException e) {
            assertTrue(e.getMessage(), e.getMessage().contains("file not found"));
        }
    }

    @Test
    public void shouldRejectWhenDocumentIsNotASearchResponse() throws IOException {
        assertRejected("42", "issues", "is not a Jira export: it holds '42' at line 1, column 1 where a search"
                + " response (an object) was expected; " + JiraRestExportIssueSource.EXPECTED);
    }

    @Test
    public void shouldSayWhatAnExportLooksLikeWhenJsonIsSomethingElse() throws IOException {
        assertRejected("{\"foo\":1}", "issues", "is not a Jira export: its object has no \"issues\" array"
                + " (its fields: foo); expected the response of GET /rest/api/2/search");
        assertRejected("[]", "issues", "is not a Jira export: it is an empty array, with no search response in it;");
        assertRejected("{}", "issues", "is not a Jira export: its object has no \"issues\" array (it is empty);");
        assertRejected("{\"issues\":{}}", "issues", "\"issues\" is an object, not an array, at line 1, column 11;");
        assertRejected("{\"issues\":null}", "issues", "\"issues\" is 'null', not an array");
        assertRejected("{\"issues\":[1]}", "issues", "\"issues\" holds '1' at line 1, column 12 where an issue (an object)"
                + " was expected;");
        assertRejected("[{\"issues\":[]},[]]", "issues", "its array holds an array at line 1, column 16 where a search"
                + " response (an object) was expected;");
        assertRejected("{\"issues\":[]}{\"total\":0}", "issues", "its search response 2 has no \"issues\" array");
    }

    @Test
    public void shouldSayFileIsEmptyWhenItHoldsNothingOrBlanks() throws IOException {
        assertRejected("", "issues", "is not a Jira export: it is empty; expected the response of GET");
        assertRejected(" \n\t ", "issues", "is not a Jira export: it holds only blanks; expected the response of GET");
    }

    @Test
    public void shouldPassJirasOwnMessageOnWhenFileIsAnErrorResponse() throws IOException {
        assertRejected("{\"errorMessages\":[\"The value 'XY' does not exist for the field 'project'.\"],\"errors\":{}}",
                "issues", "is not a Jira export: its object is a Jira error response: The value 'XY' does not exist"
                        + " for the field 'project'.;");
    }

    @Test
    public void shouldNameIssueWhenChangelogHistoriesHoldNonObjects() throws IOException {
        String histories = "{\"created\":\"2014-01-07T10:00:00.000-0500\",\"items\":[\"status\"]}";

        assertRejected(page(issue("DS-9", "", histories)), "issue DS-9 field changelog.histories.items",
                "holds 'status' at line 1");
    }

    @Test
    public void shouldReadZeroIssuesWhenSearchResponseIsEmpty() throws IOException {
        JiraExport.WithIssues empty = read("{\"startAt\":0,\"maxResults\":50,\"total\":0,\"issues\":[]}");

        assertEquals(0, empty.issues().size());
        assertNull(empty.export().lastUpdate());
    }

    @Test
    public void shouldGiveLatestTimestampOfTheExportWhenReading() throws IOException {
        String updated = ",\"updated\":\"2014-01-09T08:00:00.000+0000\"";
        String history = "{\"created\":\"2014-01-09T10:00:00.000-0500\",\"items\":[]}";

        JiraExport export = read(page(issue("DS-1", updated, ""), issue("DS-2", "", history))).export();

        // DS-1: updated 01-09 08:00Z; DS-2: resolved 01-08 23:30 -05:00, a history at 01-09 10:00 -05:00 = 15:00Z.
        assertEquals(OffsetDateTime.parse("2014-01-09T10:00-05:00"), export.lastUpdate());
    }

    @Test
    public void shouldStreamOnlyTheProjectsIssuesWhenUsedAsIssueHistorySource() throws IOException {
        Path file = written(page(issue("DS-1", "", ""), issue("FCREPO-2", "", ""), issue("DS-3", "", "")));

        IssueHistory history = new JiraRestExportIssueSource(file).load(KpiDataSource.project("ds"));

        assertEquals(List.of("DS-1", "DS-3"), history.issues().stream().map(IssueSnapshot::key).toList());
        assertEquals(StatusCategory.DONE, history.statuses().categoryOf("6"));
    }

    @Test
    public void shouldSayNotFoundWhenProjectHasNoIssueInTheFile() throws IOException {
        Path file = written(page(issue("DS-1", "", "")));

        try {
            new JiraRestExportIssueSource(file).load(KpiDataSource.project("NOPE"));
            fail("accepted");
        } catch (NotFoundException e) {
            assertEquals("project NOPE: not found", e.getMessage());
        }
    }

    @Test
    public void shouldRefuseJqlWhenUsedAsIssueHistorySource() throws IOException {
        Path file = written(page(issue("DS-1", "", "")));

        try {
            new JiraRestExportIssueSource(file).load(KpiDataSource.jql("project = DS"));
            fail("accepted");
        } catch (InvalidInputException e) {
            assertEquals("kpi.dataSource.reference", e.field());
        }
    }
}
