package io.lodestar.jira.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.common.NotFoundException;
import io.lodestar.core.common.StaleVersionException;
import io.lodestar.core.okr.Activity;
import io.lodestar.core.okr.CheckIn;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.CycleOkrs;
import io.lodestar.core.okr.IssueLink;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.OkrStore;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * {@link OkrStore} on Active Objects, so that every node of a cluster shares the OKRs.
 *
 * <p>Every public write runs in one AO transaction: when it throws, nothing it wrote is kept.
 * Versioned records are guarded by {@link EditTokens}. Reads that return many rows (the tree of a
 * cycle, the key results of an issue) are one query per level, joined on the parent ids, so their
 * cost does not grow with the number of objectives.
 */
public final class AoOkrStore implements OkrStore {

    private static final String CYCLE = EditTokens.CYCLE;
    private static final String OBJECTIVE = EditTokens.OBJECTIVE;
    private static final String KEY_RESULT = EditTokens.KEY_RESULT;

    /** Table aliases of the joined reads. */
    private static final String CY = "cy";
    private static final String OB = "ob";
    private static final String KR = "kr";
    private static final String CI = "ci";
    private static final String LI = "li";

    private final ActiveObjects ao;
    private final EditTokens tokens;

    public AoOkrStore(ActiveObjects ao) {
        this.ao = Objects.requireNonNull(ao, "ao");
        this.tokens = new EditTokens(ao);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        return ao.executeInTransaction(work::get);
    }

    // Cycles

    @Override
    public Cycle saveCycle(Cycle cycle) {
        Objects.requireNonNull(cycle, "cycle");
        return inTransaction(() -> {
            if (cycle.id() == 0) {
                CycleEntity row = ao.create(CycleEntity.class, OkrRows.columns(cycle, 1L));
                tokens.issue(CYCLE, row.getID());
                return cycle.withId(row.getID(), 1L);
            }
            CycleEntity row = claim(CycleEntity.class, CYCLE, cycle.id(), cycle.version(), CycleEntity::getVersion);
            OkrRows.write(cycle, cycle.version() + 1, row);
            return cycle.withId(cycle.id(), cycle.version() + 1);
        });
    }

    @Override
    public Optional<Cycle> findCycle(long cycleId) {
        return row(CycleEntity.class, cycleId).map(OkrRows::cycle);
    }

    @Override
    public List<Cycle> cycles() {
        CycleEntity[] rows = ao.find(CycleEntity.class,
                Query.select().order(CycleEntity.START_DAY + ", " + "ID"));
        return map(rows, OkrRows::cycle);
    }

    // Objectives

    @Override
    public Objective saveObjective(Objective objective) {
        Objects.requireNonNull(objective, "objective");
        return inTransaction(() -> {
            requireRow(CycleEntity.class, CYCLE, objective.cycleId());
            if (objective.parentId() != null) {
                requireRow(ObjectiveEntity.class, OBJECTIVE, objective.parentId());
            }
            if (objective.id() == 0) {
                ObjectiveEntity row = ao.create(ObjectiveEntity.class, OkrRows.columns(objective, 1L));
                tokens.issue(OBJECTIVE, row.getID());
                return objective.withId(row.getID(), 1L);
            }
            ObjectiveEntity row = claim(ObjectiveEntity.class, OBJECTIVE, objective.id(), objective.version(),
                    ObjectiveEntity::getVersion);
            OkrRows.write(objective, objective.version() + 1, row);
            return objective.withId(objective.id(), objective.version() + 1);
        });
    }

    @Override
    public Optional<Objective> findObjective(long objectiveId) {
        return row(ObjectiveEntity.class, objectiveId).map(OkrRows::objective);
    }

    @Override
    public List<Objective> objectivesOf(long cycleId) {
        return map(ao.find(ObjectiveEntity.class,
                Query.select().where(ObjectiveEntity.CYCLE_ID + " = ?", cycleId).order("ID")), OkrRows::objective);
    }

    @Override
    public List<Objective> childrenOf(long parentId) {
        return map(ao.find(ObjectiveEntity.class,
                Query.select().where(ObjectiveEntity.PARENT_ID + " = ?", parentId).order("ID")), OkrRows::objective);
    }

    @Override
    public void deleteObjective(long objectiveId, long expectedVersion) {
        inTransaction(() -> {
            ObjectiveEntity row = claim(ObjectiveEntity.class, OBJECTIVE, objectiveId, expectedVersion,
                    ObjectiveEntity::getVersion);
            List<Integer> keyResultIds = Arrays.stream(ao.find(KeyResultEntity.class,
                            Query.select("ID").where(KeyResultEntity.OBJECTIVE_ID + " = ?", objectiveId)))
                    .map(KeyResultEntity::getID)
                    .collect(Collectors.toList());
            deleteKeyResultRows(keyResultIds);
            ao.deleteWithSQL(ActivityEntity.class, ActivityEntity.OBJECTIVE_ID + " = ?", objectiveId);
            tokens.remove(List.of(EditTokens.key(OBJECTIVE, objectiveId)));
            ao.delete(row);
        });
    }

    // Key results

    @Override
    public KeyResult saveKeyResult(KeyResult keyResult) {
        Objects.requireNonNull(keyResult, "keyResult");
        return inTransaction(() -> {
            requireRow(ObjectiveEntity.class, OBJECTIVE, keyResult.objectiveId());
            if (keyResult.id() == 0) {
                KeyResultEntity row = ao.create(KeyResultEntity.class, OkrRows.columns(keyResult, 1L));
                tokens.issue(KEY_RESULT, row.getID());
                return keyResult.withId(row.getID(), 1L);
            }
            KeyResultEntity row = claim(KeyResultEntity.class, KEY_RESULT, keyResult.id(), keyResult.version(),
                    KeyResultEntity::getVersion);
            OkrRows.write(keyResult, keyResult.version() + 1, row);
            return keyResult.withId(keyResult.id(), keyResult.version() + 1);
        });
    }

    @Override
    public Optional<KeyResult> findKeyResult(long keyResultId) {
        return row(KeyResultEntity.class, keyResultId).map(OkrRows::keyResult);
    }

    @Override
    public List<KeyResult> keyResultsOf(long objectiveId) {
        return map(ao.find(KeyResultEntity.class,
                Query.select().where(KeyResultEntity.OBJECTIVE_ID + " = ?", objectiveId).order("ID")),
                OkrRows::keyResult);
    }

    @Override
    public void deleteKeyResult(long keyResultId, long expectedVersion) {
        inTransaction(() -> {
            claim(KeyResultEntity.class, KEY_RESULT, keyResultId, expectedVersion, KeyResultEntity::getVersion);
            deleteKeyResultRows(List.of((int) keyResultId));
        });
    }

    /** Deletes key results with their check-ins, links and edit tokens. */
    private void deleteKeyResultRows(List<Integer> keyResultIds) {
        for (List<Integer> chunk : Chunks.of(keyResultIds)) {
            String in = " IN (" + Chunks.placeholders(chunk) + ")";
            Object[] ids = chunk.toArray();
            ao.deleteWithSQL(CheckInEntity.class, CheckInEntity.KEY_RESULT_ID + in, ids);
            ao.deleteWithSQL(IssueLinkEntity.class, IssueLinkEntity.KEY_RESULT_ID + in, ids);
            ao.deleteWithSQL(KeyResultEntity.class, "ID" + in, ids);
            tokens.remove(chunk.stream().map(id -> EditTokens.key(KEY_RESULT, id)).collect(Collectors.toList()));
        }
    }

    // Check-ins and links

    @Override
    public CheckIn appendCheckIn(CheckIn checkIn) {
        Objects.requireNonNull(checkIn, "checkIn");
        InvalidInputException.require(checkIn.id() == 0, "checkIn.id", "must be 0: check-ins are appended, never edited");
        return inTransaction(() -> {
            requireRow(KeyResultEntity.class, KEY_RESULT, checkIn.keyResultId());
            CheckInEntity row = ao.create(CheckInEntity.class, OkrRows.columns(checkIn));
            return checkIn.withId(row.getID());
        });
    }

    @Override
    public CheckIn recordKpiCheckIn(CheckIn checkIn) {
        Objects.requireNonNull(checkIn, "checkIn");
        InvalidInputException.require(checkIn.id() == 0 && checkIn.automatic(), "checkIn.kpiPeriod",
                "must be a new automatic check-in");
        return inTransaction(() -> {
            requireRow(KeyResultEntity.class, KEY_RESULT, checkIn.keyResultId());
            CheckInEntity[] same = ao.find(CheckInEntity.class, Query.select()
                    .where(CheckInEntity.KEY_RESULT_ID + " = ? AND " + CheckInEntity.KPI_PERIOD + " = ?",
                            checkIn.keyResultId(), checkIn.kpiPeriod())
                    .order("ID"));
            if (same.length == 0) {
                return checkIn.withId(ao.create(CheckInEntity.class, OkrRows.columns(checkIn)).getID());
            }
            // One per key result and period; a second row (two nodes that raced, which the KPI lock prevents) is
            // removed here, so the rule holds again after the next run.
            CheckInEntity row = same[0];
            OkrRows.write(row, checkIn);
            row.save();
            for (int i = 1; i < same.length; i++) {
                ao.delete(same[i]);
            }
            return checkIn.withId(row.getID());
        });
    }

    @Override
    public List<CheckIn> checkInsOf(long keyResultId) {
        return map(ao.find(CheckInEntity.class, Query.select()
                        .where(CheckInEntity.KEY_RESULT_ID + " = ?", keyResultId)
                        .order(CheckInEntity.AT_MILLIS + ", ID")),
                OkrRows::checkIn).stream().flatMap(java.util.Optional::stream).toList();
    }

    @Override
    public Activity appendActivity(Activity activity) {
        Objects.requireNonNull(activity, "activity");
        InvalidInputException.require(activity.id() == 0, "activity.id", "must be 0: activity is appended, never edited");
        return inTransaction(() -> {
            requireRow(ObjectiveEntity.class, OBJECTIVE, activity.objectiveId());
            ActivityEntity row = ao.create(ActivityEntity.class, OkrRows.columns(activity));
            return activity.withId(row.getID());
        });
    }

    @Override
    public List<Activity> activityOf(long objectiveId) {
        return map(ao.find(ActivityEntity.class, Query.select()
                        .where(ActivityEntity.OBJECTIVE_ID + " = ?", objectiveId)
                        .order(ActivityEntity.AT_MILLIS + ", ID")),
                OkrRows::activity).stream().flatMap(Optional::stream).toList();
    }

    @Override
    public boolean link(IssueLink link) {
        Objects.requireNonNull(link, "link");
        return inTransaction(() -> {
            requireRow(KeyResultEntity.class, KEY_RESULT, link.keyResultId());
            if (linkRows(link).length > 0) {
                return false;
            }
            ao.create(IssueLinkEntity.class, OkrRows.columns(link));
            return true;
        });
    }

    @Override
    public boolean unlink(IssueLink link) {
        Objects.requireNonNull(link, "link");
        return inTransaction(() -> ao.deleteWithSQL(IssueLinkEntity.class,
                IssueLinkEntity.KEY_RESULT_ID + " = ? AND " + IssueLinkEntity.ISSUE_ID + " = ?",
                link.keyResultId(), link.issueId()) > 0);
    }

    private IssueLinkEntity[] linkRows(IssueLink link) {
        return ao.find(IssueLinkEntity.class, Query.select().where(
                IssueLinkEntity.KEY_RESULT_ID + " = ? AND " + IssueLinkEntity.ISSUE_ID + " = ?",
                link.keyResultId(), link.issueId()));
    }

    @Override
    public List<Long> linkedIssueIdsOf(long keyResultId) {
        return Arrays.stream(ao.find(IssueLinkEntity.class, Query.select()
                        .where(IssueLinkEntity.KEY_RESULT_ID + " = ?", keyResultId).order("ID")))
                .map(IssueLinkEntity::getIssueId)
                .collect(Collectors.toList());
    }

    /** One query, whatever the number of links: key results joined to the links of the issue. */
    @Override
    public List<KeyResult> keyResultsLinkedTo(long issueId) {
        Query query = Query.select()
                .alias(KeyResultEntity.class, KR)
                .alias(IssueLinkEntity.class, LI)
                .join(IssueLinkEntity.class, LI + "." + IssueLinkEntity.KEY_RESULT_ID + " = " + KR + ".ID")
                .where(LI + "." + IssueLinkEntity.ISSUE_ID + " = ?", issueId)
                .order(KR + ".ID");
        return map(ao.find(KeyResultEntity.class, query), OkrRows::keyResult).stream()
                .distinct()
                .collect(Collectors.toList());
    }

    /** One query per {@link Chunks#SIZE} KPIs. */
    @Override
    public List<KeyResult> keyResultsTracking(Collection<Long> kpiIds) {
        List<KeyResult> found = new ArrayList<>();
        for (List<Long> chunk : Chunks.of(new java.util.LinkedHashSet<>(kpiIds))) {
            found.addAll(map(ao.find(KeyResultEntity.class, Query.select()
                    .where(KeyResultEntity.KPI_ID + " IN (" + Chunks.placeholders(chunk) + ")", chunk.toArray())
                    .order("ID")), OkrRows::keyResult));
        }
        found.sort(java.util.Comparator.comparingLong(KeyResult::id));
        return found.stream().filter(kr -> kr.measure() instanceof Measure.KpiBacked).collect(Collectors.toList());
    }

    /**
     * Five queries whatever the number of key results: the key results, their objectives, their cycles and their
     * check-ins, each joined down to the links of the given issues, then every link of the cycles found (Active
     * Objects cannot join the link table to itself, so the links of the key results are taken from their cycles and
     * kept in memory). The issue ids are few (an issue and its containers), so their IN list stays short.
     */
    @Override
    public List<CycleOkrs> loadLinkedTo(Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return List.of();
        }
        List<Long> ids = List.copyOf(new LinkedHashSet<>(issueIds));
        String linkedToIssues = LI + "." + IssueLinkEntity.ISSUE_ID + " IN (" + Chunks.placeholders(ids) + ")";
        Object[] parameters = ids.toArray();
        String linkOfKeyResult = LI + "." + IssueLinkEntity.KEY_RESULT_ID + " = " + KR + ".ID";
        String objectiveOfKeyResult = OB + ".ID = " + KR + "." + KeyResultEntity.OBJECTIVE_ID;

        List<KeyResult> keyResults = map(ao.find(KeyResultEntity.class, Query.select()
                .alias(KeyResultEntity.class, KR)
                .alias(IssueLinkEntity.class, LI)
                .join(IssueLinkEntity.class, linkOfKeyResult)
                .where(linkedToIssues, parameters)
                .order(KR + ".ID")), OkrRows::keyResult).stream().distinct().toList();
        if (keyResults.isEmpty()) {
            return List.of();
        }
        List<Objective> objectives = map(ao.find(ObjectiveEntity.class, Query.select()
                .alias(ObjectiveEntity.class, OB)
                .alias(KeyResultEntity.class, KR)
                .alias(IssueLinkEntity.class, LI)
                .join(KeyResultEntity.class, objectiveOfKeyResult)
                .join(IssueLinkEntity.class, linkOfKeyResult)
                .where(linkedToIssues, parameters)
                .order(OB + ".ID")), OkrRows::objective).stream().distinct().toList();
        List<Cycle> cycles = map(ao.find(CycleEntity.class, Query.select()
                .alias(CycleEntity.class, CY)
                .alias(ObjectiveEntity.class, OB)
                .alias(KeyResultEntity.class, KR)
                .alias(IssueLinkEntity.class, LI)
                .join(ObjectiveEntity.class, OB + "." + ObjectiveEntity.CYCLE_ID + " = " + CY + ".ID")
                .join(KeyResultEntity.class, objectiveOfKeyResult)
                .join(IssueLinkEntity.class, linkOfKeyResult)
                .where(linkedToIssues, parameters)
                .order(CY + "." + CycleEntity.START_DAY + ", " + CY + ".ID")), OkrRows::cycle).stream().distinct().toList();
        List<CheckIn> checkIns = map(ao.find(CheckInEntity.class, Query.select()
                .alias(CheckInEntity.class, CI)
                .alias(KeyResultEntity.class, KR)
                .alias(IssueLinkEntity.class, LI)
                .join(KeyResultEntity.class, KR + ".ID = " + CI + "." + CheckInEntity.KEY_RESULT_ID)
                .join(IssueLinkEntity.class, linkOfKeyResult)
                .where(linkedToIssues, parameters)
                .order(CI + "." + CheckInEntity.AT_MILLIS + ", " + CI + ".ID")), OkrRows::checkIn)
                .stream().flatMap(Optional::stream).distinct().toList();
        List<Long> cycleIds = cycles.stream().map(Cycle::id).toList();
        Set<Long> keyResultIds = keyResults.stream().map(KeyResult::id).collect(Collectors.toSet());
        List<IssueLink> links = map(ao.find(IssueLinkEntity.class, Query.select()
                .alias(IssueLinkEntity.class, LI)
                .alias(KeyResultEntity.class, KR)
                .alias(ObjectiveEntity.class, OB)
                .join(KeyResultEntity.class, linkOfKeyResult)
                .join(ObjectiveEntity.class, objectiveOfKeyResult)
                .where(OB + "." + ObjectiveEntity.CYCLE_ID + " IN (" + Chunks.placeholders(cycleIds) + ")", cycleIds.toArray())
                .order(LI + ".ID")), OkrRows::link).stream().filter(link -> keyResultIds.contains(link.keyResultId())).toList();

        List<CycleOkrs> slices = new ArrayList<>();
        for (Cycle cycle : cycles) {
            List<Objective> inCycle = objectives.stream().filter(o -> o.cycleId() == cycle.id()).toList();
            Set<Long> objectiveIds = inCycle.stream().map(Objective::id).collect(Collectors.toSet());
            List<KeyResult> concerned = keyResults.stream().filter(kr -> objectiveIds.contains(kr.objectiveId())).toList();
            Set<Long> concernedIds = concerned.stream().map(KeyResult::id).collect(Collectors.toSet());
            slices.add(new CycleOkrs(cycle, inCycle, concerned,
                    links.stream().filter(link -> concernedIds.contains(link.keyResultId())).toList(),
                    checkIns.stream().filter(c -> concernedIds.contains(c.keyResultId())).toList()));
        }
        return slices;
    }

    /**
     * Five queries whatever the size of the cycle: the cycle, its objectives, then key results, links
     * and check-ins each joined up to the objectives of the cycle.
     */
    @Override
    public CycleOkrs loadCycle(long cycleId) {
        Cycle cycle = findCycle(cycleId).orElseThrow(() -> new NotFoundException(CYCLE, cycleId));
        List<Objective> objectives = objectivesOf(cycleId);
        String objectiveOfKeyResult = OB + ".ID = " + KR + "." + KeyResultEntity.OBJECTIVE_ID;
        String inCycle = OB + "." + ObjectiveEntity.CYCLE_ID + " = ?";

        List<KeyResult> keyResults = map(ao.find(KeyResultEntity.class, Query.select()
                .alias(KeyResultEntity.class, KR)
                .alias(ObjectiveEntity.class, OB)
                .join(ObjectiveEntity.class, objectiveOfKeyResult)
                .where(inCycle, cycleId)
                .order(KR + ".ID")), OkrRows::keyResult);

        List<IssueLink> links = map(ao.find(IssueLinkEntity.class, Query.select()
                .alias(IssueLinkEntity.class, LI)
                .alias(KeyResultEntity.class, KR)
                .alias(ObjectiveEntity.class, OB)
                .join(KeyResultEntity.class, KR + ".ID = " + LI + "." + IssueLinkEntity.KEY_RESULT_ID)
                .join(ObjectiveEntity.class, objectiveOfKeyResult)
                .where(inCycle, cycleId)
                .order(LI + ".ID")), OkrRows::link);

        List<CheckIn> checkIns = map(ao.find(CheckInEntity.class, Query.select()
                .alias(CheckInEntity.class, CI)
                .alias(KeyResultEntity.class, KR)
                .alias(ObjectiveEntity.class, OB)
                .join(KeyResultEntity.class, KR + ".ID = " + CI + "." + CheckInEntity.KEY_RESULT_ID)
                .join(ObjectiveEntity.class, objectiveOfKeyResult)
                .where(inCycle, cycleId)
                .order(CI + "." + CheckInEntity.AT_MILLIS + ", " + CI + ".ID")), OkrRows::checkIn)
                .stream().flatMap(java.util.Optional::stream).toList();

        return new CycleOkrs(cycle, objectives, keyResults, links, checkIns);
    }

    // Rows

    private <T extends RawEntity<Integer>> Optional<T> row(Class<T> type, long id) {
        if (id <= 0 || id > Integer.MAX_VALUE) {
            return Optional.empty();
        }
        return Optional.ofNullable(ao.get(type, (int) id));
    }

    private <T extends RawEntity<Integer>> T requireRow(Class<T> type, String kind, long id) {
        return row(type, id).orElseThrow(() -> new NotFoundException(kind, id));
    }

    /**
     * Claims the next version of a record (see {@link EditTokens}) and returns its row, or explains
     * why not: the record does not exist, or it is at another version.
     */
    private <T extends RawEntity<Integer>> T claim(Class<T> type, String kind, long id, long expectedVersion,
                                                  Function<T, Long> version) {
        if (tokens.claim(kind, id, expectedVersion)) {
            return requireRow(type, kind, id);
        }
        T row = requireRow(type, kind, id);
        throw new StaleVersionException(kind, id, expectedVersion, version.apply(row));
    }

    private static <E, D> List<D> map(E[] rows, Function<E, D> mapping) {
        List<D> mapped = new ArrayList<>(rows.length);
        for (E row : rows) {
            mapped.add(mapping.apply(row));
        }
        return mapped;
    }
}
