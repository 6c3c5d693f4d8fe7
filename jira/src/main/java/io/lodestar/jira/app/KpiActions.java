package io.lodestar.jira.app;

import io.lodestar.core.common.DamagedRecordException;
import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.common.StaleVersionException;
import io.lodestar.core.kpi.Frequency;
import io.lodestar.core.kpi.IssueHistorySource;
import io.lodestar.core.kpi.KpiDataSource;
import io.lodestar.core.kpi.KpiDefinition;
import io.lodestar.core.kpi.KpiMeasurement;
import io.lodestar.core.kpi.KpiStore;
import io.lodestar.core.kpi.KpiWatchers;
import io.lodestar.core.kpi.sprint.SprintKpiCalculator;
import io.lodestar.core.kpi.sprint.SprintReport;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.OkrStore;
import io.lodestar.jira.host.JiraJqlParser;
import java.util.List;
import java.util.stream.Collectors;

/**
 * KPI definitions and their recorded values, as the REST API serves them: any logged-in user reads; the owner,
 * the administrators of the team's project and Jira administrators change (see {@link OkrAccess}). A JQL source
 * must parse with Jira's own parser ({@link JiraJqlParser}), else a 400 on {@code kpi.source.value}.
 *
 * <p>Measuring is not done here: {@link MeasurementActions} queues background runs.
 */
public final class KpiActions {

    private final KpiStore store;
    private final IssueHistorySource issues;
    private final OkrAccess access;
    private final OkrStore okrs;
    private final JiraJqlParser jql;
    private final KpiWatchers watchers;

    public KpiActions(KpiStore store, IssueHistorySource issues, OkrAccess access, OkrStore okrs, JiraJqlParser jql,
                      KpiWatchers watchers) {
        this.store = store;
        this.issues = issues;
        this.access = access;
        this.okrs = okrs;
        this.jql = jql;
        this.watchers = watchers;
    }

    /** Whether the signed-in user watches a KPI, and how many users do. */
    public record WatchState(boolean watching, int count) {
    }

    /** The signed-in user's watch of the KPI (401, 404). */
    public WatchState watchState(long kpiId) {
        String user = access.requireUser();
        store.find(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
        return state(kpiId, user);
    }

    /**
     * Makes the signed-in user a watcher of the KPI (401, 404; 403 for a user who may not see its values, since the
     * red-alert mail would never reach them). Watching twice is the same as once.
     */
    public WatchState watch(long kpiId) {
        String user = access.requireUser();
        KpiDefinition definition = store.find(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
        if (!access.canSeeKpiValues(definition)) {
            throw new AccessDeniedException("only users who may browse every project of the KPI's data source may watch it");
        }
        watchers.watch(kpiId, user);
        return state(kpiId, user);
    }

    /** Stops the signed-in user watching the KPI (401, 404); allowed to anyone, watching or not. */
    public WatchState unwatch(long kpiId) {
        String user = access.requireUser();
        store.find(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
        watchers.unwatch(kpiId, user);
        return state(kpiId, user);
    }

    private WatchState state(long kpiId, String user) {
        List<String> all = watchers.watchers(kpiId);
        return new WatchState(all.contains(user), all.size());
    }

    /** Runs a request's work as one transaction: kept whole when it returns, rolled back when it throws. */
    public <T> T atomically(java.util.function.Supplier<T> work) {
        return store.inTransaction(work);
    }

    /** The signed-in user's key; 401 before anything else is looked at. */
    public String requireUser() {
        return access.requireUser();
    }

    /**
     * The KPI, when the user may change it (401, 404, 403 otherwise); null for a Jira administrator when its stored row
     * is damaged (see {@link #damagedForAdmins}).
     */
    public KpiDefinition requireEditable(long kpiId) {
        KpiDefinition current = damagedForAdmins(kpiId);
        if (current != null) {
            access.requireKpiEdit(current);
        }
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
        access.requireKpiEdit(definition);
        if (definition.id() != 0) {
            throw new InvalidInputException("kpi.id", "must not be set on a new KPI");
        }
        requireParsingSource(definition);
        KpiDefinition stored = store.save(definition);
        return new KpiRecord(stored, List.of());
    }

    /** Replaces a definition; {@code changed} carries the id and the version the edit was based on. */
    public KpiRecord edit(KpiDefinition changed) {
        KpiDefinition current = damagedForAdmins(changed.id());
        if (current != null) {
            access.requireKpiEdit(current);
        }
        access.requireKpiEdit(changed);
        requireParsingSource(changed);
        return asSeen(store.save(changed));
    }

    /**
     * Deletes a KPI with its values and alerts. A KPI that backs key results is not deleted (400 on
     * {@code kpi.keyResults}, naming them) unless {@code convertKeyResults}: then each of those key results becomes a
     * manual number key result with the same unit, start and target, so none is left pointing at nothing. The version
     * is checked before anything changes; the key results are converted before the KPI is deleted.
     */
    public void delete(long kpiId, long version, boolean convertKeyResults) {
        KpiDefinition current = damagedForAdmins(kpiId);
        if (current != null) {
            access.requireKpiEdit(current);
            if (current.version() != version) {
                throw new StaleVersionException("kpi", kpiId, version, current.version());
            }
        }
        List<KeyResult> backed = okrs.keyResultsTracking(List.of(kpiId));
        if (!backed.isEmpty() && !convertKeyResults) {
            throw new InvalidInputException("kpi.keyResults", "backs the key results "
                    + backed.stream().map(kr -> "\"" + kr.title() + "\"").collect(Collectors.joining(", "))
                    + ": point them at another KPI, or confirm turning them into manual number key results");
        }
        for (KeyResult keyResult : backed) {
            Measure.KpiBacked kpi = (Measure.KpiBacked) keyResult.measure();
            okrs.saveKeyResult(keyResult.edit(keyResult.title(), keyResult.owner(), keyResult.weight(),
                    Measure.number(kpi.unit(), kpi.start(), kpi.target()), keyResult.cadence()));
        }
        store.delete(kpiId, version);
    }

    /**
     * The stored definition, for an edit or a delete; null when the row is damaged (today's rules refuse it) and the
     * user is a Jira administrator, who may replace or delete it (the store still checks the version). Anyone else
     * gets the {@link DamagedRecordException}, which says what is wrong.
     */
    private KpiDefinition damagedForAdmins(long kpiId) {
        access.requireUser();
        try {
            return store.find(kpiId).orElseThrow(() -> new NotFoundException("kpi", kpiId));
        } catch (DamagedRecordException damaged) {
            if (!access.isJiraAdmin()) {
                throw damaged;
            }
            return null;
        }
    }

    /** The key results that track these KPIs, by id. */
    public List<KeyResult> keyResultsTracking(List<Long> kpiIds) {
        return okrs.keyResultsTracking(kpiIds);
    }

    private void requireParsingSource(KpiDefinition definition) {
        if (definition.dataSource().kind() == KpiDataSource.Kind.JQL) {
            jql.problemWith(definition.dataSource().reference())
                    .ifPresent(problem -> {
                        throw new InvalidInputException("kpi.source.value", problem);
                    });
        }
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
        return access.canEditKpi(definition);
    }

    public String displayName(String userKey) {
        return access.displayName(userKey);
    }
}
