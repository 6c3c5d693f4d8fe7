package io.lodestar.core.issue;

import java.util.Locale;
import java.util.Objects;

/** An issue type; KPIs only need to tell bugs, epics and sub-tasks apart from the rest. */
public record IssueType(String id, String name, boolean subtask) {
    public IssueType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** Whether this is a bug by the {@link BugTypes#DEFAULT default bug types} (Jira has no flag for bugs). */
    public boolean isBug() {
        return BugTypes.DEFAULT.includes(this);
    }

    public boolean isEpic() {
        return name.toLowerCase(Locale.ROOT).equals("epic");
    }
}
