package io.lodestar.jira.host;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.greenhopper.model.rapid.RapidView;
import com.atlassian.greenhopper.service.ServiceOutcome;
import com.atlassian.greenhopper.service.rapid.RapidViewColumnService;
import com.atlassian.greenhopper.service.rapid.view.RapidViewService;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class JiraBoardsTest {

    private final RapidViewService boards = mock(RapidViewService.class);
    private final RapidViewColumnService columns = mock(RapidViewColumnService.class);
    private final ApplicationUser alice = mock(ApplicationUser.class);
    private final RapidView board = mock(RapidView.class);

    @SuppressWarnings("unchecked")
    private static <T> ServiceOutcome<T> outcome(boolean valid, T value) {
        ServiceOutcome<T> outcome = mock(ServiceOutcome.class);
        when(outcome.isValid()).thenReturn(valid);
        when(outcome.getValue()).thenReturn(value);
        return outcome;
    }

    @Test
    public void shouldReadTheBoardsFilterAndLastColumnAsTheUser() {
        when(board.getName()).thenReturn("Team board");
        when(board.getSavedFilterId()).thenReturn(10400L);
        ServiceOutcome<RapidView> found = outcome(true, board);
        ServiceOutcome<List<String>> done = outcome(true, List.of("10002", "10100"));
        when(boards.getRapidView(alice, 3L)).thenReturn(found);
        when(columns.getDoneStatusIds(alice, board)).thenReturn(done);

        JiraBoards.Board read = JiraBoards.JiraSoftwareService.from(boards, columns, alice, 3).orElseThrow();

        assertEquals(new JiraBoards.Board(3, "Team board", 10400, Set.of("10002", "10100")), read);
    }

    @Test
    public void shouldHaveNoBoardWhenTheOutcomeIsInvalidOrHasNoFilterOrThereIsNoService() {
        when(board.getSavedFilterId()).thenReturn(null);
        ServiceOutcome<RapidView> invalid = outcome(false, null);
        ServiceOutcome<RapidView> noFilter = outcome(true, board);
        when(boards.getRapidView(any(), eq(4L))).thenReturn(invalid);
        when(boards.getRapidView(any(), eq(5L))).thenReturn(noFilter);

        assertTrue(JiraBoards.JiraSoftwareService.from(boards, columns, alice, 4).isEmpty());
        assertTrue(JiraBoards.JiraSoftwareService.from(boards, columns, alice, 5).isEmpty());
        assertTrue(JiraBoards.JiraSoftwareService.from(null, columns, alice, 3).isEmpty());
    }

    @Test
    public void shouldLeaveTheLastColumnUnknownWhenTheColumnServiceCannotSay() {
        when(board.getSavedFilterId()).thenReturn(10400L);
        ServiceOutcome<RapidView> found = outcome(true, board);
        when(boards.getRapidView(alice, 3L)).thenReturn(found);
        when(columns.getDoneStatusIds(alice, board)).thenThrow(new IllegalStateException("no columns"));

        assertEquals(Set.of(), JiraBoards.JiraSoftwareService.from(boards, columns, alice, 3).orElseThrow()
                .lastColumnStatusIds());
        assertEquals(Set.of(), JiraBoards.JiraSoftwareService.from(boards, null, alice, 3).orElseThrow()
                .lastColumnStatusIds());
    }
}
