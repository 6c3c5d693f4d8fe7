package io.lodestar.core.okr;

import java.util.function.Predicate;

/**
 * Which objectives of a cycle to show: optionally one team's (case-insensitive) and/or one level's.
 * A null criterion matches everything.
 */
public record OkrFilter(String team, ObjectiveLevel level) implements Predicate<Objective> {

    public static final OkrFilter ALL = new OkrFilter(null, null);

    public static OkrFilter team(String team) {
        return new OkrFilter(team, null);
    }

    public static OkrFilter level(ObjectiveLevel level) {
        return new OkrFilter(null, level);
    }

    @Override
    public boolean test(Objective objective) {
        boolean teamMatches = team == null || team.isBlank() || team.strip().equalsIgnoreCase(objective.team());
        return teamMatches && (level == null || level == objective.level());
    }
}
