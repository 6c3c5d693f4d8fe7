package io.lodestar.sandbox.host.software;

import io.lodestar.core.issue.IssueSnapshot;
import io.lodestar.core.issue.Sprint;
import io.lodestar.core.issue.StatusCategory;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The sandbox's Jira Software boards, one per board id the exported sprints carry (their {@code rapidViewId} /
 * {@code boardId}): the small contract the app reads from Jira Software. A board is named after its project (the
 * project of the first issue in one of its sprints), its saved filter has the board's id and selects that project
 * ({@code filter = <id>} in the sandbox's search), and its columns are To Do, In Progress and Done by status
 * category, so the last column holds the Done-category statuses the project's issues are in, unless the board is
 * given its own last column ({@link #withLastColumn}, for tests and exports whose board maps statuses otherwise). A
 * board estimates with the Story Points field unless given another field or an issue count ({@link #withEstimation}).
 */
public final class SandboxBoards {

    /** The field a board estimates with unless told otherwise: the sandbox's Story Points. */
    public static final String STORY_POINTS_FIELD = "customfield_10002";

    /**
     * One board: id, name, the project its filter selects, the status ids of its last column, and the custom field its
     * issues are estimated with (null: it counts issues).
     */
    public record Board(long id, String name, String projectKey, long savedFilterId, Set<String> lastColumnStatusIds,
                        String estimationFieldId) {
        public Board {
            lastColumnStatusIds = Collections.unmodifiableSet(new LinkedHashSet<>(lastColumnStatusIds));
        }
    }

    private final Map<Long, Board> byId;

    private SandboxBoards(Map<Long, Board> byId) {
        this.byId = byId;
    }

    /** The boards of the exported issues' sprints. */
    public static SandboxBoards of(List<IssueSnapshot> issues, Map<String, String> projectNames) {
        Map<Long, String> projectOfBoard = new LinkedHashMap<>();
        Map<String, Set<String>> doneStatusesOfProject = new LinkedHashMap<>();
        for (IssueSnapshot issue : issues) {
            for (Sprint sprint : issue.sprints()) {
                if (sprint.boardId() != null) {
                    projectOfBoard.putIfAbsent(sprint.boardId(), issue.projectKey());
                }
            }
            if (issue.status().category() == StatusCategory.DONE) {
                doneStatusesOfProject.computeIfAbsent(issue.projectKey(), key -> new LinkedHashSet<>())
                        .add(issue.status().id());
            }
        }
        Map<Long, Board> boards = new LinkedHashMap<>();
        projectOfBoard.forEach((id, project) -> boards.put(id, new Board(id,
                projectNames.getOrDefault(project, project) + " board", project, id,
                doneStatusesOfProject.getOrDefault(project, Set.of()), STORY_POINTS_FIELD)));
        return new SandboxBoards(Collections.unmodifiableMap(boards));
    }

    /** The same boards, board {@code id}'s last column holding exactly {@code statusIds}. */
    public SandboxBoards withLastColumn(long id, Set<String> statusIds) {
        return replacing(id, board -> new Board(id, board.name(), board.projectKey(), board.savedFilterId(), statusIds,
                board.estimationFieldId()));
    }

    /** The same boards, board {@code id} estimating with the custom field {@code fieldId} (null: counting issues). */
    public SandboxBoards withEstimation(long id, String fieldId) {
        return replacing(id, board -> new Board(id, board.name(), board.projectKey(), board.savedFilterId(),
                board.lastColumnStatusIds(), fieldId));
    }

    private SandboxBoards replacing(long id, UnaryOperator<Board> change) {
        Map<Long, Board> boards = new LinkedHashMap<>(byId);
        boards.computeIfPresent(id, (key, board) -> change.apply(board));
        return new SandboxBoards(Collections.unmodifiableMap(boards));
    }

    public Optional<Board> board(long id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The board whose saved filter has this id. */
    public Optional<Board> byFilter(long filterId) {
        return byId.values().stream().filter(board -> board.savedFilterId() == filterId).findFirst();
    }

    public List<Board> all() {
        return List.copyOf(byId.values());
    }
}
