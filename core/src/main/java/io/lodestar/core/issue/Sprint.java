package io.lodestar.core.issue;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A Jira Software sprint as the Sprint field reports it. {@code startDate} is when the sprint was
 * started ("Start sprint"), {@code endDate} the planned end, {@code completeDate} when it was
 * completed; each may be missing (a future sprint has none). {@code boardId} is the rapid view the
 * sprint belongs to, when known.
 */
public record Sprint(long id, String name, State state, OffsetDateTime startDate, OffsetDateTime endDate,
                     OffsetDateTime completeDate, Long boardId) {

    public enum State { FUTURE, ACTIVE, CLOSED }

    public Sprint {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(state, "state");
    }

    public boolean isClosed() {
        return state == State.CLOSED;
    }
}
