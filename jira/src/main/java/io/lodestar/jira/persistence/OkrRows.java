package io.lodestar.jira.persistence;

import static io.lodestar.jira.persistence.TextLimits.requireShort;

import io.lodestar.core.okr.CheckIn;
import io.lodestar.core.okr.Confidence;
import io.lodestar.core.okr.Cycle;
import io.lodestar.core.okr.CycleKind;
import io.lodestar.core.okr.IssueLink;
import io.lodestar.core.okr.KeyResult;
import io.lodestar.core.okr.KeyResultKind;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.NumberFormat;
import io.lodestar.core.okr.Objective;
import io.lodestar.core.okr.ObjectiveLevel;
import io.lodestar.core.okr.ObjectiveState;
import io.lodestar.core.okr.WorkBasis;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Maps OKR rows to core domain objects and domain objects to column values. Writing checks the
 * length of short text first (see {@link TextLimits}), naming the domain field.
 */
final class OkrRows {

    private OkrRows() {
    }

    static Cycle cycle(CycleEntity row) {
        return new Cycle(row.getID(), row.getVersion(), row.getName(), CycleKind.valueOf(row.getKind()),
                LocalDate.parse(row.getStartDay()), LocalDate.parse(row.getEndDay()), row.isClosed());
    }

    static Map<String, Object> columns(Cycle cycle, long version) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(CycleEntity.NAME, requireShort(cycle.name(), "cycle.name"));
        columns.put(CycleEntity.KIND, cycle.kind().name());
        columns.put(CycleEntity.START_DAY, cycle.start().toString());
        columns.put(CycleEntity.END_DAY, cycle.end().toString());
        columns.put(CycleEntity.CLOSED, cycle.closed());
        columns.put(CycleEntity.VERSION, version);
        return columns;
    }

    static void write(Cycle cycle, long version, CycleEntity row) {
        row.setName(requireShort(cycle.name(), "cycle.name"));
        row.setKind(cycle.kind().name());
        row.setStartDay(cycle.start().toString());
        row.setEndDay(cycle.end().toString());
        row.setClosed(cycle.closed());
        row.setVersion(version);
        row.save();
    }

    static Objective objective(ObjectiveEntity row) {
        return new Objective(row.getID(), row.getVersion(), row.getCycleId(), row.getTitle(), row.getDescription(),
                row.getOwner(), ObjectiveLevel.valueOf(row.getObjLevel()), row.getTeam(),
                ObjectiveState.valueOf(row.getState()), row.getParentId(), row.getFinalScore());
    }

    static Map<String, Object> columns(Objective objective, long version) {
        checkShortText(objective);
        Map<String, Object> columns = new HashMap<>();
        columns.put(ObjectiveEntity.CYCLE_ID, objective.cycleId());
        columns.put(ObjectiveEntity.TITLE, objective.title());
        columns.put(ObjectiveEntity.DESCRIPTION, objective.description());
        columns.put(ObjectiveEntity.OWNER, objective.owner());
        columns.put(ObjectiveEntity.OBJ_LEVEL, objective.level().name());
        columns.put(ObjectiveEntity.TEAM, objective.team());
        columns.put(ObjectiveEntity.STATE, objective.state().name());
        columns.put(ObjectiveEntity.PARENT_ID, objective.parentId());
        columns.put(ObjectiveEntity.FINAL_SCORE, objective.finalScore());
        columns.put(ObjectiveEntity.VERSION, version);
        return columns;
    }

    static void write(Objective objective, long version, ObjectiveEntity row) {
        checkShortText(objective);
        row.setCycleId(objective.cycleId());
        row.setTitle(objective.title());
        row.setDescription(objective.description());
        row.setOwner(objective.owner());
        row.setObjLevel(objective.level().name());
        row.setTeam(objective.team());
        row.setState(objective.state().name());
        row.setParentId(objective.parentId());
        row.setFinalScore(objective.finalScore());
        row.setVersion(version);
        row.save();
    }

    private static void checkShortText(Objective objective) {
        requireShort(objective.title(), "objective.title");
        requireShort(objective.owner(), "objective.owner");
        requireShort(objective.team(), "objective.team");
    }

    static KeyResult keyResult(KeyResultEntity row) {
        return new KeyResult(row.getID(), row.getVersion(), row.getObjectiveId(), row.getTitle(), row.getOwner(),
                row.getWeight(), measure(row), Duration.ofSeconds(row.getCadenceSeconds()), row.getFinalScore(),
                row.getCarriedFromId());
    }

    private static Measure measure(KeyResultEntity row) {
        switch (KeyResultKind.valueOf(row.getKind())) {
            case NUMERIC:
                return new Measure.Numeric(NumberFormat.valueOf(row.getNumberFormat()), row.getUnit(),
                        row.getStartValue(), row.getTargetValue());
            case MILESTONE:
                return new Measure.Milestone();
            case LINKED_WORK:
                return new Measure.LinkedWork(WorkBasis.valueOf(row.getWorkBasis()));
            case KPI:
                return new Measure.KpiBacked(row.getKpiId(), row.getUnit(), row.getStartValue(), row.getTargetValue());
            default:
                throw new IllegalStateException("key result " + row.getID() + ": unknown kind " + row.getKind());
        }
    }

    static Map<String, Object> columns(KeyResult keyResult, long version) {
        checkShortText(keyResult);
        Map<String, Object> columns = new HashMap<>();
        columns.put(KeyResultEntity.OBJECTIVE_ID, keyResult.objectiveId());
        columns.put(KeyResultEntity.TITLE, keyResult.title());
        columns.put(KeyResultEntity.OWNER, keyResult.owner());
        columns.put(KeyResultEntity.WEIGHT, keyResult.weight());
        columns.put(KeyResultEntity.CADENCE_SECONDS, keyResult.cadence().getSeconds());
        columns.put(KeyResultEntity.FINAL_SCORE, keyResult.finalScore());
        columns.put(KeyResultEntity.CARRIED_FROM_ID, keyResult.carriedFromId());
        columns.put(KeyResultEntity.VERSION, version);
        columns.putAll(measureColumns(keyResult.measure()));
        return columns;
    }

    static void write(KeyResult keyResult, long version, KeyResultEntity row) {
        checkShortText(keyResult);
        row.setObjectiveId(keyResult.objectiveId());
        row.setTitle(keyResult.title());
        row.setOwner(keyResult.owner());
        row.setWeight(keyResult.weight());
        row.setCadenceSeconds(keyResult.cadence().getSeconds());
        row.setFinalScore(keyResult.finalScore());
        row.setCarriedFromId(keyResult.carriedFromId());
        row.setVersion(version);
        Map<String, Object> measure = measureColumns(keyResult.measure());
        row.setKind((String) measure.get(KeyResultEntity.KIND));
        row.setNumberFormat((String) measure.get(KeyResultEntity.NUMBER_FORMAT));
        row.setUnit((String) measure.get(KeyResultEntity.UNIT));
        row.setStartValue((Double) measure.get(KeyResultEntity.START_VALUE));
        row.setTargetValue((Double) measure.get(KeyResultEntity.TARGET_VALUE));
        row.setWorkBasis((String) measure.get(KeyResultEntity.WORK_BASIS));
        row.setKpiId((Long) measure.get(KeyResultEntity.KPI_ID));
        row.save();
    }

    private static void checkShortText(KeyResult keyResult) {
        requireShort(keyResult.title(), "keyResult.title");
        requireShort(keyResult.owner(), "keyResult.owner");
    }

    /** Every measure column, null where the kind does not use it, so a change of kind clears the old values. */
    private static Map<String, Object> measureColumns(Measure measure) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(KeyResultEntity.KIND, measure.kind().name());
        columns.put(KeyResultEntity.NUMBER_FORMAT, null);
        columns.put(KeyResultEntity.UNIT, null);
        columns.put(KeyResultEntity.START_VALUE, null);
        columns.put(KeyResultEntity.TARGET_VALUE, null);
        columns.put(KeyResultEntity.WORK_BASIS, null);
        columns.put(KeyResultEntity.KPI_ID, null);
        if (measure instanceof Measure.Numeric) {
            Measure.Numeric numeric = (Measure.Numeric) measure;
            columns.put(KeyResultEntity.NUMBER_FORMAT, numeric.format().name());
            columns.put(KeyResultEntity.UNIT, requireShort(numeric.unit(), "keyResult.unit"));
            columns.put(KeyResultEntity.START_VALUE, numeric.start());
            columns.put(KeyResultEntity.TARGET_VALUE, numeric.target());
        } else if (measure instanceof Measure.LinkedWork) {
            columns.put(KeyResultEntity.WORK_BASIS, ((Measure.LinkedWork) measure).basis().name());
        } else if (measure instanceof Measure.KpiBacked) {
            Measure.KpiBacked kpi = (Measure.KpiBacked) measure;
            columns.put(KeyResultEntity.KPI_ID, kpi.kpiId());
            columns.put(KeyResultEntity.UNIT, requireShort(kpi.unit(), "keyResult.unit"));
            columns.put(KeyResultEntity.START_VALUE, kpi.start());
            columns.put(KeyResultEntity.TARGET_VALUE, kpi.target());
        }
        return columns;
    }

    static CheckIn checkIn(CheckInEntity row) {
        return new CheckIn(row.getID(), row.getKeyResultId(), row.getCheckValue(),
                Confidence.valueOf(row.getConfidence()), row.getNote(), row.getAuthor(),
                Instant.ofEpochMilli(row.getAtMillis()));
    }

    static Map<String, Object> columns(CheckIn checkIn) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(CheckInEntity.KEY_RESULT_ID, checkIn.keyResultId());
        columns.put(CheckInEntity.CHECK_VALUE, checkIn.value());
        columns.put(CheckInEntity.CONFIDENCE, checkIn.confidence().name());
        columns.put(CheckInEntity.NOTE, checkIn.note());
        columns.put(CheckInEntity.AUTHOR, requireShort(checkIn.author(), "checkIn.author"));
        columns.put(CheckInEntity.AT_MILLIS, checkIn.at().toEpochMilli());
        return columns;
    }

    static IssueLink link(IssueLinkEntity row) {
        return new IssueLink(row.getKeyResultId(), row.getIssueId(), row.getIssueKey());
    }

    static Map<String, Object> columns(IssueLink link) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(IssueLinkEntity.KEY_RESULT_ID, link.keyResultId());
        columns.put(IssueLinkEntity.ISSUE_ID, link.issueId());
        if (link.issueKey() != null) {
            columns.put(IssueLinkEntity.ISSUE_KEY, requireShort(link.issueKey(), "link.issueKey"));
        }
        return columns;
    }
}
