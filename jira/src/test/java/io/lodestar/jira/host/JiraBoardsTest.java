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
import com.atlassian.greenhopper.service.rapid.view.RapidViewConfigService;
import com.atlassian.greenhopper.service.rapid.view.RapidViewService;
import com.atlassian.greenhopper.model.rapid.EstimationConfig;
import com.atlassian.jira.issue.fields.Field;
import com.atlassian.jira.user.ApplicationUser;
import java.util.List;
import java.util.Set;
import org.junit.Test;

public class JiraBoardsTest {

    private final RapidViewService boards = mock(RapidViewService.class);
    private final RapidViewColumnService columns = mock(RapidViewColumnService.class);
    private final RapidViewConfigService configs = mock(RapidViewConfigService.class);
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

        JiraBoards.Board read = JiraBoards.JiraSoftwareService.from(boards, columns, configs, alice, 3).orElseThrow();

        assertEquals(new JiraBoards.Board(3, "Team board", 10400, Set.of("10002", "10100")), read);
    }

    @Test
    public void shouldHaveNoBoardWhenTheOutcomeIsInvalidOrHasNoFilterOrThereIsNoService() {
        when(board.getSavedFilterId()).thenReturn(null);
        ServiceOutcome<RapidView> invalid = outcome(false, null);
        ServiceOutcome<RapidView> noFilter = outcome(true, board);
        when(boards.getRapidView(any(), eq(4L))).thenReturn(invalid);
        when(boards.getRapidView(any(), eq(5L))).thenReturn(noFilter);

        assertTrue(JiraBoards.JiraSoftwareService.from(boards, columns, configs, alice, 4).isEmpty());
        assertTrue(JiraBoards.JiraSoftwareService.from(boards, columns, configs, alice, 5).isEmpty());
        assertTrue(JiraBoards.JiraSoftwareService.from(null, columns, configs, alice, 3).isEmpty());
    }

    @Test
    public void shouldLeaveTheLastColumnUnknownWhenTheColumnServiceCannotSay() {
        when(board.getSavedFilterId()).thenReturn(10400L);
        ServiceOutcome<RapidView> found = outcome(true, board);
        when(boards.getRapidView(alice, 3L)).thenReturn(found);
        when(columns.getDoneStatusIds(alice, board)).thenThrow(new IllegalStateException("no columns"));

        assertEquals(Set.of(), JiraBoards.JiraSoftwareService.from(boards, columns, configs, alice, 3).orElseThrow()
                .lastColumnStatusIds());
        assertEquals(Set.of(), JiraBoards.JiraSoftwareService.from(boards, null, configs, alice, 3).orElseThrow()
                .lastColumnStatusIds());
    }

    private JiraBoards.Estimate estimateOf(EstimationConfig config) {
        when(board.getSavedFilterId()).thenReturn(10400L);
        ServiceOutcome<RapidView> found = outcome(true, board);
        when(boards.getRapidView(alice, 3L)).thenReturn(found);
        when(configs.getEstimationConfig(alice, board)).thenReturn(config);
        return JiraBoards.JiraSoftwareService.from(boards, columns, configs, alice, 3).orElseThrow().estimate();
    }

    private static Field field(String id) {
        Field field = mock(Field.class);
        when(field.getId()).thenReturn(id);
        return field;
    }

    @Test
    public void shouldEstimateWithTheBoardsCustomFieldOrByCountingIssuesAsItsVelocityChartDoes() {
        assertEquals(JiraBoards.Estimate.customField("customfield_10106"),
                estimateOf(new EstimationConfig(EstimationConfig.Type.JIRA_FIELD, field("customfield_10106"))));
        assertEquals(JiraBoards.Estimate.ISSUE_COUNT, estimateOf(new EstimationConfig(EstimationConfig.Type.ISSUE_COUNT, null)));
        assertEquals(JiraBoards.Estimate.ISSUE_COUNT,
                estimateOf(new EstimationConfig(EstimationConfig.Type.ISSUE_COUNT_EXCL_SUBS, null)));
    }

    @Test
    public void shouldEstimateWithTheSettingsFieldWhenTheBoardUsesTimeOrNothingOrCannotSay() {
        assertEquals("Original Estimate is time, not points", JiraBoards.Estimate.SETTINGS,
                estimateOf(new EstimationConfig(EstimationConfig.Type.JIRA_FIELD, field("timeoriginalestimate"))));
        assertEquals(JiraBoards.Estimate.SETTINGS, estimateOf(new EstimationConfig(EstimationConfig.Type.NONE, null)));
        assertEquals(JiraBoards.Estimate.SETTINGS, estimateOf(null));
        when(configs.getEstimationConfig(alice, board)).thenThrow(new IllegalStateException("no configuration"));
        assertEquals(JiraBoards.Estimate.SETTINGS,
                JiraBoards.JiraSoftwareService.from(boards, columns, configs, alice, 3).orElseThrow().estimate());
        assertEquals(JiraBoards.Estimate.SETTINGS,
                JiraBoards.JiraSoftwareService.from(boards, columns, null, alice, 3).orElseThrow().estimate());
    }
}
