package io.lodestar.confluence.macro;

import java.util.List;

/**
 * What the KPI status template shows: one KPI, or a team's scorecard, each KPI with its value, target, rating and
 * the trend of its recent periods; {@code export} asks for a plain table. Templates read only these getters
 * (listed in the descriptor's velocity-allowlist).
 */
public final class KpiStatusView {
    private final String team;
    private final String kpiPageUrl;
    private final List<KpiRow> kpis;
    private final boolean export;

    KpiStatusView(String team, String kpiPageUrl, List<KpiRow> kpis, boolean export) {
        this.team = team;
        this.kpiPageUrl = kpiPageUrl;
        this.kpis = List.copyOf(kpis);
        this.export = export;
    }

    /** The scorecard's team; empty for a single KPI. */
    public String getTeam() {
        return team;
    }

    /** Jira's KPI page at this team or KPI. */
    public String getKpiPageUrl() {
        return kpiPageUrl;
    }

    public List<KpiRow> getKpis() {
        return kpis;
    }

    public boolean isEmpty() {
        return kpis.isEmpty();
    }

    public boolean isExport() {
        return export;
    }
}
