package io.lodestar.core.okr;

/**
 * What it takes to create an objective; {@code parentId} is the objective it aligns to, or null.
 * Validation happens when the {@link Objective} is built.
 */
public record NewObjective(long cycleId, String title, String description, String owner, ObjectiveLevel level,
                           String team, Long parentId) {
}
