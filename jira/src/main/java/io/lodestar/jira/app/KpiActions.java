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

    /**
     * A definition with its recorded values, oldest first; for a user who may not see its values
     * ({@link OkrAccess#canSeeKpiValues}), none, and {@code valuesHidden}.
     */
    public record KpiRecord(KpiDefinition definition, List<KpiMeasurement> measurements, boolean valuesHidden) {

        public KpiRecord(KpiDefinition definition, List<KpiMeasurement> measurements) {
            this(definition, measurements, false);
        }
    }

    /** Every KPI, by id; with a team (any case), only that team's KPIs. */
    public List<KpiRecord> list(String team) {
        access.requireUser();
        List<KpiDefinition> definitions = KpiDefinition.teamKey(team) == null ? store.definitions()
                : store.definitionsOf(team);
        return definitions.stream().map(this::asSeen).toList();
    }

    public KpiRecord get(long kpiId) {
        access.requireUser();
        return asSeen(store.find(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId)));
    }

    /**
     * The recorded values of a KPI, oldest first.
     *
     * @throws AccessDeniedException when the user may not see its values; the message names the KPI
     */
    public KpiRecord history(long kpiId) {
        KpiRecord record = get(kpiId);
        if (record.valuesHidden()) {
            throw new AccessDeniedException("the values of " + record.definition().name()
                    + " are hidden: it is computed over a project you may not browse");
        }
        return record;
    }

    /** The record as the current user may see it. */
    private KpiRecord asSeen(KpiDefinition definition) {
        return access.canSeeKpiValues(definition) ? new KpiRecord(definition, store.measurements(definition.id()))
                : new KpiRecord(definition, List.of(), true);
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
        return asSeen(store.save(changed));
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
        return asSeen(current);
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
