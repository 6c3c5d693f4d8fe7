package io.lodestar.jira.web.issuepanel;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import io.lodestar.jira.web.HostVelocity;
import io.lodestar.jira.web.TestI18n;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.Test;

/** The issue panel's template rendered by a real Velocity engine with the host's escaping and allowlist. */
public class IssuePanelTemplateTest {
    private static final String SCRIPT = "<script>alert('x')</script>";

    static IssuePanelEntry entry(String objectiveTitle, String keyResultTitle, String viaKey, boolean canUnlink,
                                 IssuePanelEntry.Contribution contribution, int hidden) {
        return new IssuePanelEntry(42, keyResultTitle, objectiveTitle, "/jira/plugins/servlet/lodestar/okrs?cycle=3&objective=9",
                "2026 Q1", false, "0.70", "okr.issuepanel.band.green", "aui-lozenge-success",
                "okr.issuepanel.status.on-track", "aui-lozenge-success",
                viaKey == null ? "okr.issuepanel.link.direct" : "okr.issuepanel.link.via-epic", viaKey,
                viaKey == null ? null : "/jira/browse/" + viaKey, contribution, hidden, canUnlink);
    }

    static IssuePanelEntry.Contribution points(String amount, String total, boolean done) {
        return new IssuePanelEntry.Contribution(amount, total, "okr.issuepanel.basis.points", done, null, null);
    }

    private static String render(HostVelocity velocity, IssuePanelView view) {
        return velocity.render(IssuePanel.TEMPLATE, Map.of(IssuePanel.VIEW, view));
    }

    @Test
    public void shouldEscapeMarkupWhenTitlesAndKeysContainScript() {
        IssuePanelView view = new IssuePanelView("A-1\"><b>", 7, "/jira", true,
                List.of(entry(SCRIPT, SCRIPT, "E-1<i>", true, points("5", "40", true), 0)));

        String html = render(new HostVelocity(), view);

        assertFalse(html, html.contains("<script>alert"));
        assertFalse(html, html.contains("<b>") || html.contains("<i>"));
        assertTrue(html, html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"));
        assertTrue(html, html.contains("data-issue-key=\"A-1&quot;&gt;&lt;b&gt;\""));
    }

    @Test
    public void shouldTakeEveryVisibleTextFromI18nWhenRendered() {
        IssuePanelEntry.Contribution epic = new IssuePanelEntry.Contribution("40", "40", "okr.issuepanel.basis.points",
                false, "5", "40");
        IssuePanelView view = new IssuePanelView("A-1", 7, "", true, List.of(
                entry("Objective title", "Key result title", "E-1", false, points("5", "40", false), 2),
                entry("Objective title", "Key result title", null, true, epic, 0)));

        String html = render(new HostVelocity(TestI18n.marking()), view);

        String outsideTags = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<[^>]*>", " ")
                .replaceAll("(?s)\\[\\[.*?]]", " ")
                .replace("Objective title", " ").replace("Key result title", " ").replace("2026 Q1", " ")
                .replace("0.70", " ").replace("E-1", " ").replaceAll("\\b(5|40|2)\\b", " ")
                .replaceAll("&[a-z]+;", " ");
        assertTrue("text not from i18n: " + outsideTags.trim(), outsideTags.trim().isEmpty());
        Matcher labels = Pattern.compile("(?:aria-label|title|placeholder)=\"([^\"]*)\"").matcher(html);
        while (labels.find()) {
            assertTrue("attribute text not from i18n: " + labels.group(), labels.group(1).matches("\\[\\[.*]]"));
        }
    }

    @Test
    public void shouldShowHowAndWhatTheIssueContributesWhenLinkedThroughItsEpic() {
        IssuePanelView view = new IssuePanelView("A-1", 7, "", false,
                List.of(entry("Faster checkout", "Points done", "ATLAS-7", false, points("5", "40", true), 3)));

        String html = render(new HostVelocity(), view);

        assertTrue(html, html.contains("<a href=\"/jira/browse/ATLAS-7\" data-test=\"issue-panel-via\">ATLAS-7</a>"));
        assertTrue(html, html.contains("via epic"));
        assertTrue(html, text(html).contains("5 of 40 story points done"));
        assertTrue(html, text(html).contains("3 linked issues are hidden from you and not counted"));
        assertTrue(html, html.contains("href=\"/jira/plugins/servlet/lodestar/okrs?cycle=3&amp;objective=9\" data-test=\"issue-panel-objective\""));
        assertTrue(html, html.contains("class=\"aui-lozenge aui-lozenge-success\" data-test=\"issue-panel-band\">Green<"));
        assertFalse("no controls for those who may not edit", html.contains("data-action="));
        assertFalse(html.contains("id=\"lodestar-issue-picker\""));
    }

    @Test
    public void shouldRollUpAnEpicsIssuesWhenTheEpicIsViewed() {
        IssuePanelEntry.Contribution epic = new IssuePanelEntry.Contribution("40", "40", "okr.issuepanel.basis.points",
                false, "5", "40");
        String html = render(new HostVelocity(), new IssuePanelView("A-7", 7, "", false,
                List.of(entry("O", "K", null, false, epic, 0))));

        assertTrue(html, text(html).contains("Its issues: 5 of 40 story points done"));
        assertTrue(html, text(html).contains("40 of 40 story points not done yet"));
        assertTrue(html, text(html).contains("Linked directly"));
    }

    @Test
    public void shouldShowOneLineAndTheLinkOnlyToThoseAllowedWhenTheIssueMovesNothing() {
        String allowed = render(new HostVelocity(), new IssuePanelView("A-1", 7, "", true, List.of()));
        String others = render(new HostVelocity(), new IssuePanelView("A-1", 7, "", false, List.of()));

        assertTrue(allowed, allowed.contains("data-test=\"issue-panel-empty\">This issue does not move any key result yet.<"));
        assertTrue(allowed, allowed.contains("data-action=\"open-picker\""));
        assertTrue(allowed, allowed.contains(">Link to a key result<"));
        assertTrue(allowed, allowed.contains("id=\"lodestar-issue-picker\""));
        assertTrue(others, others.contains("data-test=\"issue-panel-empty\""));
        assertFalse(others, others.contains("data-action="));
        assertFalse(others, others.contains("lodestar-issue-picker"));
    }

    @Test
    public void shouldOfferUnlinkOnlyOnEntriesTheUserMayUnlinkWhenSomeAre() {
        String html = render(new HostVelocity(), new IssuePanelView("A-1", 7, "", true, List.of(
                entry("O", "K", null, true, points("1", "2", false), 0),
                entry("O", "K", "E-1", false, points("1", "2", false), 0))));

        assertEquals(1, html.split("data-action=\"unlink\"", -1).length - 1);
    }

    @Test
    public void shouldRenderNothingWhenTheContextProviderGaveNoView() {
        assertEquals("", new HostVelocity().render(IssuePanel.TEMPLATE, Map.of()).trim());
    }

    /** The rendered text with tags removed and spaces collapsed, as a reader sees it. */
    private static String text(String html) {
        return html.replaceAll("(?s)<[^>]*>", " ").replaceAll("\\s+", " ");
    }
}
