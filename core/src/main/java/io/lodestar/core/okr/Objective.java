package io.lodestar.core.okr;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;
import static io.lodestar.core.common.InvalidInputException.requireText;

/**
 * An objective: a qualitative goal for one cycle, measured by its key results.
 *
 * <ul>
 *   <li>{@code id} is 0 until a store assigns one; {@code version} is 0 until stored and is used
 *       for optimistic locking (see {@link OkrStore}).</li>
 *   <li>{@code owner} is a Jira user key, or null when nobody owns it yet (a quality finding).</li>
 *   <li>{@code team} is a team (or department) name, or null (usual for company objectives; allowed
 *       at every level so a draft can be saved before its team is chosen).</li>
 *   <li>{@code parentId} is the objective this one aligns to, or null when it aligns to nothing.</li>
 *   <li>{@code finalScore} is the score frozen when the cycle was graded, or null before that; it
 *       is the raw weighted mean, never rounded.</li>
 *   <li>{@code rollUp}: whether its progress also rolls up from the objectives aligned to it, each
 *       weighing as much as the sum of its key results' weights (see {@link ScoredObjective}); false by
 *       default, so an objective is measured by its own key results only.</li>
 * </ul>
 */
public record Objective(long id, long version, long cycleId, String title, String description, String owner,
                        ObjectiveLevel level, String team, ObjectiveState state, Long parentId,
                        Double finalScore, boolean rollUp) {

    public Objective {
        title = requireText(title, "objective.title");
        description = description == null ? "" : description.strip();
        owner = blankToNull(owner);
        team = blankToNull(team);
        requirePresent(level, "objective.level");
        requirePresent(state, "objective.state");
        require(cycleId > 0, "objective.cycleId", "must reference a stored cycle");
        require(parentId == null || parentId != id || id == 0, "objective.parentId", "must not be the objective itself");
    }

    /** A new, unsaved draft objective aligned to nothing. */
    public static Objective draft(long cycleId, String title, String description, String owner,
                                  ObjectiveLevel level, String team) {
        return new Objective(0, 0, cycleId, title, description, owner, level, team, ObjectiveState.DRAFT, null, null, false);
    }

    public boolean hasOwner() {
        return owner != null;
    }

    /** Whether the score is frozen because the cycle was graded. */
    public boolean graded() {
        return finalScore != null;
    }

    public Objective withId(long newId, long newVersion) {
        return new Objective(newId, newVersion, cycleId, title, description, owner, level, team, state, parentId, finalScore, rollUp);
    }

    /** This objective with new editable fields; keeps id, version, cycle, state, alignment and score. */
    public Objective edit(String newTitle, String newDescription, String newOwner, ObjectiveLevel newLevel, String newTeam) {
        return new Objective(id, version, cycleId, newTitle, newDescription, newOwner, newLevel, newTeam, state, parentId, finalScore, rollUp);
    }

    public Objective withState(ObjectiveState newState) {
        return new Objective(id, version, cycleId, title, description, owner, level, team, newState, parentId, finalScore, rollUp);
    }

    /** This objective aligned to {@code newParentId}, or to nothing when null. */
    public Objective alignedTo(Long newParentId) {
        return new Objective(id, version, cycleId, title, description, owner, level, team, state, newParentId, finalScore, rollUp);
    }

    /** This objective graded: closed with its final score frozen. */
    public Objective graded(double score) {
        return new Objective(id, version, cycleId, title, description, owner, level, team, ObjectiveState.CLOSED, parentId, score, rollUp);
    }

    /** This objective with its progress rolling up from aligned objectives, or not. */
    public Objective withRollUp(boolean newRollUp) {
        return new Objective(id, version, cycleId, title, description, owner, level, team, state, parentId, finalScore, newRollUp);
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
