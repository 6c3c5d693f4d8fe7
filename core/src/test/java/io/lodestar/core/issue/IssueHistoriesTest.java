package io.lodestar.core.issue;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.Test;

/** {@link SprintMembership}, {@link EstimateHistory} and {@link StatusHistory}: replays of one field each. */
public class IssueHistoriesTest {

    private static final IssueType STORY = new IssueType("10001", "Story", false);
    private static final Status TO_DO = new Status("1", "To Do", StatusCategory.TO_DO);
    private static final Status DONE = new Status("6", "Done", StatusCategory.DONE);
    private static final Sprint SPRINT_2 = new Sprint(2, "Sprint 2", Sprint.State.ACTIVE, null, null, null, null);
    private static final String CREATED = "2026-01-05T10:00:00+01:00";

    private static IssueSnapshot issueWith(Status status, Double points, List<Sprint> sprints, Change... changes) {
        return new IssueSnapshot("1", "CORE-1", "CORE", STORY, status, OffsetDateTime.parse(CREATED), null, null,
                List.of(), points, sprints, null, null, List.of(changes));
    }

    private static Change change(String at, ChangeField field, String from, String to) {
        return new Change(OffsetDateTime.parse(at), field, from, from, to, to);
    }

    private static long at(String timestamp) {
        return OffsetDateTime.parse(timestamp).toInstant().toEpochMilli();
    }

    @Test
    public void shouldUseFirstChangeOldValueFromCreationWhenSprintChanged() {
        SprintMembership membership = SprintMembership.of(issueWith(TO_DO, null, List.of(SPRINT_2),
                change("2026-01-10T10:00:00Z", ChangeField.SPRINT, "1", "1, 2")));

        assertFalse(membership.inSprintAt(1, at("2026-01-05T08:59:59Z")));
        assertTrue(membership.inSprintAt(1, at("2026-01-05T09:00:00Z")));
        assertFalse(membership.inSprintAt(2, at("2026-01-10T09:59:59Z")));
        assertTrue(membership.inSprintAt(2, at("2026-01-10T10:00:00Z")));
        assertFalse("the current value wins after the last change", membership.inSprintAt(1, at("2026-02-01T00:00:00Z")));
    }

    @Test
    public void shouldFindEntryAndExitWhenSprintChangedTwice() {
        SprintMembership membership = SprintMembership.of(issueWith(TO_DO, null, List.of(),
                change("2026-01-10T10:00:00Z", ChangeField.SPRINT, "", "3"),
                change("2026-01-12T10:00:00Z", ChangeField.SPRINT, "3", "")));

        assertEquals(at("2026-01-10T10:00:00Z"),
                membership.firstEntryBetween(3, at("2026-01-06T00:00:00Z"), at("2026-01-20T00:00:00Z")));
        assertEquals(at("2026-01-12T10:00:00Z"),
                membership.lastExitBetween(3, at("2026-01-06T00:00:00Z"), at("2026-01-20T00:00:00Z")));
        assertEquals(-1, membership.firstEntryBetween(3, at("2026-01-11T00:00:00Z"), at("2026-01-20T00:00:00Z")));
    }

    @Test
    public void shouldIgnoreNonNumericSprintValuesWhenLegacyText() {
        assertEquals(0, SprintMembership.parseIds("com.atlassian.greenhopper.service.sprint.Sprint@1[id=4]").length);
        assertEquals(2, SprintMembership.parseIds(" 4, x, 5 ").length);
    }

    @Test
    public void shouldReadEachIdWhenListHasBlanksAndEmptyParts() {
        assertArrayEquals(new long[] {4, 5, 123456}, SprintMembership.parseIds(" 4,,5 , 123456"));
        assertArrayEquals(new long[] {7}, SprintMembership.parseIds("12 13, 7, 99999999999999999999"));
        assertArrayEquals(new long[0], SprintMembership.parseIds(""));
        assertArrayEquals(new long[0], SprintMembership.parseIds(null));
    }

    @Test
    public void shouldReplayEstimateWhenReestimatedAndCleared() {
        EstimateHistory estimate = EstimateHistory.of(issueWith(TO_DO, null, List.of(),
                change("2026-01-10T10:00:00Z", ChangeField.STORY_POINTS, "3", "5.0"),
                change("2026-01-12T10:00:00Z", ChangeField.STORY_POINTS, "5.0", "")));

        assertEquals(3.0, estimate.estimateAt(at("2026-01-06T00:00:00Z")), 0);
        assertEquals(5.0, estimate.estimateAt(at("2026-01-11T00:00:00Z")), 0);
        assertNull(estimate.estimateAt(at("2026-01-13T00:00:00Z")));
        assertEquals(0, estimate.pointsAt(at("2026-01-13T00:00:00Z")), 0);
        assertNull("nothing before creation", estimate.estimateAt(at("2026-01-01T00:00:00Z")));
        assertEquals(2.0, estimate.netChangeBetween(at("2026-01-06T00:00:00Z"), at("2026-01-11T00:00:00Z"), t -> true), 0);
    }

    @Test
    public void shouldTreatUnreadableEstimateAsUnestimated() {
        assertNull(EstimateHistory.parseText("three"));
        assertNull(EstimateHistory.parseText("NaN"));
        assertEquals(0.5, EstimateHistory.parseText(" 0.5 "), 0);
    }

    @Test
    public void shouldStartDoneEpisodeAtLastEntryWhenReopenedAndDoneAgain() {
        StatusHistory status = StatusHistory.of(issueWith(DONE, null, List.of(),
                change("2026-01-10T10:00:00Z", ChangeField.STATUS, "1", "6"),
                change("2026-01-12T10:00:00Z", ChangeField.STATUS, "6", "1"),
                change("2026-01-14T10:00:00Z", ChangeField.STATUS, "1", "6")));
        Set<String> done = Set.of("6");

        assertEquals(at("2026-01-10T10:00:00Z"), status.lastEntryAtOrBefore(done::contains, at("2026-01-11T00:00:00Z")));
        assertEquals(-1, status.lastEntryAtOrBefore(done::contains, at("2026-01-13T00:00:00Z")));
        assertEquals(at("2026-01-14T10:00:00Z"), status.lastEntryAtOrBefore(done::contains, Instant.parse("2026-02-01T00:00:00Z").toEpochMilli()));
        assertEquals("1", status.statusAt(at("2026-01-06T00:00:00Z")));
        assertNull(status.statusAt(at("2026-01-01T00:00:00Z")));
    }

    @Test
    public void shouldBeInCurrentStatusSinceCreationWhenNoStatusChange() {
        StatusHistory status = StatusHistory.of(issueWith(DONE, null, List.of()));

        assertFalse(status.hasStatusChanges());
        assertEquals(at(CREATED), status.lastEntryAtOrBefore(Set.of("6")::contains, at("2026-02-01T00:00:00Z")));
    }

    @Test
    public void shouldAgreeWithReplayedHistoryWhenReplayingStraightFromChangelog() {
        IssueSnapshot reopened = issueWith(DONE, null, List.of(),
                change("2026-01-10T10:00:00Z", ChangeField.STATUS, "1", "6"),
                change("2026-01-11T10:00:00Z", ChangeField.SPRINT, "", "2"),
                change("2026-01-12T10:00:00Z", ChangeField.STATUS, "6", "1"),
                change("2026-01-14T10:00:00Z", ChangeField.STATUS, "1", "6"));
        Set<String> done = Set.of("6");
        List<long[]> stays = new ArrayList<>();

        StatusHistory.forEachStay(reopened, done::contains, (from, until) -> stays.add(new long[] {from, until}));

        assertEquals(StatusHistory.of(reopened).lastEntryAtOrBefore(done::contains, Long.MAX_VALUE),
                StatusHistory.lastEntry(reopened, done::contains));
        assertEquals(at("2026-01-14T10:00:00Z"), StatusHistory.lastEntry(reopened, done::contains));
        assertEquals(-1, StatusHistory.lastEntry(reopened, Set.of("1")::contains));
        assertEquals(2, stays.size());
        assertArrayEquals(new long[] {at("2026-01-10T10:00:00Z"), at("2026-01-12T10:00:00Z")}, stays.get(0));
        assertArrayEquals(new long[] {at("2026-01-14T10:00:00Z"), Long.MAX_VALUE}, stays.get(1));
        assertTrue(StatusHistory.hasStatusChanges(reopened));
        assertFalse(StatusHistory.hasStatusChanges(issueWith(DONE, null, List.of())));
    }
}
