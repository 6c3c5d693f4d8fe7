package io.lodestar.core.okr;

import io.lodestar.core.common.InvalidInputException;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

/**
 * The rules of the alignment tree, in which an objective aligns to (contributes to) a parent
 * objective, from company objectives down to team and individual ones:
 * <ul>
 *   <li>no loops: an objective cannot align to itself or to one of its own descendants;</li>
 *   <li>the child's cycle must lie within the parent's (a quarter objective may align to a yearly
 *       one, not the reverse), since a parent graded before its child could not count on it.</li>
 * </ul>
 */
public final class Alignment {

    private Alignment() {
    }

    /**
     * Refuses aligning {@code child} (stored or new, id 0) to {@code parent} with an
     * {@link InvalidInputException} on field {@code objective.parentId}.
     *
     * @param objectives looks up stored objectives by id, to walk up from the parent
     */
    public static void check(Objective child, Cycle childCycle, Objective parent, Cycle parentCycle,
                             LongFunction<Optional<Objective>> objectives) {
        if (!parentCycle.encloses(childCycle)) {
            throw new InvalidInputException("objective.parentId", "the cycle " + childCycle.name()
                    + " does not lie within the parent's cycle " + parentCycle.name());
        }
        if (child.id() == 0) {
            return;
        }
        Set<Long> visited = new HashSet<>();
        Optional<Objective> ancestor = Optional.of(parent);
        while (ancestor.isPresent()) {
            Objective current = ancestor.get();
            if (current.id() == child.id()) {
                throw new InvalidInputException("objective.parentId",
                        "aligning to objective " + parent.id() + " would make a loop");
            }
            if (!visited.add(current.id()) || current.parentId() == null) {
                return;
            }
            ancestor = objectives.apply(current.parentId());
        }
    }
}
