package io.lodestar.confluence.macro;

import java.util.List;

/**
 * What the OKR status template shows: the cycle (name, elapsed share) and the objectives the macro's parameters
 * chose, each with its key results, plus where they are on Jira's OKR page. {@code export} asks for a plain table
 * (PDF, Word, e-mail). Templates read only these getters (listed in the descriptor's velocity-allowlist).
 */
public final class OkrStatusView {
    private final String cycleName;
    private final int elapsedPercent;
    private final String okrPageUrl;
    private final List<ObjectiveRow> objectives;
    private final boolean export;

    OkrStatusView(String cycleName, int elapsedPercent, String okrPageUrl, List<ObjectiveRow> objectives, boolean export) {
        this.cycleName = cycleName;
        this.elapsedPercent = elapsedPercent;
        this.okrPageUrl = okrPageUrl;
        this.objectives = List.copyOf(objectives);
        this.export = export;
    }

    public String getCycleName() {
        return cycleName;
    }

    /** How much of the cycle has passed, 0..100. */
    public int getElapsedPercent() {
        return elapsedPercent;
    }

    /** Jira's OKR page at this cycle (and team). */
    public String getOkrPageUrl() {
        return okrPageUrl;
    }

    /** Roots first, each followed by its aligned children ({@link ObjectiveRow#getDepth()}). */
    public List<ObjectiveRow> getObjectives() {
        return objectives;
    }

    public boolean isEmpty() {
        return objectives.isEmpty();
    }

    public boolean isExport() {
        return export;
    }
}
