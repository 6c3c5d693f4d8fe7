package io.lodestar.core.kpi.delivery;

import io.lodestar.core.issue.FixVersion;
import io.lodestar.core.issue.IssueSnapshot;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The calendar date an issue was expected to be delivered by, and where it comes from. Deadlines have
 * no time of day: Jira stores due dates and release dates as dates.
 */
public record Deadline(LocalDate date, DeadlineSource source) {

    public Deadline {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(source, "source");
    }

    /**
     * The issue's due date; without one, the earliest release date among its fix versions (the first
     * release that was meant to ship it); empty when it has neither.
     */
    public static Optional<Deadline> of(IssueSnapshot issue) {
        LocalDate date = dateOf(issue);
        return date == null ? Optional.empty()
                : Optional.of(new Deadline(date, issue.dueDate() != null ? DeadlineSource.DUE_DATE : DeadlineSource.FIX_VERSION));
    }

    /** The deadline's date alone, or null; {@link #of} without allocating, for calculators. */
    static LocalDate dateOf(IssueSnapshot issue) {
        if (issue.dueDate() != null) {
            return issue.dueDate();
        }
        LocalDate earliest = null;
        for (FixVersion version : issue.fixVersions()) {
            LocalDate release = version.releaseDate();
            if (release != null && (earliest == null || release.isBefore(earliest))) {
                earliest = release;
            }
        }
        return earliest;
    }
}
