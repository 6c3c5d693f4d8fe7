package io.lodestar.core.issue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An immutable picture of one Jira issue with what the KPI calculators need, including its changelog.
 *
 * <p>Timestamps keep the offset Jira wrote them with, because "on time" compares the calendar date of
 * a resolution in its own offset with a due date. {@code dueDate} and release dates are calendar dates.
 * {@code storyPoints} is the current estimate, or null when the issue is not estimated.
 * {@code parentKey} is the parent of a sub-task, {@code epicKey} the epic the issue belongs to.
 * {@code changelog} is sorted oldest first.
 */
public record IssueSnapshot(
        String id,
        String key,
        String projectKey,
        IssueType type,
        Status status,
        OffsetDateTime created,
        OffsetDateTime resolved,
        LocalDate dueDate,
        List<FixVersion> fixVersions,
        Double storyPoints,
        List<Sprint> sprints,
        String parentKey,
        String epicKey,
        List<Change> changelog) {

    public IssueSnapshot {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(projectKey, "projectKey");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(created, "created");
        fixVersions = List.copyOf(fixVersions);
        sprints = List.copyOf(sprints);
        changelog = List.copyOf(changelog);
    }

    public Optional<OffsetDateTime> resolvedIfAny() {
        return Optional.ofNullable(resolved);
    }

    public Optional<Double> storyPointsIfAny() {
        return Optional.ofNullable(storyPoints);
    }

    public boolean isBug() {
        return type.isBug();
    }

    public boolean isSubtask() {
        return type.subtask();
    }

    public Optional<LocalDate> dueDateIfAny() {
        return Optional.ofNullable(dueDate);
    }
}
