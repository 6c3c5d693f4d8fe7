package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.requirePresent;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Use case: the weekly check-in reminder. Each owner of key results due for a check-in this week
 * ({@link CheckInService#dueThisWeek}) gets ONE reminder a week listing them, unless an administrator switched
 * reminders off for everyone or the owner switched them off for themselves.
 *
 * <h2>Once a week, on a cluster</h2>
 * Which owner was reminded in which ISO week is kept by a {@link Log} in the database, marked before the mail is
 * queued: a second run in the same week (the job ran again, or on another node) finds the mark and sends nothing.
 * As for KPI alerts, a mail lost between the mark and the queue is not sent again; a duplicate would be the other
 * trap. In Jira: the hourly job {@code JiraCheckInReminderJobs} (once per cluster, under a cluster lock), the log
 * {@code AoCheckInReminders}, the switches {@code ReminderActions} (settings' {@code remindersEnabled} and
 * {@code /users/me/reminders}) and the mail {@code JiraCheckInReminderMail}.
 */
public final class CheckInReminders {

    /** Port: the weeks each owner was reminded in, kept in the database. */
    public interface Log {
        /** Records that {@code owner} is reminded in {@code week}; false when that was recorded before. Atomic. */
        boolean markSent(String owner, String week);
    }

    /** Port: the global switch (administrators) and each user's own. */
    public interface Switches {
        boolean remindersEnabled();

        boolean remindersEnabledFor(String owner);
    }

    /** Port: queues the reminder e-mail to {@code owner} listing the key results due. */
    public interface Mail {
        void send(String owner, List<DueCheckIn> due);
    }

    private final OkrStore store;
    private final CheckInService checkIns;
    private final Log log;
    private final Switches switches;
    private final Mail mail;
    private final Clock clock;

    public CheckInReminders(OkrStore store, CheckInService checkIns, Log log, Switches switches, Mail mail,
                            Clock clock) {
        this.store = requirePresent(store, "reminders.store");
        this.checkIns = requirePresent(checkIns, "reminders.checkIns");
        this.log = requirePresent(log, "reminders.log");
        this.switches = requirePresent(switches, "reminders.switches");
        this.mail = requirePresent(mail, "reminders.mail");
        this.clock = requirePresent(clock, "reminders.clock");
    }

    /** The ISO week of now in the clock's zone, such as "2026-W02": the unit a reminder is sent once in. */
    public static String weekOf(Clock clock) {
        LocalDate today = LocalDate.now(clock);
        return String.format("%d-W%02d", today.get(IsoFields.WEEK_BASED_YEAR), today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** Sends this week's reminders not sent yet; returns the owners reminded now, by user key. */
    public List<String> sendDue() {
        List<String> reminded = new ArrayList<>();
        if (!switches.remindersEnabled()) {
            return reminded;
        }
        String week = weekOf(clock);
        for (String owner : owners()) {
            if (!switches.remindersEnabledFor(owner)) {
                continue;
            }
            List<DueCheckIn> due = checkIns.dueThisWeek(owner);
            if (!due.isEmpty() && log.markSent(owner, week)) {
                mail.send(owner, due);
                reminded.add(owner);
            }
        }
        return reminded;
    }

    /** The owners of key results in cycles not closed, in user-key order. */
    private Set<String> owners() {
        Set<String> owners = new TreeSet<>();
        for (Cycle cycle : store.cycles()) {
            if (!cycle.closed()) {
                store.loadCycle(cycle.id()).keyResults().forEach(keyResult -> {
                    if (keyResult.owner() != null) {
                        owners.add(keyResult.owner());
                    }
                });
            }
        }
        return owners;
    }
}
