package io.lodestar.core.kpi;

import static io.lodestar.core.common.InvalidInputException.require;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.issue.BugTypes;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * A typed setting of a KPI formula (how many sprints to average, which statuses count as done...),
 * with its default and its text form. The text form lets a store keep any formula as a map of
 * name to text without knowing the types; {@link #parse(String)} validates what comes back.
 *
 * <p>Status id sets are written comma-separated ("10001,10002"); an empty set means "use the status
 * category" (Done for done, In Progress for work in progress), the only vocabulary every project shares.
 *
 * @param <T> the value type
 */
public final class KpiParameter<T> {

    /** How many of the last closed sprints an average velocity covers. Jira shows 7, forecasts use 3. */
    public static final KpiParameter<Integer> SPRINT_COUNT = new KpiParameter<>("sprintCount", 3,
            Integer::valueOf, String::valueOf, count -> count >= 1 && count <= 100, "must be between 1 and 100");

    /** The status ids that count as done (a board's last column); empty = the Done category. */
    public static final KpiParameter<Set<String>> DONE_STATUS_IDS = statusIds("doneStatusIds");

    /**
     * What "done" means to a sprint KPI: the status category (or {@link #DONE_STATUS_IDS}) by default, or the board's
     * last column (Jira's velocity chart), which needs a board data source.
     */
    public static final KpiParameter<DoneRule> DONE_RULE = new KpiParameter<>("doneRule", DoneRule.STATUS_CATEGORY,
            DoneRule::valueOf, Enum::name, rule -> true, "");

    /** The status ids that count as work in progress; empty = the In Progress category. */
    public static final KpiParameter<Set<String>> WIP_STATUS_IDS = statusIds("wipStatusIds");

    /** The status ids where cycle time starts; empty = the In Progress category. For part B's calculators. */
    public static final KpiParameter<Set<String>> STARTED_STATUS_IDS = statusIds("startedStatusIds");

    /** The status ids whose time a time-in-status KPI sums. For part B's calculators. */
    public static final KpiParameter<Set<String>> MEASURED_STATUS_IDS = statusIds("measuredStatusIds");

    /** Which estimate a completed, re-estimated issue contributes to velocity. */
    public static final KpiParameter<EstimateMoment> COMPLETED_ESTIMATE = new KpiParameter<>("completedEstimate",
            EstimateMoment.AT_CLOSE, EstimateMoment::valueOf, Enum::name, moment -> true, "");

    /** Where an on-time delivery KPI reads each issue's deadline from: due date, else release date, by default. */
    public static final KpiParameter<DeadlineRule> DEADLINE = new KpiParameter<>("deadline",
            DeadlineRule.DUE_DATE_ELSE_RELEASE, DeadlineRule::valueOf, Enum::name, rule -> true, "");

    /** Whether a cycle time starts at the first or the last entry into the start stage: the first by default. */
    public static final KpiParameter<StageEntry> START_ENTRY = new KpiParameter<>("startEntry", StageEntry.FIRST,
            StageEntry::valueOf, Enum::name, entry -> true, "");

    /** Which summary of a duration distribution a time KPI reports. */
    public static final KpiParameter<Statistic> STATISTIC = new KpiParameter<>("statistic", Statistic.MEDIAN,
            Statistic::valueOf, Enum::name, statistic -> true, "");

    /**
     * The issue types a bugs-per-release KPI counts as bugs, by name (any case), comma-separated in text; by default the
     * common English names ({@link BugTypes#DEFAULT}: Bug, Defect). Localised or custom Jiras name theirs ("Fehler").
     */
    public static final KpiParameter<BugTypes> BUG_TYPES = new KpiParameter<>("bugTypes", BugTypes.DEFAULT,
            text -> {
                try {
                    return BugTypes.parse(text);
                } catch (InvalidInputException empty) {
                    throw new IllegalArgumentException(empty.reason(), empty);
                }
            }, BugTypes::toString, types -> true, "");

    private final String name;
    private final T defaultValue;
    private final Function<String, T> parser;
    private final Function<T, String> formatter;
    private final Predicate<T> validity;
    private final String invalidReason;
    private final Function<T, T> immutableCopy;

    private KpiParameter(String name, T defaultValue, Function<String, T> parser, Function<T, String> formatter,
                         Predicate<T> validity, String invalidReason) {
        this(name, defaultValue, parser, formatter, validity, invalidReason, Function.identity());
    }

    private KpiParameter(String name, T defaultValue, Function<String, T> parser, Function<T, String> formatter,
                         Predicate<T> validity, String invalidReason, Function<T, T> immutableCopy) {
        this.immutableCopy = immutableCopy;
        this.name = name;
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.formatter = formatter;
        this.validity = validity;
        this.invalidReason = invalidReason;
    }

    private static KpiParameter<Set<String>> statusIds(String name) {
        return new KpiParameter<>(name, Set.of(), KpiParameter::parseIds, ids -> String.join(",", ids),
                // Jira status ids are numbers; a name typed by mistake would silently match nothing.
                ids -> ids.stream().allMatch(id -> id != null && id.matches("[0-9]{1,18}")),
                "must be Jira status ids (numbers), separated by commas",
                ids -> Collections.unmodifiableSet(new LinkedHashSet<>(ids)));
    }

    private static Set<String> parseIds(String text) {
        if (text.isBlank()) {
            return Set.of();
        }
        Set<String> ids = Arrays.stream(text.split(",")).map(String::strip)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return Collections.unmodifiableSet(ids);
    }

    /** The name used in text forms and error fields ("sprintCount"). */
    public String name() {
        return name;
    }

    public T defaultValue() {
        return defaultValue;
    }

    /** Checks a value, returning an immutable copy of it. */
    public T validate(T value) {
        require(value != null && validity.test(value), "kpi.formula." + name,
                value == null ? "is required" : invalidReason);
        return immutableCopy.apply(value);
    }

    /** The value written as {@code text}, validated. */
    public T parse(String text) {
        try {
            return validate(parser.apply(text.strip()));
        } catch (IllegalArgumentException unreadable) {
            throw new InvalidInputException("kpi.formula." + name, "cannot read '" + text + "'");
        }
    }

    /** The text form of a value, which {@link #parse(String)} reads back to an equal value. */
    public String format(Object value) {
        @SuppressWarnings("unchecked")
        T typed = (T) value;
        return formatter.apply(typed);
    }

    @Override
    public String toString() {
        return name;
    }
}
