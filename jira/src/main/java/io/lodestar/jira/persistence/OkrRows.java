package io.lodestar.jira.persistence;

import static io.lodestar.jira.persistence.TextLimits.requireShort;

import io.lodestar.core.common.InvalidInputException;

import io.lodestar.core.okr.Activity;
import io.lodestar.core.okr.ActivityKind;
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
import io.lodestar.core.okr.QueryAggregate;
import io.lodestar.core.okr.WorkBasis;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps OKR rows to core domain objects and domain objects to column values. Writing checks the
 * length of short text first (see {@link TextLimits}), naming the domain field.
 */
final class OkrRows {

    private OkrRows() {
    }

    /** The cycle of a row; an unknown kind is read as a custom cycle. */
    static Cycle cycle(CycleEntity row) {
        CycleKind kind = known(CycleKind.class, row.getKind());
        return new Cycle(row.getID(), row.getVersion(), row.getName(), kind == null ? CycleKind.CUSTOM : kind,
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

    /**
     * The objective of a row, whatever is stored: a value today's rules refuse is read as the nearest valid one
     * (an unknown level as a team objective, an unknown state as active, an empty title as "Objective 12",
     * alignment to itself as none), so that the objective stays visible and editable.
     */
    static Objective objective(ObjectiveEntity row) {
        ObjectiveLevel level = known(ObjectiveLevel.class, row.getObjLevel());
        ObjectiveState state = known(ObjectiveState.class, row.getState());
        boolean titled = row.getTitle() != null && !row.getTitle().isBlank();
        Long parentId = row.getParentId() != null && row.getParentId() == row.getID() ? null : row.getParentId();
        return new Objective(row.getID(), row.getVersion(), row.getCycleId(), titled ? row.getTitle() : "Objective " + row.getID(),
                row.getDescription(), row.getOwner(), level == null ? ObjectiveLevel.TEAM : level, row.getTeam(),
                state == null ? ObjectiveState.ACTIVE : state, parentId, row.getFinalScore(),
                Boolean.TRUE.equals(row.getRollUp()));
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
        columns.put(ObjectiveEntity.ROLL_UP, objective.rollUp());
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
        row.setRollUp(objective.rollUp());
        row.setVersion(version);
        row.save();
    }

    private static void checkShortText(Objective objective) {
        requireShort(objective.title(), "objective.title");
        requireShort(objective.owner(), "objective.owner");
        requireShort(objective.team(), "objective.team");
    }

    /**
     * The key result of a row, whatever is stored: a row that today's rules refuse (written by an older
     * version or a bug) is read with {@link Measure.Invalid} naming the problem, and with defaults for a
     * column that cannot be kept (an empty title, a weight or cadence that is not positive), so that it is
     * shown, reported and repairable instead of making its whole cycle unreadable.
     */
    static KeyResult keyResult(KeyResultEntity row) {
        Measure measure = measure(row);
        try {
            return new KeyResult(row.getID(), row.getVersion(), row.getObjectiveId(), row.getTitle(), row.getOwner(),
                    row.getWeight(), measure, Duration.ofSeconds(row.getCadenceSeconds()), row.getFinalScore(),
                    row.getCarriedFromId());
        } catch (InvalidInputException e) {
            boolean titled = row.getTitle() != null && !row.getTitle().isBlank();
            boolean weighted = row.getWeight() > 0 && Double.isFinite(row.getWeight());
            Measure invalid = measure instanceof Measure.Invalid ? measure
                    : new Measure.Invalid(measure.kind(), e.field(), e.reason());
            return new KeyResult(row.getID(), row.getVersion(), row.getObjectiveId(),
                    titled ? row.getTitle() : "Key result " + row.getID(), row.getOwner(), weighted ? row.getWeight() : 1.0,
                    invalid, row.getCadenceSeconds() > 0 ? Duration.ofSeconds(row.getCadenceSeconds()) : KeyResult.WEEKLY,
                    row.getFinalScore(), row.getCarriedFromId());
        }
    }

    private static Measure measure(KeyResultEntity row) {
        KeyResultKind kind = known(KeyResultKind.class, row.getKind());
        if (kind == null) {
            return new Measure.Invalid(KeyResultKind.NUMERIC, "keyResult.kind", unknown(row.getKind()));
        }
        try {
            switch (kind) {
                case NUMERIC:
                    NumberFormat format = known(NumberFormat.class, row.getNumberFormat());
                    if (format == null) {
                        return new Measure.Invalid(kind, "keyResult.format", unknown(row.getNumberFormat()));
                    }
                    return new Measure.Numeric(format, row.getUnit(), row.getStartValue(), row.getTargetValue());
                case MILESTONE:
                    return new Measure.Milestone();
                case LINKED_WORK:
                    WorkBasis basis = known(WorkBasis.class, row.getWorkBasis());
                    if (basis == null) {
                        return new Measure.Invalid(kind, "keyResult.basis", unknown(row.getWorkBasis()));
                    }
                    return new Measure.LinkedWork(basis);
                case BAND:
                    if (row.getStartValue() == null || row.getTargetValue() == null) {
                        return new Measure.Invalid(kind, row.getStartValue() == null ? "keyResult.start"
                                : "keyResult.target", "is missing");
                    }
                    return new Measure.WithinBand(row.getUnit(), row.getStartValue(), row.getTargetValue());
                case JQL:
                    QueryAggregate aggregate = known(QueryAggregate.class, row.getQueryAggregate());
                    if (aggregate == null) {
                        return new Measure.Invalid(kind, "keyResult.aggregate", unknown(row.getQueryAggregate()));
                    }
                    return new Measure.FromQuery(row.getQueryJql(), aggregate, row.getQueryField(), row.getUnit(),
                            row.getStartValue(), row.getTargetValue());
                default:
                    if (row.getKpiId() == null || row.getStartValue() == null || row.getTargetValue() == null) {
                        return new Measure.Invalid(kind, row.getKpiId() == null ? "keyResult.kpiId"
                                : row.getStartValue() == null ? "keyResult.start" : "keyResult.target", "is missing");
                    }
                    return new Measure.KpiBacked(row.getKpiId(), row.getUnit(), row.getStartValue(), row.getTargetValue());
            }
        } catch (InvalidInputException e) {
            return new Measure.Invalid(kind, e.field(), e.reason());
        }
    }

    /** The constant named {@code name}, or null when the name is none of them (an older or newer version wrote it). */
    private static <E extends Enum<E>> E known(Class<E> type, String name) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        return null;
    }

    private static String unknown(String stored) {
        return stored == null ? "is missing" : "\"" + stored + "\" is not one of the known values";
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
        if (keyResult.measure() instanceof Measure.Invalid) {
            // Saved for another reason (graded, weight): the stored measure columns stay as they are until an edit replaces them.
            row.save();
            return;
        }
        Map<String, Object> measure = measureColumns(keyResult.measure());
        row.setKind((String) measure.get(KeyResultEntity.KIND));
        row.setNumberFormat((String) measure.get(KeyResultEntity.NUMBER_FORMAT));
        row.setUnit((String) measure.get(KeyResultEntity.UNIT));
        row.setStartValue((Double) measure.get(KeyResultEntity.START_VALUE));
        row.setTargetValue((Double) measure.get(KeyResultEntity.TARGET_VALUE));
        row.setWorkBasis((String) measure.get(KeyResultEntity.WORK_BASIS));
        row.setKpiId((Long) measure.get(KeyResultEntity.KPI_ID));
        row.setQueryJql((String) measure.get(KeyResultEntity.QUERY_JQL));
        row.setQueryAggregate((String) measure.get(KeyResultEntity.QUERY_AGGREGATE));
        row.setQueryField((String) measure.get(KeyResultEntity.QUERY_FIELD));
        row.save();
    }

    private static void checkShortText(KeyResult keyResult) {
        requireShort(keyResult.title(), "keyResult.title");
        requireShort(keyResult.owner(), "keyResult.owner");
    }

    /** Every measure column, null where the kind does not use it, so a change of kind clears the old values. */
    private static Map<String, Object> measureColumns(Measure measure) {
        if (measure instanceof Measure.Invalid invalid) {
            throw new InvalidInputException(invalid.field(), invalid.problem());
        }
        Map<String, Object> columns = new HashMap<>();
        columns.put(KeyResultEntity.KIND, measure.kind().name());
        columns.put(KeyResultEntity.NUMBER_FORMAT, null);
        columns.put(KeyResultEntity.UNIT, null);
        columns.put(KeyResultEntity.START_VALUE, null);
        columns.put(KeyResultEntity.TARGET_VALUE, null);
        columns.put(KeyResultEntity.WORK_BASIS, null);
        columns.put(KeyResultEntity.KPI_ID, null);
        columns.put(KeyResultEntity.QUERY_JQL, null);
        columns.put(KeyResultEntity.QUERY_AGGREGATE, null);
        columns.put(KeyResultEntity.QUERY_FIELD, null);
        if (measure instanceof Measure.FromQuery query) {
            columns.put(KeyResultEntity.QUERY_JQL, query.jql());
            columns.put(KeyResultEntity.QUERY_AGGREGATE, query.aggregate().name());
            columns.put(KeyResultEntity.QUERY_FIELD, requireShort(query.field(), "keyResult.field"));
            columns.put(KeyResultEntity.UNIT, requireShort(query.unit(), "keyResult.unit"));
            columns.put(KeyResultEntity.START_VALUE, query.start());
            columns.put(KeyResultEntity.TARGET_VALUE, query.target());
        }
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
        } else if (measure instanceof Measure.WithinBand) {
            Measure.WithinBand band = (Measure.WithinBand) measure;
            columns.put(KeyResultEntity.UNIT, requireShort(band.unit(), "keyResult.unit"));
            columns.put(KeyResultEntity.START_VALUE, band.minimum());
            columns.put(KeyResultEntity.TARGET_VALUE, band.maximum());
        }
        return columns;
    }

    /**
     * The check-in of a row, or empty when the row cannot be one (an unknown confidence): a check-in is history,
     * never edited, so such a row is left out of the key result's history rather than failing its whole cycle.
     * A value that is not finite is read as no value, an empty author as "unknown".
     */
    static java.util.Optional<CheckIn> checkIn(CheckInEntity row) {
        Double value = row.getCheckValue() != null && Double.isFinite(row.getCheckValue()) ? row.getCheckValue() : null;
        String author = row.getAuthor() == null || row.getAuthor().isBlank() ? "unknown" : row.getAuthor();
        String period = row.getKpiPeriod() == null || row.getKpiPeriod().isBlank() ? null : row.getKpiPeriod();
        if (period != null) {
            return value == null ? java.util.Optional.empty()
                    : java.util.Optional.of(new CheckIn(row.getID(), row.getKeyResultId(), value, null, row.getNote(),
                            author, Instant.ofEpochMilli(row.getAtMillis()), period));
        }
        Confidence confidence = known(Confidence.class, row.getConfidence());
        if (confidence == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CheckIn(row.getID(), row.getKeyResultId(), value, confidence, row.getNote(),
                author, Instant.ofEpochMilli(row.getAtMillis())));
    }

    static Map<String, Object> columns(CheckIn checkIn) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(CheckInEntity.KEY_RESULT_ID, checkIn.keyResultId());
        columns.put(CheckInEntity.CHECK_VALUE, checkIn.value());
        columns.put(CheckInEntity.CONFIDENCE, confidenceColumn(checkIn));
        columns.put(CheckInEntity.NOTE, checkIn.note());
        columns.put(CheckInEntity.AUTHOR, requireShort(checkIn.author(), "checkIn.author"));
        columns.put(CheckInEntity.AT_MILLIS, checkIn.at().toEpochMilli());
        columns.put(CheckInEntity.KPI_PERIOD, checkIn.kpiPeriod() == null ? null
                : requireShort(checkIn.kpiPeriod(), "checkIn.kpiPeriod"));
        return columns;
    }

    /** Rewrites an automatic check-in's row with a new value and instant for the same period. */
    static void write(CheckInEntity row, CheckIn checkIn) {
        row.setCheckValue(checkIn.value());
        row.setConfidence(confidenceColumn(checkIn));
        row.setNote(checkIn.note());
        row.setAuthor(requireShort(checkIn.author(), "checkIn.author"));
        row.setAtMillis(checkIn.at().toEpochMilli());
    }

    /**
     * The CONFIDENCE column is NOT NULL (it predates automatic check-ins, and AO cannot relax a constraint on an
     * existing column everywhere), so an automatic check-in, which has none, stores {@link CheckInEntity#NO_CONFIDENCE};
     * its row is told apart by its KPI_PERIOD and read back without confidence.
     */
    private static String confidenceColumn(CheckIn checkIn) {
        return checkIn.confidence() == null ? CheckInEntity.NO_CONFIDENCE : checkIn.confidence().name();
    }

    /**
     * The activity entry of a row, or empty when the row cannot be one (an unknown kind): the log is history, so such
     * a row is left out rather than failing the objective's whole log. An empty actor reads as "unknown".
     */
    static java.util.Optional<Activity> activity(ActivityEntity row) {
        ActivityKind kind = known(ActivityKind.class, row.getKind());
        if (kind == null || row.getObjectiveId() <= 0) {
            return java.util.Optional.empty();
        }
        String actor = row.getActor() == null || row.getActor().isBlank() ? "unknown" : row.getActor();
        String details = row.getDetails();
        List<String> lines = details == null || details.isEmpty() ? List.of() : List.of(details.split("\n", -1));
        return java.util.Optional.of(new Activity(row.getID(), row.getObjectiveId(), row.getKeyResultId(), kind, actor,
                Instant.ofEpochMilli(row.getAtMillis()), row.getSubject(), lines));
    }

    static Map<String, Object> columns(Activity activity) {
        Map<String, Object> columns = new HashMap<>();
        columns.put(ActivityEntity.OBJECTIVE_ID, activity.objectiveId());
        columns.put(ActivityEntity.KEY_RESULT_ID, activity.keyResultId());
        columns.put(ActivityEntity.KIND, activity.kind().name());
        columns.put(ActivityEntity.ACTOR, requireShort(activity.actor(), "activity.actor"));
        columns.put(ActivityEntity.AT_MILLIS, activity.at().toEpochMilli());
        columns.put(ActivityEntity.SUBJECT, activity.subject());
        // A detail is a single line (a field name, a state, an issue key, a number); a line break inside one would
        // split it in two when read back.
        columns.put(ActivityEntity.DETAILS, String.join("\n",
                activity.details().stream().map(d -> d.replace('\n', ' ')).toList()));
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
