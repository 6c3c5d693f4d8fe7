package io.lodestar.core.issue;

import java.util.Objects;

/**
 * A workflow status as Jira identifies it: the id is stable, the name is for display and may be
 * renamed by an administrator, so comparisons go by id.
 */
public record Status(String id, String name, StatusCategory category) {
    public Status {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
    }

    public boolean isDone() {
        return category == StatusCategory.DONE;
    }
}
