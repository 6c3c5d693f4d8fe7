package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

public class CheckInServiceTest {

    private final InMemoryOkrStore store = new InMemoryOkrStore();
    private final ManualClock clock = ManualClock.at("2026-01-05");
    private final CheckInService checkIns = new CheckInService(store, clock);
    private Cycle q1;
    private KeyResult users;
    private KeyResult launch;

    @Before
    public void createKeyResults() {
        q1 = store.saveCycle(Cycle.quarter(2026, 1));
        Objective objective = store.saveObjective(Objective.draft(q1.id(), "Goal", "", "alice", ObjectiveLevel.TEAM, "Alpha"));
        users = store.saveKeyResult(KeyResult.of(objective.id(), "Users", "bob", Measure.number("users", 100.0, 200.0)));
        launch = store.saveKeyResult(KeyResult.of(objective.id(), "Launch", "bob", Measure.milestone()));
    }

    @Test
    public void shouldStampWithClockWhenCheckingIn() {
        CheckIn checkIn = checkIns.checkIn(users.id(), 120.0, Confidence.ON_TRACK, "Good week", "bob");
        assertEquals(Instant.parse("2026-01-05T00:00:00Z"), checkIn.at());
        assertTrue(checkIn.id() > 0);
        assertEquals(List.of(checkIn), checkIns.history(users.id()));
    }

    @Test
    public void shouldKeepHistoryOldestFirstWhenSeveralCheckIns() {
        CheckIn first = checkIns.checkIn(users.id(), 110.0, Confidence.ON_TRACK, "", "bob");
        clock.advance(Duration.ofDays(7));
        CheckIn second = checkIns.checkIn(users.id(), null, Confidence.AT_RISK, "Slower", "carol");
        assertEquals(List.of(first, second), checkIns.history(users.id()));
    }

    @Test
    public void shouldRefuseWhenOutsideCycle() {
        clock.set(Instant.parse("2026-04-01T00:00:00Z"));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> checkIns.checkIn(users.id(), 150.0, Confidence.ON_TRACK, "", "bob"));
        assertEquals("checkIn.at", e.field());
        clock.set(Instant.parse("2025-12-31T23:59:59Z"));
        assertThrows(InvalidInputException.class, () -> checkIns.checkIn(users.id(), 150.0, Confidence.ON_TRACK, "", "bob"));
        clock.set(Instant.parse("2026-03-31T23:59:59Z"));
        checkIns.checkIn(users.id(), 150.0, Confidence.ON_TRACK, "", "bob");
    }

    @Test
    public void shouldThrowNotFoundWhenKeyResultUnknown() {
        assertThrows(NotFoundException.class, () -> checkIns.checkIn(999, 1.0, Confidence.ON_TRACK, "", "bob"));
        assertThrows(NotFoundException.class, () -> checkIns.history(999));
    }

    @Test
    public void shouldRefuseWhenMilestoneValueIsNeitherZeroNorOne() {
        assertEquals("checkIn.value", assertThrows(InvalidInputException.class,
                () -> checkIns.checkIn(launch.id(), 0.5, Confidence.ON_TRACK, "", "bob")).field());
        assertTrue(checkIns.checkIn(launch.id(), 1.0, Confidence.ON_TRACK, "", "bob").done());
    }

    @Test
    public void shouldRefuseValueWhenLinkedWork() {
        KeyResult work = store.saveKeyResult(KeyResult.of(users.objectiveId(), "Ship", "bob", Measure.linkedWork(WorkBasis.ISSUE_COUNT)));
        assertEquals("checkIn.value", assertThrows(InvalidInputException.class,
                () -> checkIns.checkIn(work.id(), 3.0, Confidence.ON_TRACK, "", "bob")).field());
        assertEquals(Confidence.AT_RISK, checkIns.checkIn(work.id(), null, Confidence.AT_RISK, "Blocked", "bob").confidence());
    }

    @Test
    public void shouldRefuseValueWhenKpiBacked() {
        KeyResult onTime = store.saveKeyResult(KeyResult.of(users.objectiveId(), "On time", "bob", Measure.kpi(4, "%", 80, 95)));
        assertEquals("checkIn.value", assertThrows(InvalidInputException.class,
                () -> checkIns.checkIn(onTime.id(), 90.0, Confidence.ON_TRACK, "", "bob")).field());
        assertEquals(List.of(), checkIns.history(onTime.id()));
        assertEquals(Confidence.AT_RISK, checkIns.checkIn(onTime.id(), null, Confidence.AT_RISK, "Late release", "bob").confidence());
    }

    @Test
    public void shouldRefuseWhenConfidenceOrAuthorMissing() {
        assertEquals("checkIn.confidence", assertThrows(InvalidInputException.class,
                () -> checkIns.checkIn(users.id(), 1.0, null, "", "bob")).field());
        assertEquals("checkIn.author", assertThrows(InvalidInputException.class,
                () -> checkIns.checkIn(users.id(), 1.0, Confidence.ON_TRACK, "", " ")).field());
    }

    @Test
    public void shouldBeDueWhenNeverCheckedInOrAfterCadence() {
        assertEquals(List.of(users, launch), checkIns.due(q1.id()));
        checkIns.checkIn(users.id(), 110.0, Confidence.ON_TRACK, "", "bob");
        assertEquals(List.of(launch), checkIns.due(q1.id()));
        clock.advance(Duration.ofDays(7).minusSeconds(1));
        assertEquals(List.of(launch), checkIns.due(q1.id()));
        clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of(users, launch), checkIns.due(q1.id()));
    }

    @Test
    public void shouldNotBeDueWhenCycleHasNotStarted() {
        clock.set(Instant.parse("2025-12-20T00:00:00Z"));
        assertTrue(checkIns.due(q1.id()).isEmpty());
    }

    @Test
    public void shouldListTheOwnersKeyResultsDueThisWeekEarliestFirstWhenAsked() {
        // 2026-01-07 is a Wednesday; the week runs Monday 01-05 to Monday 01-12.
        clock.set(Instant.parse("2026-01-07T12:00:00Z"));
        store.appendCheckIn(CheckIn.of(users.id(), 120.0, Confidence.ON_TRACK, "", "bob", Instant.parse("2026-01-02T09:00:00Z")));

        List<DueCheckIn> due = checkIns.dueThisWeek("bob");

        assertEquals(List.of(launch.id(), users.id()), due.stream().map(d -> d.keyResult().id()).toList());
        assertEquals("never checked in: due since the cycle began", Instant.parse("2026-01-01T00:00:00Z"), due.get(0).dueAt());
        assertEquals(Instant.parse("2026-01-09T09:00:00Z"), due.get(1).dueAt());
        assertEquals(List.of(), checkIns.dueThisWeek("alice"));
        assertEquals(List.of(), checkIns.dueThisWeek(null));
    }

    @Test
    public void shouldLeaveOutKeyResultsDueNextWeekWhenCheckedInThisWeek() {
        clock.set(Instant.parse("2026-01-07T12:00:00Z"));
        store.appendCheckIn(CheckIn.of(users.id(), 120.0, Confidence.ON_TRACK, "", "bob", Instant.parse("2026-01-05T09:00:00Z")));
        store.appendCheckIn(CheckIn.of(launch.id(), 0.0, Confidence.ON_TRACK, "", "bob", Instant.parse("2026-01-04T23:59:00Z")));

        List<DueCheckIn> due = checkIns.dueThisWeek("bob");

        assertEquals("Sunday's check-in falls due again on Sunday, inside this week", List.of(launch.id()),
                due.stream().map(d -> d.keyResult().id()).toList());
    }

    @Test
    public void shouldLeaveOutClosedEndedAndLaterCyclesWhenListingDueCheckIns() {
        Cycle q2 = store.saveCycle(Cycle.quarter(2026, 2));
        Objective next = store.saveObjective(Objective.draft(q2.id(), "Next", "", "alice", ObjectiveLevel.TEAM, "Alpha"));
        store.saveKeyResult(KeyResult.of(next.id(), "Later", "bob", Measure.milestone()));
        clock.set(Instant.parse("2026-01-07T12:00:00Z"));
        assertEquals("a cycle that begins after this week", 2, checkIns.dueThisWeek("bob").size());

        clock.set(Instant.parse("2026-03-31T12:00:00Z"));
        assertEquals("Q1 ends tonight, Q2 begins tomorrow, inside this week", 3, checkIns.dueThisWeek("bob").size());

        store.saveCycle(store.findCycle(q1.id()).orElseThrow().close());
        assertEquals("a closed cycle takes no check-ins", 1, checkIns.dueThisWeek("bob").size());
    }
}
