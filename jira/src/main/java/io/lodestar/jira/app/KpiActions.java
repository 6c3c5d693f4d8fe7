package io.lodestar.jira.app;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.IssueHistorySource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiEvaluation;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiStore;
import io.lodestar.core.kpi.sprint.SprintKpiCalculator;
import io.lodestar.core.kpi.sprint.SprintReport;
import java.util.List;

/**
 * KPI definitions and their recorded values, as the REST API serves them: any logged-in user reads,
 * the owner and Jira administrators change (see {@link OkrAccess}).
 *
 * <p>Refreshing (computing the value now from issue data, with core's {@link KpiEvaluation}) is also
 * reserved to the owner and Jira administrators: the issues are read with the refresher's browse
 * permissions and the recorded value is then shown to everyone, so who may refresh decides what a
 * KPI may count.
 */
public final class KpiActions {

    private final KpiStore store;
    private final KpiEvaluation evaluation;
    private final IssueHistorySource issues;
    private final OkrAccess access;

    public KpiActions(KpiStore store, KpiEvaluation evaluation, IssueHistorySource issues, OkrAccess access) {
        this.store = store;
        this.evaluation = evaluation;
        this.issues = issues;
        this.access = access;
    }

    /** Runs a request's work as one transaction: kept whole when it returns, rolled back when it throws. */
    public <T> T atomically(java.util.function.Supplier<T> work) {
        return store.inTransaction(work);
    }

    /** The signed-in user's key; 401 before anything else is looked at. */
    public String requireUser() {
        return access.requireUser();
    }

    /** The KPI, when the user may change it (401, 404, 403 otherwise). */
    public KpiDefinition requireEditable(long kpiId) {
        access.requireUser();
        KpiDefinition current = store.find(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
        access.requireKpiEdit(current.owner());
        return current;
    }

    /** A definition with its recorded values, oldest first. */
    public record KpiRecord(KpiDefinition definition, List<KpiMeasurement> measurements) {
    }

    /** Every KPI, by id; with a team (any case), only that team's KPIs. */
    public List<KpiRecord> list(String team) {
        access.requireUser();
        List<KpiDefinition> definitions = KpiDefinition.teamKey(team) == null ? store.definitions()
                : store.definitionsOf(team);
        return definitions.stream().map(d -> new KpiRecord(d, store.measurements(d.id()))).toList();
    }

    public KpiRecord get(long kpiId) {
        access.requireUser();
        KpiDefinition definition = store.find(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
        return new KpiRecord(definition, store.measurements(kpiId));
    }

    public KpiRecord create(KpiDefinition definition) {
        access.requireKpiEdit(definition.owner());
        if (definition.id() != 0) {
            throw new InvalidInputException("kpi.id", "must not be set on a new KPI");
        }
        KpiDefinition stored = store.save(definition);
        return new KpiRecord(stored, List.of());
    }

    /** Replaces a definition; {@code changed} carries the id and the version the edit was based on. */
    public KpiRecord edit(KpiDefinition changed) {
        KpiDefinition current = store.find(changed.id()).orElseThrow(() -> new NotFoundException("kpi", changed.id()));
        access.requireKpiEdit(current.owner());
        KpiDefinition stored = store.save(changed);
        return new KpiRecord(stored, store.measurements(stored.id()));
    }

    public void delete(long kpiId, long version) {
        KpiDefinition current = store.find(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
        access.requireKpiEdit(current.owner());
        store.delete(kpiId, version);
    }

    /** Computes and records the value of the last complete period (or sprint) now; returns the updated KPI. */
    public KpiRecord refresh(long kpiId) {
        KpiDefinition current = store.find(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
        access.requireKpiEdit(current.owner());
        evaluation.evaluate(kpiId);
        return new KpiRecord(current, store.measurements(kpiId));
    }

    /**
     * The closed sprints of a per-sprint KPI's source, as Jira's velocity chart counts them, computed
     * now from the issues the caller may browse (nothing is recorded).
     */
    public List<SprintReport> sprints(long kpiId) {
        access.requireUser();
        KpiDefinition definition = store.find(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
        if (definition.frequency() != Frequency.PER_SPRINT) {
            throw new InvalidInputException("kpi", definition.name() + " is not measured per sprint");
        }
        return SprintKpiCalculator.reports(definition, issues.load(definition.dataSource()));
    }

    public boolean canEdit(KpiDefinition definition) {
        return access.canEditKpi(definition.owner());
    }

    public String displayName(String userKey) {
        return access.displayName(userKey);
    }
}
