package io.lodestar.core.issue;

import java.util.Locale;
import java.util.Objects;

/** An issue type; KPIs only need to tell bugs, epics and sub-tasks apart from the rest. */
public record IssueType(String id, String name, boolean subtask) {
    public IssueType {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    /** Jira has no flag for bugs: the built-in type is named "Bug" in every default scheme. */
    public boolean isBug() {
        return name.toLowerCase(Locale.ROOT).equals("bug");
    }

    public boolean isEpic() {
        return name.toLowerCase(Locale.ROOT).equals("epic");
    }
}
