package io.lodestar.core.kpi.delivery;

import io.lodestar.core.issue.FixVersion;
import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.kpi.DeadlineRule;
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
        return of(issue, DeadlineRule.DUE_DATE_ELSE_RELEASE);
    }

    /**
     * The issue's deadline read as {@code rule} says: example, due 03-01 and a fix version released 02-20 give
     * 03-01 (due date) by {@link DeadlineRule#DUE_DATE_ELSE_RELEASE} and {@link DeadlineRule#DUE_DATE}, 02-20
     * (fix version) by {@link DeadlineRule#RELEASE_DATE}; empty when the rule finds no date.
     */
    public static Optional<Deadline> of(IssueSnapshot issue, DeadlineRule rule) {
        LocalDate date = dateOf(issue, rule);
        return date == null ? Optional.empty() : Optional.of(new Deadline(date, sourceOf(issue, rule)));
    }

    /** The deadline's date alone, or null; {@link #of} without allocating, for calculators. */
    static LocalDate dateOf(IssueSnapshot issue, DeadlineRule rule) {
        if (rule != DeadlineRule.RELEASE_DATE && issue.dueDate() != null) {
            return issue.dueDate();
        }
        if (rule == DeadlineRule.DUE_DATE) {
            return null;
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

    /** Where a deadline found by {@link #dateOf} came from. */
    static DeadlineSource sourceOf(IssueSnapshot issue, DeadlineRule rule) {
        return rule != DeadlineRule.RELEASE_DATE && issue.dueDate() != null ? DeadlineSource.DUE_DATE
                : DeadlineSource.FIX_VERSION;
    }
}
