package io.lodestar.jira.host;

import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.greenhopper.service.rapid.RapidViewColumnService;
import com.atlassian.greenhopper.service.rapid.view.RapidViewService;
import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Jira Software boards as a KPI data source: a board's saved filter (which selects its issues) and the statuses of
 * its last column (what Jira's velocity chart counts as done), read through Jira Software's {@code RapidViewService}
 * and {@code RapidViewColumnService} with the permissions of the given user.
 *
 * <p>As in {@link JiraSoftwareFields}, the services belong to the optional Jira Software plugin: they are looked up on
 * every read, never kept, and only the nested {@code JiraSoftwareService} names their types, inside a guard, so that
 * without Jira Software (or with an API that differs) a board is "not found" instead of failing with a
 * {@link LinkageError}. The board's estimation statistic is not read (its API was not verified): a board KPI counts
 * the story point field of the app's settings, as every other source.
 */
public final class JiraBoards {

    /**
     * A board: its id and name, the id of its saved filter, and the ids of the statuses of its last column (empty
     * when Jira Software could not say).
     */
    public record Board(long id, String name, long savedFilterId, Set<String> lastColumnStatusIds) {
        public Board {
            lastColumnStatusIds = Collections.unmodifiableSet(new LinkedHashSet<>(lastColumnStatusIds));
        }
    }

    /** A board the user may see, by id, or empty when there is none (or no Jira Software). */
    @FunctionalInterface
    public interface Lookup {
        Optional<Board> find(ApplicationUser user, long boardId);
    }

    private final Lookup lookup;

    public JiraBoards() {
        this(JiraBoards::fromJiraSoftware);
    }

    public JiraBoards(Lookup lookup) {
        this.lookup = lookup;
    }

    public Optional<Board> find(ApplicationUser user, long boardId) {
        return lookup.find(user, boardId);
    }

    /** Jira Software's answer, or empty when it is absent, disabled, or fails. */
    static Optional<Board> fromJiraSoftware(ApplicationUser user, long boardId) {
        try {
            return JiraSoftwareService.find(user, boardId);
        } catch (LinkageError | RuntimeException absentOrFailing) {
            return Optional.empty();
        }
    }

    /** The only code that names Jira Software's board types (see the class comment). */
    static final class JiraSoftwareService {
        private JiraSoftwareService() {
        }

        static Optional<Board> find(ApplicationUser user, long boardId) {
            return from(ComponentAccessor.getOSGiComponentInstanceOfType(RapidViewService.class),
                    ComponentAccessor.getOSGiComponentInstanceOfType(RapidViewColumnService.class), user, boardId);
        }

        /** The board when the board service answers with one that has a saved filter; columns only if it can. */
        static Optional<Board> from(RapidViewService boards, RapidViewColumnService columns, ApplicationUser user,
                                    long boardId) {
            if (boards == null) {
                return Optional.empty();
            }
            ServiceOutcome<RapidView> outcome = boards.getRapidView(user, boardId);
            RapidView view = outcome != null && outcome.isValid() ? outcome.getValue() : null;
            if (view == null || view.getSavedFilterId() == null) {
                return Optional.empty();
            }
            return Optional.of(new Board(boardId, view.getName() == null ? "" : view.getName(),
                    view.getSavedFilterId(), lastColumn(columns, user, view)));
        }

        private static Set<String> lastColumn(RapidViewColumnService columns, ApplicationUser user, RapidView view) {
            if (columns == null) {
                return Set.of();
            }
            try {
                ServiceOutcome<List<String>> done = columns.getDoneStatusIds(user, view);
                List<String> ids = done != null && done.isValid() ? done.getValue() : null;
                return ids == null ? Set.of() : new LinkedHashSet<>(ids);
            } catch (LinkageError | RuntimeException unknown) {
                return Set.of();
            }
        }
    }
}
