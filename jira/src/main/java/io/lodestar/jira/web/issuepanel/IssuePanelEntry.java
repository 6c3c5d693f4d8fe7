package io.lodestar.jira.web.issuepanel;

/**
 * One key result in the issue panel. Values the template prints are ready to print (numbers formatted); texts
 * that vary are given as i18n keys ({@code *Key}), so the template still takes every word from i18n.
 */
public final class IssuePanelEntry {
    private final long keyResultId;
    private final String keyResultTitle;
    private final String objectiveTitle;
    private final String objectiveUrl;
    private final String cycleName;
    private final boolean cycleClosed;
    private final String scoreText;
    private final String bandKey;
    private final String bandLozenge;
    private final String statusKey;
    private final String statusLozenge;
    private final String linkKey;
    private final String viaIssueKey;
    private final String viaIssueUrl;
    private final Contribution contribution;
    private final int hiddenIssues;
    private final boolean canUnlink;

    /**
     * What the issue brings to the key result, in the key result's basis ("5" of "40" story points), whether it is
     * done, and for an epic the roll-up of its visible issues (done of total).
     */
    record Contribution(String amount, String total, String basisKey, boolean done, String rollupDone,
                        String rollupTotal) {
    }

    IssuePanelEntry(long keyResultId, String keyResultTitle, String objectiveTitle, String objectiveUrl,
                    String cycleName, boolean cycleClosed, String scoreText, String bandKey, String bandLozenge,
                    String statusKey, String statusLozenge, String linkKey, String viaIssueKey, String viaIssueUrl,
                    Contribution contribution, int hiddenIssues, boolean canUnlink) {
        this.keyResultId = keyResultId;
        this.keyResultTitle = keyResultTitle;
        this.objectiveTitle = objectiveTitle;
        this.objectiveUrl = objectiveUrl;
        this.cycleName = cycleName;
        this.cycleClosed = cycleClosed;
        this.scoreText = scoreText;
        this.bandKey = bandKey;
        this.bandLozenge = bandLozenge;
        this.statusKey = statusKey;
        this.statusLozenge = statusLozenge;
        this.linkKey = linkKey;
        this.viaIssueKey = viaIssueKey;
        this.viaIssueUrl = viaIssueUrl;
        this.contribution = contribution;
        this.hiddenIssues = hiddenIssues;
        this.canUnlink = canUnlink;
    }

    public long getKeyResultId() {
        return keyResultId;
    }

    public String getKeyResultTitle() {
        return keyResultTitle;
    }

    public String getObjectiveTitle() {
        return objectiveTitle;
    }

    /** The OKR page opened at the objective, in its cycle. */
    public String getObjectiveUrl() {
        return objectiveUrl;
    }

    public String getCycleName() {
        return cycleName;
    }

    public boolean isCycleClosed() {
        return cycleClosed;
    }

    /** The score as the OKR page shows it, e.g. "0.7". */
    public String getScoreText() {
        return scoreText;
    }

    public String getBandKey() {
        return bandKey;
    }

    /** The AUI lozenge class of the band, as on the OKR page. */
    public String getBandLozenge() {
        return bandLozenge;
    }

    public String getStatusKey() {
        return statusKey;
    }

    public String getStatusLozenge() {
        return statusLozenge;
    }

    /** How the issue reaches the key result: linked directly, via its epic, or via its parent. */
    public String getLinkKey() {
        return linkKey;
    }

    /** The key of the epic or parent that carries the link; null when the issue itself is linked. */
    public String getViaIssueKey() {
        return viaIssueKey;
    }

    public String getViaIssueUrl() {
        return viaIssueUrl;
    }

    /** Whether the key result counts linked work, so there is a contribution to show. */
    public boolean isHasContribution() {
        return contribution != null;
    }

    public String getContributionAmount() {
        return contribution == null ? null : contribution.amount();
    }

    public String getContributionTotal() {
        return contribution == null ? null : contribution.total();
    }

    /** "story points" or "issues". */
    public String getBasisKey() {
        return contribution == null ? null : contribution.basisKey();
    }

    /** Whether the issue itself is done. */
    public boolean isDone() {
        return contribution != null && contribution.done();
    }

    /** Whether the issue is an epic whose visible issues are rolled up. */
    public boolean isHasRollup() {
        return contribution != null && contribution.rollupTotal() != null;
    }

    public String getRollupDone() {
        return contribution == null ? null : contribution.rollupDone();
    }

    public String getRollupTotal() {
        return contribution == null ? null : contribution.rollupTotal();
    }

    /** How many of the key result's linked issues the user may not browse; they are not counted. */
    public int getHiddenIssues() {
        return hiddenIssues;
    }

    public boolean isHasHiddenIssues() {
        return hiddenIssues > 0;
    }

    /** Whether the user may edit the key result and the issue itself carries the link, so it can be unlinked here. */
    public boolean isCanUnlink() {
        return canUnlink;
    }
}
