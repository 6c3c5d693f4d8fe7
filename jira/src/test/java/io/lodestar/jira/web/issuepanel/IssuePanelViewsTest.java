package io.lodestar.jira.web.issuepanel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.kpi.InMemoryKpiStore;
import io.lodestar.core.okr.CheckInService;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.InMemoryKpiReadings;
import io.lodestar.core.okr.InMemoryOkrStore;
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
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.Before;
import org.junit.Test;

/**
 * The issue panel's view model, built from the real reader and core services on the in-memory store, with Jira
 * played by {@link FakeJira}: epic ATLAS-7 holds ATLAS-701 (5 points, done), ATLAS-702 (35 points) and ATLAS-703
 * (8 points, hidden from carol); ATLAS-9 is a sub-task of ATLAS-701. Alice owns the objective.
 */
public class IssuePanelViewsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-02-15T10:00:00Z"), ZoneOffset.UTC);

    private final FakeJira jira = new FakeJira().user("alice", "Alice Adams").user("carol", "Carol Clark");
    private final InMemoryOkrStore store = new InMemoryOkrStore();
    private IssuePanelViews views;
    private Cycle q1;
    private Objective checkout;
    private KeyResult points;
    private KeyResult stories;

    @Before
    public void seed() {
        jira.issue(701, "ATLAS-701", "Pay by card", "done", 5.0)
                .issue(702, "ATLAS-702", "Pay by invoice", "new", 35.0)
                .issue(703, "ATLAS-703", "Secret deal", "done", 8.0)
                .epic(700, "ATLAS-7", "Checkout", "indeterminate", 701, 702, 703)
                .subTask(801, "ATLAS-9", "Card form", "new", null, 701)
                .issue(900, "ATLAS-900", "Unlinked", "new", 3.0)
                .hide(703, "carol");
        JiraIssueSource issues = jira.issueSource();
        OkrAccess access = new OkrAccess(jira.permissions());
        OkrReader reader = new OkrReader(store, new OkrTreeService(store, issues, new InMemoryKpiReadings(), CLOCK),
                new CheckInService(store, CLOCK), new QualityService(store), issues, access, new InMemoryKpiStore());
        views = new IssuePanelViews(reader, access);
        q1 = store.saveCycle(Cycle.quarter(2026, 1));
        checkout = store.saveObjective(Objective.draft(q1.id(), "Faster checkout", "", "alice", ObjectiveLevel.TEAM, "ATLAS"));
        points = store.saveKeyResult(KeyResult.of(checkout.id(), "Checkout points done", null,
                Measure.linkedWork(WorkBasis.STORY_POINTS)));
        stories = store.saveKeyResult(KeyResult.of(checkout.id(), "Card stories done", null,
                Measure.linkedWork(WorkBasis.ISSUE_COUNT)));
        store.link(new IssueLink(points.id(), 700));
        store.link(new IssueLink(stories.id(), 701));
        store.link(new IssueLink(stories.id(), 703));
    }

    private IssuePanelEntry entryFor(IssuePanelView view, KeyResult keyResult) {
        return view.getEntries().stream().filter(e -> e.getKeyResultId() == keyResult.id()).findFirst()
                .orElseThrow(() -> new AssertionError("no entry for " + keyResult.title()));
    }

    @Test
    public void shouldShowWhatAStoryBringsDirectlyAndThroughItsEpicWhenBothAreLinked() {
        jira.login("alice");

        IssuePanelView view = views.view("ATLAS-701", "/jira");

        assertEquals(2, view.getEntries().size());
        IssuePanelEntry viaEpic = entryFor(view, points);
        assertEquals("okr.issuepanel.link.via-epic", viaEpic.getLinkKey());
        assertEquals("ATLAS-7", viaEpic.getViaIssueKey());
        assertEquals("/jira/browse/ATLAS-7", viaEpic.getViaIssueUrl());
        assertEquals("5", viaEpic.getContributionAmount());
        assertEquals("48", viaEpic.getContributionTotal());
        assertEquals("okr.issuepanel.basis.points", viaEpic.getBasisKey());
        assertTrue(viaEpic.isDone());
        assertFalse(viaEpic.isHasRollup());
        assertFalse("the epic carries the link: unlink it from the epic", viaEpic.isCanUnlink());
        assertEquals("13 of 48 points done", "0.27", viaEpic.getScoreText());
        assertEquals("okr.issuepanel.band.red", viaEpic.getBandKey());
        assertEquals("aui-lozenge-error", viaEpic.getBandLozenge());
        IssuePanelEntry direct = entryFor(view, stories);
        assertEquals("okr.issuepanel.link.direct", direct.getLinkKey());
        assertNull(direct.getViaIssueKey());
        assertEquals("1", direct.getContributionAmount());
        assertEquals("2", direct.getContributionTotal());
        assertEquals("okr.issuepanel.basis.issues", direct.getBasisKey());
        assertTrue(direct.isCanUnlink());
        assertEquals("/jira/plugins/servlet/lodestar/okrs?cycle=" + q1.id() + "&objective=" + checkout.id(),
                direct.getObjectiveUrl());
        assertEquals("Faster checkout", direct.getObjectiveTitle());
        assertEquals("2026 Q1", direct.getCycleName());
        assertTrue(view.isCanLink());
    }

    @Test
    public void shouldRollUpTheEpicsIssuesInTheKeyResultsBasisWhenTheEpicIsViewed() {
        jira.login("alice");

        IssuePanelEntry epic = entryFor(views.view("ATLAS-7", ""), points);

        assertEquals("okr.issuepanel.link.direct", epic.getLinkKey());
        assertEquals("48", epic.getContributionAmount());
        assertEquals("48", epic.getContributionTotal());
        assertTrue(epic.isHasRollup());
        assertEquals("13", epic.getRollupDone());
        assertEquals("48", epic.getRollupTotal());
        assertFalse(epic.isDone());
        assertTrue(epic.isCanUnlink());
    }

    @Test
    public void shouldReachKeyResultsThroughTheParentAndTheParentsEpicWhenASubTaskIsViewed() {
        jira.login("alice");

        IssuePanelView view = views.view("ATLAS-9", "");

        IssuePanelEntry viaParent = entryFor(view, stories);
        assertEquals("okr.issuepanel.link.via-parent", viaParent.getLinkKey());
        assertEquals("ATLAS-701", viaParent.getViaIssueKey());
        assertFalse("the sub-task is not done", viaParent.isDone());
        IssuePanelEntry viaEpic = entryFor(view, points);
        assertEquals("okr.issuepanel.link.via-epic", viaEpic.getLinkKey());
        assertEquals("ATLAS-7", viaEpic.getViaIssueKey());
        assertEquals("0", viaEpic.getContributionAmount());
    }

    @Test
    public void shouldCountOnlyWhatTheViewerMayBrowseAndSayHowManyAreHiddenWhenSomeAre() {
        jira.login("carol");

        IssuePanelView view = views.view("ATLAS-701", "");

        IssuePanelEntry direct = entryFor(view, stories);
        assertEquals(1, direct.getHiddenIssues());
        assertEquals("1", direct.getContributionTotal());
        assertEquals("1.00", direct.getScoreText());
        IssuePanelEntry viaEpic = entryFor(view, points);
        assertEquals("40", viaEpic.getContributionTotal());
        assertEquals("ATLAS-703 is in the epic and hidden from carol", 1, viaEpic.getHiddenIssues());
        assertFalse(direct.isCanUnlink());
        assertFalse(view.isCanLink());
    }

    @Test
    public void shouldBeEmptyButOfferTheLinkWhenTheIssueMovesNothingAndTheUserMayLink() {
        jira.login("alice");

        IssuePanelView view = views.view("ATLAS-900", "");

        assertTrue(view.isNothingLinked());
        assertTrue(view.isCanLink());
        assertEquals("ATLAS-900", view.getIssueKey());
        assertEquals(900L, view.getIssueId());
    }

    @Test
    public void shouldTellNothingWhenTheIssueIsHiddenOrUnknown() {
        jira.login("carol");

        NotFoundException hidden = assertThrows(NotFoundException.class, () -> views.view("ATLAS-703", ""));
        NotFoundException unknown = assertThrows(NotFoundException.class, () -> views.view("NOPE-1", ""));

        assertEquals(hidden.getMessage().replace("ATLAS-703", "?"), unknown.getMessage().replace("NOPE-1", "?"));
    }

    @Test
    public void shouldPrintStoryPointsWithoutTrailingZerosWhenFormatting() {
        assertEquals("5", IssuePanelViews.number(5.0));
        assertEquals("2.5", IssuePanelViews.number(2.5));
        assertEquals("0", IssuePanelViews.number(0.0));
    }
}
