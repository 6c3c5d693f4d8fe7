package io.lodestar.jira.persistence;

import static org.junit.Assert.assertEquals;

import io.lodestar.core.kpi.InMemoryKpiStore;
import io.lodestar.core.okr.CheckInService;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.InMemoryKpiReadings;
import io.lodestar.core.okr.IssueLink;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import io.lodestar.core.okr.OkrTreeService;
import io.lodestar.core.okr.QualityService;
import io.lodestar.core.okr.WorkBasis;
import io.lodestar.jira.app.OkrAccess;
import io.lodestar.jira.app.OkrReader;
import io.lodestar.jira.host.FakeJira;
import io.lodestar.jira.host.JiraIssueSource;
import io.lodestar.jira.web.issuepanel.IssuePanelView;
import io.lodestar.jira.web.issuepanel.IssuePanelViews;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import net.java.ao.EntityManager;
import net.java.ao.test.jdbc.Data;
import net.java.ao.test.jdbc.Jdbc;
import net.java.ao.test.junit.ActiveObjectsJUnitRunner;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;

/**
 * The issue panel's whole server-side read on Active Objects costs the same number of SQL statements for a story
 * whose epic is linked to 1, 10 or 100 key results: the five of {@code loadLinkedTo}, then the cycle list and the
 * five of one {@code loadCycle} for the open cycle, to know whether the user may link anything.
 */
@RunWith(ActiveObjectsJUnitRunner.class)
@Jdbc(LodestarDatabase.class)
@Data(LodestarSchemaUpdater.class)
public class AoIssuePanelQueryCountTest {

    /** loadLinkedTo (5) + cycles (1) + loadCycle of the one open cycle (5). */
    private static final int PANEL_STATEMENTS = 11;

    private EntityManager entityManager;
    private AoOkrStore store;
    private IssuePanelViews views;
    private Objective objective;

    @Before
    public void createPanel() {
        store = new AoOkrStore(new EntityManagerActiveObjects(entityManager));
        FakeJira jira = new FakeJira().user("alice", "Alice Adams")
                .issue(701, "ATLAS-701", "Story", "done", 5.0).issue(702, "ATLAS-702", "Other", "new", 3.0)
                .epic(700, "ATLAS-7", "Epic", "new", 701, 702).login("alice");
        JiraIssueSource issues = jira.issueSource();
        OkrAccess access = new OkrAccess(jira.permissions());
        Clock clock = Clock.systemUTC();
        OkrReader reader = new OkrReader(store, new OkrTreeService(store, issues, new InMemoryKpiReadings(), clock),
                new CheckInService(store, clock), new QualityService(store), issues, access, new InMemoryKpiStore());
        views = new IssuePanelViews(reader, access);
        Cycle open = store.saveCycle(Cycle.year(2026));
        objective = store.saveObjective(Objective.draft(open.id(), "Ship", "", "alice", ObjectiveLevel.TEAM, "ATLAS"));
    }

    private void linkKeyResultsToTheEpicUpTo(int total) {
        while (store.keyResultsLinkedTo(700).size() < total) {
            KeyResult kr = store.saveKeyResult(KeyResult.of(objective.id(), "Points", null,
                    Measure.linkedWork(WorkBasis.STORY_POINTS)));
            store.link(new IssueLink(kr.id(), 700));
        }
    }

    @Test
    public void shouldReadThePanelWithElevenStatementsWhenTheEpicIsLinkedToOneTenOrAHundredKeyResults() {
        List<Integer> counts = new ArrayList<>();
        for (int linked : List.of(1, 10, 100)) {
            linkKeyResultsToTheEpicUpTo(linked);
            IssuePanelView[] view = new IssuePanelView[1];
            List<String> statements = StatementCounter.statementsOf(entityManager, () -> view[0] = views.view("ATLAS-701", ""));
            assertEquals(linked, view[0].getEntries().size());
            assertEquals(String.join("\n", statements), PANEL_STATEMENTS, statements.size());
            counts.add(statements.size());
        }
        assertEquals(List.of(PANEL_STATEMENTS, PANEL_STATEMENTS, PANEL_STATEMENTS), counts);
    }
}
