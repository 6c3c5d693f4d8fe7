package io.lodestar.jira.web.issuepanel;

import io.lodestar.core.okr.Band;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.IssueContribution;
import io.lodestar.core.okr.ScoredKeyResult;
import io.lodestar.core.okr.TrackStatus;
import io.lodestar.core.okr.WorkBasis;
import io.lodestar.core.okr.WorkProgress;
import io.lodestar.jira.app.OkrAccess;
import io.lodestar.jira.app.OkrReader;
import io.lodestar.jira.host.IssueCard;
import io.lodestar.jira.host.IssueContainer;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the issue panel's one view model from what {@link OkrReader#forIssue} reads. What the issue contributes is
 * counted as core counts linked work ({@code WorkProgress}): an issue brings its story points (0 when unestimated)
 * or itself as one issue; an epic whose issues the user can see brings those issues instead of itself, and its
 * roll-up is how many of them are done. Open cycles come first, so the work of this quarter is on top.
 */
public final class IssuePanelViews {
    /** The OKR page, which opens at {@code ?objective=ID}. */
    static final String OKR_PAGE = "/plugins/servlet/lodestar/okrs";
    private static final Map<Band, String> BAND_LOZENGES = Map.of(
            Band.GREEN, "aui-lozenge-success", Band.YELLOW, "aui-lozenge-moved", Band.RED, "aui-lozenge-error");
    private static final Map<TrackStatus, String> STATUS_LOZENGES = Map.of(
            TrackStatus.ON_TRACK, "aui-lozenge-success", TrackStatus.AT_RISK, "aui-lozenge-moved",
            TrackStatus.OFF_TRACK, "aui-lozenge-error");

    private final OkrReader reader;
    private final OkrAccess access;

    public IssuePanelViews(OkrReader reader, OkrAccess access) {
        this.reader = reader;
        this.access = access;
    }

    /**
     * The panel of the issue with this key, as the signed-in user sees it.
     *
     * @param baseUrl the host's context path, "" at the root
     * @throws io.lodestar.core.common.NotFoundException when the user may not browse the issue
     */
    public IssuePanelView view(String issueKey, String baseUrl) {
        OkrReader.IssueKeyResults found = reader.forIssue(issueKey);
        OkrAccess checks = access.forRequest();
        String base = baseUrl == null ? "" : baseUrl.replaceAll("/+$", "");
        List<IssuePanelEntry> entries = found.entries().stream()
                .sorted(Comparator.comparing((OkrReader.IssueEntry e) -> e.contribution().cycle().closed())
                        .thenComparing(e -> e.contribution().cycle().start(), Comparator.reverseOrder())
                        .thenComparingLong(e -> e.objective().id())
                        .thenComparingLong(e -> e.keyResult().keyResult().id()))
                .map(entry -> entry(found, entry, checks.canEdit(entry.objective()), base))
                .toList();
        boolean canLink = !reader.linkable(null, null).isEmpty();
        return new IssuePanelView(found.issue().key(), found.issue().issueId(), base, canLink, entries);
    }

    private static IssuePanelEntry entry(OkrReader.IssueKeyResults found, OkrReader.IssueEntry entry, boolean canEdit,
                                         String base) {
        IssueContribution contribution = entry.contribution();
        ScoredKeyResult scored = contribution.keyResult();
        Cycle cycle = contribution.cycle();
        Optional<IssueContainer> via = found.containerOf(entry);
        String linkKey = via.map(c -> c.relation() == IssueContainer.Relation.EPIC
                ? "okr.issuepanel.link.via-epic" : "okr.issuepanel.link.via-parent").orElse("okr.issuepanel.link.direct");
        Band band = scored.score().band();
        TrackStatus status = scored.status();
        return new IssuePanelEntry(scored.keyResult().id(), scored.keyResult().title(), contribution.objective().title(),
                base + OKR_PAGE + "?cycle=" + cycle.id() + "&objective=" + contribution.objective().id(),
                cycle.name(), cycle.closed(), scored.score().display(),
                "okr.issuepanel.band." + band.name().toLowerCase(Locale.ROOT), BAND_LOZENGES.get(band),
                "okr.issuepanel.status." + status.name().toLowerCase(Locale.ROOT).replace('_', '-'),
                STATUS_LOZENGES.get(status), linkKey, via.map(IssueContainer::key).orElse(null),
                via.map(c -> base + "/browse/" + URLEncoder.encode(c.key(), StandardCharsets.UTF_8)).orElse(null),
                contribution(found.issue(), scored.measurement().work()), entry.hiddenIssues(),
                canEdit && via.isEmpty());
    }

    /** What {@code issue} brings to the key result's visible total, in its basis; null for other kinds. */
    static IssuePanelEntry.Contribution contribution(IssueCard issue, WorkProgress work) {
        if (work == null) {
            return null;
        }
        boolean points = work.basis() == WorkBasis.STORY_POINTS;
        String basisKey = points ? "okr.issuepanel.basis.points" : "okr.issuepanel.basis.issues";
        String total = points ? number(work.totalPoints()) : number(work.totalIssues());
        if (issue.epic() && !issue.children().isEmpty()) {
            List<IssueCard> children = issue.children();
            double all = points ? children.stream().mapToDouble(IssueCard::points).sum() : children.size();
            double done = points ? children.stream().filter(IssueCard::done).mapToDouble(IssueCard::points).sum()
                    : issue.doneChildren();
            return new IssuePanelEntry.Contribution(number(all), total, basisKey, issue.done(), number(done), number(all));
        }
        return new IssuePanelEntry.Contribution(points ? number(issue.points()) : "1", total, basisKey, issue.done(),
                null, null);
    }

    /** 5 as "5", 2.5 as "2.5": story points are whole or halves; never "5.0". */
    static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
