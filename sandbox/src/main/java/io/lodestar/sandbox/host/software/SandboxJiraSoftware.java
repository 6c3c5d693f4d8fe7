package io.lodestar.sandbox.host.software;

import com.atlassian.greenhopper.model.rapid.EstimationConfig;
import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.greenhopper.service.rapid.RapidViewColumnService;
import com.atlassian.greenhopper.service.rapid.view.RapidViewConfigService;
import com.atlassian.greenhopper.service.rapid.view.RapidViewService;
import com.atlassian.jira.issue.fields.Field;
import com.atlassian.jira.permission.ProjectPermissions;
import com.atlassian.jira.project.ProjectManager;
import com.atlassian.jira.security.PermissionManager;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;
import java.util.function.Supplier;

/**
 * The sandbox's Jira Software services, as the app finds them in Jira: by
 * {@code ComponentAccessor.getOSGiComponentInstanceOfType}, whose host-api stand-in answers with the
 * {@link java.util.ServiceLoader} providers of the interface ({@code META-INF/services} of this module), the
 * sandbox's counterpart of Jira Software exporting them. Providers are created by the loader, so they read the
 * running sandbox's boards from {@link #install}: one sandbox per JVM plays Jira Software (the boards of a second
 * sandbox in the same JVM replace the first's).
 *
 * <p>A board is seen by a user who may browse its project (Jira Software shows a board to whoever may see its filter;
 * the sandbox's filter selects one project).
 */
public final class SandboxJiraSoftware {

    private static volatile Supplier<State> current = () -> null;

    /** The boards and the permissions the services answer with. */
    public record State(SandboxBoards boards, ProjectManager projects, PermissionManager permissions) {
    }

    private SandboxJiraSoftware() {
    }

    /** Makes the services answer from these boards (SandboxHost calls it when it starts). */
    public static void install(SandboxBoards boards, ProjectManager projects, PermissionManager permissions) {
        State state = new State(boards, projects, permissions);
        current = () -> state;
    }

    /** The running sandbox's services answer from these boards instead (a test's board with other columns). */
    public static void replaceBoards(SandboxBoards boards) {
        State state = current.get();
        if (state != null) {
            install(boards, state.projects(), state.permissions());
        }
    }

    /** The boards of the running sandbox, or none. */
    public static SandboxBoards boards() {
        State state = current.get();
        return state == null ? null : state.boards();
    }

    static SandboxBoards.Board visible(ApplicationUser user, long id) {
        State state = current.get();
        if (state == null) {
            return null;
        }
        SandboxBoards.Board board = state.boards().board(id).orElse(null);
        if (board == null) {
            return null;
        }
        com.atlassian.jira.project.Project project = state.projects().getProjectObjByKey(board.projectKey());
        return project != null && state.permissions().hasPermission(ProjectPermissions.BROWSE_PROJECTS, project, user)
                ? board : null;
    }

    /** The board a {@code RapidView} stands for, when the user may see it; else null. */
    static SandboxBoards.Board visible(ApplicationUser user, RapidView rapidView) {
        return rapidView == null || rapidView.getId() == null ? null : visible(user, rapidView.getId());
    }

    /** A board as Jira Software's {@code RapidView}. */
    public static final class SandboxRapidView extends RapidView {
        private final SandboxBoards.Board board;

        SandboxRapidView(SandboxBoards.Board board) {
            this.board = board;
        }

        @Override
        public Long getId() {
            return board.id();
        }

        @Override
        public String getName() {
            return board.name();
        }

        @Override
        public Long getSavedFilterId() {
            return board.savedFilterId();
        }
    }

    record Outcome<T>(T value) implements ServiceOutcome<T> {
        @Override
        public boolean isValid() {
            return value != null;
        }

        @Override
        public T getValue() {
            return value;
        }
    }

    /** Jira Software's board service over the sandbox's boards. */
    public static final class Boards implements RapidViewService {
        @Override
        public ServiceOutcome<RapidView> getRapidView(ApplicationUser user, Long rapidViewId) {
            SandboxBoards.Board board = rapidViewId == null ? null : visible(user, rapidViewId);
            return new Outcome<>(board == null ? null : new SandboxRapidView(board));
        }
    }

    /** Jira Software's column service: the statuses of a board's last column. */
    public static final class Columns implements RapidViewColumnService {
        @Override
        public ServiceOutcome<List<String>> getDoneStatusIds(ApplicationUser user, RapidView rapidView) {
            SandboxBoards.Board board = visible(user, rapidView);
            return new Outcome<>(board == null ? null : List.copyOf(board.lastColumnStatusIds()));
        }
    }

    /**
     * Jira Software's board configuration service: a board estimates with the Story Points field, as a Scrum board
     * does by default (the sandbox's Jira has it as {@code customfield_10002}), unless it was given another field or
     * none (an issue count) with {@link SandboxBoards#withEstimation}.
     */
    public static final class Configs implements RapidViewConfigService {
        @Override
        public EstimationConfig getEstimationConfig(ApplicationUser user, RapidView rapidView) {
            SandboxBoards.Board board = visible(user, rapidView);
            if (board == null) {
                return null;
            }
            String fieldId = board.estimationFieldId();
            if (fieldId == null) {
                return new EstimationConfig(EstimationConfig.Type.ISSUE_COUNT, null);
            }
            return new EstimationConfig(EstimationConfig.Type.JIRA_FIELD, new Field() {
                @Override
                public String getId() {
                    return fieldId;
                }

                @Override
                public String getName() {
                    return fieldId;
                }
            });
        }
    }
}
