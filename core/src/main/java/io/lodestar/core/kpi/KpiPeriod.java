package io.lodestar.core.kpi;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;
import static io.lodestar.core.common.InvalidInputException.requireText;

import io.lodestar.core.issue.Sprint;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * The stretch of time one recorded KPI value stands for: a half-open range {@code [start, end)} with
 * a {@code key} unique for the KPI ("2026-11-23", "2026-W48", "2026-11", "sprint-42"). A store keeps
 * one value per KPI and key. Calendar periods start at midnight in the KPI's zone; weeks start on
 * Monday and are keyed by ISO week-based year and week number.
 */
public record KpiPeriod(String key, Instant start, Instant end) {

    public KpiPeriod {
        key = requireText(key, "kpi.period.key");
        requirePresent(start, "kpi.period.start");
        requirePresent(end, "kpi.period.end");
        require(start.isBefore(end), "kpi.period.end", "must be after the start " + start);
    }

    public static KpiPeriod day(LocalDate day, ZoneId zone) {
        return new KpiPeriod(day.toString(), day.atStartOfDay(zone).toInstant(),
                day.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The Monday-to-Sunday week containing {@code anyDay}. */
    public static KpiPeriod week(LocalDate anyDay, ZoneId zone) {
        LocalDate monday = anyDay.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        String key = String.format("%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
                monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        return new KpiPeriod(key, monday.atStartOfDay(zone).toInstant(),
                monday.plusWeeks(1).atStartOfDay(zone).toInstant());
    }

    public static KpiPeriod month(YearMonth month, ZoneId zone) {
        return new KpiPeriod(month.toString(), month.atDay(1).atStartOfDay(zone).toInstant(),
                month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant());
    }

    /** A started and completed sprint, from "Start sprint" to "Complete sprint". */
    public static KpiPeriod sprint(Sprint sprint) {
        require(sprint.startDate() != null && sprint.completeDate() != null, "kpi.period.sprint",
                "sprint " + sprint.name() + " must be started and completed");
        return new KpiPeriod("sprint-" + sprint.id(), sprint.startDate().toInstant(),
                sprint.completeDate().toInstant());
    }

    /**
     * The last complete calendar period of {@code frequency} before {@code now}: yesterday, last week,
     * last month. A KPI is recorded for complete periods so that its value does not change afterwards.
     */
    public static KpiPeriod lastCompleteBefore(Frequency frequency, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return switch (frequency) {
            case DAILY -> day(today.minusDays(1), zone);
            case WEEKLY -> week(today.minusWeeks(1), zone);
            case MONTHLY -> month(YearMonth.from(today).minusMonths(1), zone);
            case PER_SPRINT -> throw new IllegalArgumentException("a sprint period comes from the sprints");
        };
    }

    /** The calendar period of {@code frequency} that contains {@code now}: today, this week, this month. */
    public static KpiPeriod containing(Frequency frequency, Instant now, ZoneId zone) {
        LocalDate today = LocalDate.ofInstant(now, zone);
        return switch (frequency) {
            case DAILY -> day(today, zone);
            case WEEKLY -> week(today, zone);
            case MONTHLY -> month(YearMonth.from(today), zone);
            case PER_SPRINT -> throw new IllegalArgumentException("a sprint period comes from the sprints");
        };
    }

    /**
     * The calendar period of {@code frequency} with this key ("2026-11-23", "2026-W48", "2026-11"), as
     * {@link #day}, {@link #week} and {@link #month} key them.
     *
     * @throws io.lodestar.core.common.InvalidInputException on {@code period} when the key is not one of that
     *         frequency
     */
    public static KpiPeriod parse(Frequency frequency, String key, ZoneId zone) {
        String text = key == null ? "" : key.strip();
        try {
            KpiPeriod period = switch (frequency) {
                case DAILY -> day(LocalDate.parse(text), zone);
                case WEEKLY -> weekOf(text, zone);
                case MONTHLY -> month(YearMonth.parse(text), zone);
                case PER_SPRINT -> throw new IllegalArgumentException("a sprint period comes from the sprints");
            };
            require(period.key().equals(text), "period", "is not a " + frequency + " period key such as "
                    + example(frequency));
            return period;
        } catch (java.time.DateTimeException | NumberFormatException e) {
            throw new io.lodestar.core.common.InvalidInputException("period", "is not a " + frequency
                    + " period key such as " + example(frequency));
        }
    }

    /** Whether {@code key} names a sprint period ("sprint-42"). */
    public static boolean isSprintKey(String key) {
        return key != null && key.matches("sprint-[0-9]{1,18}");
    }

    private static KpiPeriod weekOf(String key, ZoneId zone) {
        if (!key.matches("[0-9]{4}-W[0-9]{2}")) {
            throw new NumberFormatException(key);
        }
        int year = Integer.parseInt(key.substring(0, 4));
        int week = Integer.parseInt(key.substring(6));
        LocalDate anyDay = LocalDate.of(year, 6, 1).with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week);
        return week(anyDay, zone);
    }

    private static String example(Frequency frequency) {
        return switch (frequency) {
            case DAILY -> "2026-11-23";
            case WEEKLY -> "2026-W48";
            case MONTHLY -> "2026-11";
            case PER_SPRINT -> "sprint-42";
        };
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }
}
