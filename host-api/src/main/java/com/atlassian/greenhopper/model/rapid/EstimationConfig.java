package com.atlassian.greenhopper.model.rapid;

import com.atlassian.jira.issue.fields.Field;

/**
 * Jira Software's estimation configuration of a board (a class, Jira Software 10.3.13 javadoc): {@code Type getType()}
 * and {@code @Nullable Field getField()}, the field whose values are summed when the type is {@code JIRA_FIELD}. Only
 * these are declared, with the constructor the javadoc lists; the app reads the type by its name, so no constant is
 * linked. The sandbox builds it to play a board.
 */
public class EstimationConfig {

    /** What a board estimates with: nothing, a count of issues (with or without sub-tasks), or a Jira field. */
    public enum Type {
        NONE, ISSUE_COUNT, ISSUE_COUNT_EXCL_SUBS, JIRA_FIELD
    }

    private final Type type;
    private final Field field;

    public EstimationConfig(Type type, Field field) {
        this.type = type;
        this.field = field;
    }

    public Type getType() {
        return type;
    }

    /** Null unless the type is {@code JIRA_FIELD}. */
    public Field getField() {
        return field;
    }
}
