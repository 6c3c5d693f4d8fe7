package io.lodestar.core.issue;

/**
 * Jira's status categories: every workflow status belongs to one. KPIs default to them when no
 * stage mapping is configured, because they are the only workflow vocabulary shared by all projects.
 */
public enum StatusCategory {
    TO_DO("new"),
    IN_PROGRESS("indeterminate"),
    DONE("done"),
    /** A status whose category is not known (for example one seen only in an old changelog). */
    UNDEFINED("undefined");

    private final String jiraKey;

    StatusCategory(String jiraKey) {
        this.jiraKey = jiraKey;
    }

    /** The key Jira uses for the category ("new", "indeterminate", "done", "undefined"). */
    public String jiraKey() {
        return jiraKey;
    }

    /** The category for a Jira category key; unknown or missing keys map to {@link #UNDEFINED}. */
    public static StatusCategory fromJiraKey(String key) {
        if (key != null) {
            for (StatusCategory category : values()) {
                if (category.jiraKey.equals(key)) {
                    return category;
                }
            }
        }
        return UNDEFINED;
    }
}
