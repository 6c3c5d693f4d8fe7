package io.lodestar.core.okr;

/** The editable fields of an objective, all replaced at once (a full update, not a patch). */
public record ObjectiveChanges(String title, String description, String owner, ObjectiveLevel level, String team) {
}
