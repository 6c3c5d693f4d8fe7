package io.lodestar.core.okr;

import static org.junit.Assert.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/** One reminder a week to each owner with key results due, and none when switched off. */
public class CheckInRemindersTest {

    private final InMemoryOkrStore store = new InMemoryOkrStore();
    /** Wednesday of ISO week 2 of 2026. */
    private final ManualClock clock = new ManualClock(Instant.parse("2026-01-07T12:00:00Z"), java.time.ZoneOffset.UTC);
    private final CheckInService checkIns = new CheckInService(store, clock);
    /** The log in the database: "owner week" pairs. */
    private final Set<String> sent = new HashSet<>();
    /** Mails queued: "owner: key result names". */
    private final List<String> mails = new ArrayList<>();
    private boolean globallyOn = true;
    private final Set<String> switchedOff = new HashSet<>();
    private KeyResult users;

    private final CheckInReminders reminders = new CheckInReminders(store, checkIns,
            (owner, week) -> sent.add(owner + " " + week),
            new CheckInReminders.Switches() {
                @Override
                public boolean remindersEnabled() {
                    return globallyOn;
                }

                @Override
                public boolean remindersEnabledFor(String owner) {
                    return !switchedOff.contains(owner);
                }
            },
            (owner, due) -> mails.add(owner + ": " + due.stream().map(d -> d.keyResult().title()).toList()),
            clock);

    @Before
    public void createKeyResults() {
        Cycle q1 = store.saveCycle(Cycle.quarter(2026, 1));
        Objective objective = store.saveObjective(Objective.draft(q1.id(), "Goal", "", "alice", ObjectiveLevel.TEAM,
                "Alpha"));
        users = store.saveKeyResult(KeyResult.of(objective.id(), "Users", "bob", Measure.number("users", 100.0, 200.0)));
        store.saveKeyResult(KeyResult.of(objective.id(), "Launch", "bob", Measure.milestone()));
        store.saveKeyResult(KeyResult.of(objective.id(), "Docs", "carol", Measure.milestone()));
    }

    @Test
    public void shouldRemindEachOwnerOnceWhenTheJobRunsTwiceInAWeek() {
        assertEquals(List.of("bob", "carol"), reminders.sendDue());
        clock.advance(Duration.ofDays(1));
        assertEquals(List.of(), reminders.sendDue());

        assertEquals(List.of("bob: [Users, Launch]", "carol: [Docs]"), mails);
        assertEquals(Set.of("bob 2026-W02", "carol 2026-W02"), sent);
    }

    @Test
    public void shouldRemindAgainWhenTheNextWeekBegins() {
        reminders.sendDue();
        clock.advance(Duration.ofDays(7));

        assertEquals(List.of("bob", "carol"), reminders.sendDue());
        assertEquals(4, mails.size());
    }

    @Test
    public void shouldLeaveOutAnOwnerWithNothingDue() {
        Objective objective = store.loadCycle(store.cycles().get(0).id()).objectives().get(0);
        KeyResult fresh = store.saveKeyResult(KeyResult.of(objective.id(), "Fresh", "dave", Measure.milestone()));
        store.appendCheckIn(CheckIn.of(fresh.id(), null, Confidence.ON_TRACK, "", "dave",
                Instant.parse("2026-01-07T09:00:00Z")));

        assertEquals(List.of("bob", "carol"), reminders.sendDue());
    }

    @Test
    public void shouldSendNothingWhenRemindersAreSwitchedOffGlobally() {
        globallyOn = false;

        assertEquals(List.of(), reminders.sendDue());
        assertEquals(List.of(), mails);
        assertEquals(Set.of(), sent);
    }

    @Test
    public void shouldSkipOnlyTheOwnerWhoSwitchedRemindersOff() {
        switchedOff.add("bob");

        assertEquals(List.of("carol"), reminders.sendDue());
        assertEquals("bob is not marked, so switching back on this week still reminds him", Set.of("carol 2026-W02"),
                sent);
    }

    @Test
    public void shouldNameTheIsoWeekWhenAYearBeginsMidWeek() {
        assertEquals("2026-W02", CheckInReminders.weekOf(clock));
        clock.set(Instant.parse("2027-01-01T12:00:00Z"));
        assertEquals("2026-W53", CheckInReminders.weekOf(clock));
    }
}
