package io.lodestar.sandbox.host;

import io.lodestar.core.issue.Sprint;
import java.util.Date;

/**
 * A value of the Sprint field, shaped like Jira Software's {@code Sprint} for the app, which reads it by
 * reflection ({@code getId}, {@code getName}, {@code getState}, dates, {@code getRapidViewId}). Public so that
 * reflection can call it. Jira Software's dates are Joda times; {@link Date}s are read the same way.
 */
public final class SandboxSprint {

    private final Sprint sprint;

    SandboxSprint(Sprint sprint) {
        this.sprint = sprint;
    }

    public Long getId() {
        return sprint.id();
    }

    public String getName() {
        return sprint.name();
    }

    public String getState() {
        return sprint.state().name();
    }

    public Date getStartDate() {
        return sprint.startDate() == null ? null : Date.from(sprint.startDate().toInstant());
    }

    public Date getEndDate() {
        return sprint.endDate() == null ? null : Date.from(sprint.endDate().toInstant());
    }

    public Date getCompleteDate() {
        return sprint.completeDate() == null ? null : Date.from(sprint.completeDate().toInstant());
    }

    public Long getRapidViewId() {
        return sprint.boardId();
    }
}
