package io.lodestar.core.kpi.run;

import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Which KPIs an issue change may move, so that only those are measured again: the KPIs whose data source is the
 * issue's project, and those of the project's team (a KPI's team is a project key). A JQL query or a board's filter
 * can reach any project (which ones depends on the query and on the data of the day), so KPIs with such a source are
 * marked by every change: that measures some KPIs that did not need it, never misses one that did.
 */
public final class StaleKpis {

    private final io.lodestar.core.kpi.KpiStore kpis;
    private final MeasurementRunStore runs;

    public StaleKpis(io.lodestar.core.kpi.KpiStore kpis, MeasurementRunStore runs) {
        this.kpis = kpis;
        this.runs = runs;
    }

    /** Whether a change to an issue of the project {@code projectKey} may move the KPI's value. */
    public static boolean affectedBy(KpiDefinition definition, String projectKey) {
        if (definition.dataSource().kind() != KpiDataSource.Kind.PROJECT) {
            return true;
        }
        String key = projectKey == null ? "" : projectKey.strip().toUpperCase(Locale.ROOT);
        return definition.dataSource().reference().strip().toUpperCase(Locale.ROOT).equals(key)
                || key.equals(definition.team());
    }

    /**
     * Marks every KPI measured per sprint (a sprint started or closed, on a board not known here); returns their ids.
     */
    public List<Long> sprintChanged(Instant at) {
        List<Long> affected = kpis.definitions().stream()
                .filter(definition -> definition.frequency() == io.lodestar.core.kpi.Frequency.PER_SPRINT)
                .map(KpiDefinition::id).toList();
        if (!affected.isEmpty()) {
            runs.markStale(affected, at);
        }
        return affected;
    }

    /** Marks the KPIs an issue change in {@code projectKey} may move; returns their ids. */
    public List<Long> issueChanged(String projectKey, Instant at) {
        List<Long> affected = kpis.definitions().stream().filter(definition -> affectedBy(definition, projectKey))
                .map(KpiDefinition::id).toList();
        if (!affected.isEmpty()) {
            runs.markStale(affected, at);
        }
        return affected;
    }
}
