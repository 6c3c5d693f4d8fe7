package io.lodestar.jira.host;

import com.atlassian.greenhopper.model.rapid.EstimationConfig;
import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.greenhopper.service.rapid.RapidViewColumnService;
import com.atlassian.greenhopper.service.rapid.view.RapidViewConfigService;
import com.atlassian.greenhopper.service.rapid.view.RapidViewService;
import com.atlassian.jira.component.ComponentAccessor;
import com.atlassian.jira.user.ApplicationUser;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Jira Software boards as a KPI data source: a board's saved filter (which selects its issues), the statuses of its
 * last column (what Jira's velocity chart counts as done) and its estimation statistic (what the velocity chart sums),
 * read through Jira Software's {@code RapidViewService}, {@code RapidViewColumnService} and
 * {@code RapidViewConfigService} with the permissions of the given user.
 *
 * <p>As in {@link JiraSoftwareFields}, the services belong to the optional Jira Software plugin: they are looked up on
 * every read, never kept, and only the nested {@code JiraSoftwareService} names their types, inside a guard, so that
 * without Jira Software (or with an API that differs) a board is "not found" instead of failing with a
 * {@link LinkageError}. Where Jira Software does not say how the board estimates (no configuration service, no
 * estimation, or a system field such as Original Estimate, which is time, not points), a board KPI counts the story
 * point field of the app's settings, as every other source.
 */
public final class JiraBoards {

    /**
     * A board: its id and name, the id of its saved filter, and the ids of the statuses of its last column (empty
     * when Jira Software could not say).
     */
    public record Board(long id, String name, long savedFilterId, Set<String> lastColumnStatusIds, Estimate estimate) {
        public Board {
            lastColumnStatusIds = Collections.unmodifiableSet(new LinkedHashSet<>(lastColumnStatusIds));
            estimate = estimate == null ? Estimate.SETTINGS : estimate;
        }

        /** A board whose estimation statistic is not known: estimated with the app's story point field. */
        public Board(long id, String name, long savedFilterId, Set<String> lastColumnStatusIds) {
            this(id, name, savedFilterId, lastColumnStatusIds, Estimate.SETTINGS);
        }
    }

    /**
     * What a board's issues are estimated with, as its velocity chart sums them: a custom field (its id), a count of
     * issues (each issue is 1), or, when Jira Software does not say or names a field that is not a custom one, the
     * story point field of the app's settings ({@link #SETTINGS}).
     */
    public record Estimate(Kind kind, String fieldId) {
        public static final Estimate SETTINGS = new Estimate(Kind.SETTINGS, null);
        public static final Estimate ISSUE_COUNT = new Estimate(Kind.ISSUE_COUNT, null);

        public enum Kind { SETTINGS, CUSTOM_FIELD, ISSUE_COUNT }

        public static Estimate customField(String fieldId) {
            return new Estimate(Kind.CUSTOM_FIELD, fieldId);
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
                    ComponentAccessor.getOSGiComponentInstanceOfType(RapidViewColumnService.class),
                    ComponentAccessor.getOSGiComponentInstanceOfType(RapidViewConfigService.class), user, boardId);
        }

        /**
         * The board when the board service answers with one that has a saved filter; columns and estimation only if
         * their services can say.
         */
        static Optional<Board> from(RapidViewService boards, RapidViewColumnService columns,
                                    RapidViewConfigService configs, ApplicationUser user, long boardId) {
            if (boards == null) {
                return Optional.empty();
            }
            ServiceOutcome<RapidView> outcome = boards.getRapidView(user, boardId);
            RapidView view = outcome != null && outcome.isValid() ? outcome.getValue() : null;
            if (view == null || view.getSavedFilterId() == null) {
                return Optional.empty();
            }
            return Optional.of(new Board(boardId, view.getName() == null ? "" : view.getName(),
                    view.getSavedFilterId(), lastColumn(columns, user, view), estimate(configs, user, view)));
        }

        /** The board's estimation statistic: a custom field or a count of issues; anything else is the settings'. */
        private static Estimate estimate(RapidViewConfigService configs, ApplicationUser user, RapidView view) {
            if (configs == null) {
                return Estimate.SETTINGS;
            }
            try {
                EstimationConfig config = configs.getEstimationConfig(user, view);
                String type = config == null || config.getType() == null ? "" : config.getType().name();
                if (type.startsWith("ISSUE_COUNT")) {
                    return Estimate.ISSUE_COUNT;
                }
                String fieldId = "JIRA_FIELD".equals(type) && config.getField() != null ? config.getField().getId() : null;
                return fieldId != null && fieldId.startsWith("customfield_") ? Estimate.customField(fieldId)
                        : Estimate.SETTINGS;
            } catch (LinkageError | RuntimeException unknown) {
                return Estimate.SETTINGS;
            }
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
