package io.lodestar.sandbox.demo;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.issue.ChangeField;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Sprint;
import io.lodestar.sandbox.export.JiraRestExportIssueSource;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.BeforeClass;
import org.junit.Test;

/** The demo export, read back through the same reader as a real export. */
public class DemoExportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static List<IssueSnapshot> issues;

    @BeforeClass
    public static void read() throws Exception {
        Path file = Files.createTempDirectory("demo-export").resolve("demo-issues.json");
        new DemoExport(TODAY).writeTo(file);
        issues = new JiraRestExportIssueSource(file).readAll().issues();
    }

    @Test
    public void shouldWriteIdenticalBytesWhenGeneratedTwiceForTheSameDay() throws Exception {
        ByteArrayOutputStream first = new ByteArrayOutputStream();
        ByteArrayOutputStream second = new ByteArrayOutputStream();

        new DemoExport(TODAY).write(first);
        new DemoExport(TODAY).write(second);

        assertArrayEquals(first.toByteArray(), second.toByteArray());
    }

    @Test
    public void shouldKeepTheSameSprintsWhenGeneratedOnAnotherDayOfTheSameSprint() throws Exception {
        ByteArrayOutputStream monday = new ByteArrayOutputStream();
        new DemoExport(LocalDate.of(2026, 11, 16)).write(monday);

        assertTrue(monday.toString(java.nio.charset.StandardCharsets.UTF_8).contains("name=Atlas Sprint 25,startDate=2026-11-16T09:00:00Z"));
    }

    @Test
    public void shouldHaveTwoTeamProjectsWhenRead() {
        assertEquals(Set.of("ATLAS", "NOVA"), issues.stream().map(IssueSnapshot::projectKey).collect(Collectors.toSet()));
    }

    @Test
    public void shouldHaveClosedActiveAndFutureSprintsForEachTeamWhenRead() {
        for (String team : List.of("ATLAS", "NOVA")) {
            Set<Sprint> sprints = issues.stream().filter(issue -> issue.projectKey().equals(team))
                    .flatMap(issue -> issue.sprints().stream()).collect(Collectors.toSet());
            Set<Long> closed = ids(sprints, Sprint.State.CLOSED);
            assertEquals(team, DemoExport.CLOSED_SPRINTS, closed.size());
            assertEquals(team, 1, ids(sprints, Sprint.State.ACTIVE).size());
            assertFalse(team, ids(sprints, Sprint.State.FUTURE).isEmpty());
        }
    }

    @Test
    public void shouldHaveEpicsStoriesWithPointsAndBugsWhenRead() {
        assertTrue(count(issue -> issue.type().isEpic()) >= 12);
        assertTrue(count(issue -> issue.type().name().equals("Story") && issue.storyPoints() != null) > 300);
        assertTrue(count(IssueSnapshot::isBug) > 100);
        assertTrue(count(issue -> issue.epicKey() != null) > 400);
    }

    @Test
    public void shouldHaveDueDatesReleasesAndChangelogsWhenRead() {
        assertTrue(count(issue -> issue.dueDate() != null) > 100);
        assertTrue(count(issue -> issue.fixVersions().stream().anyMatch(v -> v.released() && v.releaseDate() != null)) > 300);
        assertTrue(count(issue -> issue.fixVersions().stream().anyMatch(v -> !v.released())) > 0);
        assertTrue(count(issue -> has(issue, ChangeField.STATUS)) > 500);
        assertTrue("re-estimates", count(issue -> has(issue, ChangeField.STORY_POINTS)) > 20);
    }

    @Test
    public void shouldAddAndRemoveIssuesMidSprintWhenRead() {
        long addedAfterStart = issues.stream().filter(issue -> issue.changelog().stream()
                .anyMatch(change -> change.field() == ChangeField.SPRINT && issue.sprints().stream()
                        .anyMatch(sprint -> sprint.startDate() != null && change.at().isAfter(sprint.startDate())
                                && change.at().isBefore(sprint.endDate())
                                && String.valueOf(change.to()).endsWith(Long.toString(sprint.id())))))
                .count();
        long movedOut = issues.stream().filter(issue -> issue.changelog().stream()
                .anyMatch(change -> change.field() == ChangeField.SPRINT && change.from() != null && !change.from().isEmpty()
                        && change.to() != null && !change.to().contains(change.from())))
                .count();
        assertTrue("added mid-sprint: " + addedAfterStart, addedAfterStart > 20);
        assertTrue("removed mid-sprint: " + movedOut, movedOut > 5);
    }

    @Test
    public void shouldLeaveOutEverythingAfterTheExportInstantWhenRead() {
        java.time.OffsetDateTime noon = TODAY.atTime(12, 0).atOffset(java.time.ZoneOffset.UTC);
        assertTrue(issues.stream().noneMatch(issue -> issue.created().isAfter(noon)));
        assertTrue(issues.stream().flatMap(issue -> issue.changelog().stream()).noneMatch(change -> change.at().isAfter(noon)));
        assertTrue(count(issue -> !issue.status().isDone() && issue.type().name().equals("Story")) > 0);
    }

    private static Set<Long> ids(Set<Sprint> sprints, Sprint.State state) {
        return sprints.stream().filter(sprint -> sprint.state() == state).map(Sprint::id).collect(Collectors.toSet());
    }

    private static boolean has(IssueSnapshot issue, ChangeField field) {
        return issue.changelog().stream().anyMatch(change -> change.field() == field);
    }

    private static long count(java.util.function.Predicate<IssueSnapshot> predicate) {
        return issues.stream().filter(predicate).count();
    }
}
