package io.lodestar.jira.rest;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.okr.KeyResultKind;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.NumberFormat;
import io.lodestar.core.okr.WorkBasis;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads the text of a request into typed values, refusing bad input with the field's name and the
 * reason ({@link InvalidInputException}, answered 400). Enumerations are matched exactly (as the
 * contract spells them), dates are ISO-8601 days.
 *
 * <p>Length limits: {@value #SHORT} characters for names, titles, keys and units (the database's short
 * columns), {@value #LONG} for descriptions and notes, so that a huge string is a 400 here rather than
 * a database error later.
 */
final class Inputs {

    static final int SHORT = 255;
    static final int LONG = 10_000;
    /** The largest magnitude of a number the database keeps: a float's, Active Objects' limit for doubles. */
    static final double LARGEST = Float.MAX_VALUE;

    private Inputs() {
    }

    static <T> T required(T value, String field) {
        return InvalidInputException.requirePresent(value, field);
    }

    /** The text, or null; refused when longer than {@code max}. */
    static String text(String value, String field, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters, got " + value.length());
        }
        return value;
    }

    /**
     * The number, or null; refused when finite but beyond {@link #LARGEST} (3.4028235E38) either way. Active Objects
     * refuses to store a double outside a float's range (its {@code DoubleType} check), which would
     * otherwise turn a valid-looking JSON number such as {@code 1e300} into a 500 at the database.
     * Infinite and NaN values are left to the domain, which says they must be finite.
     */
    static Double number(Double value, String field) {
        if (value != null && Double.isFinite(value) && Math.abs(value) > LARGEST) {
            throw new InvalidInputException(field, "must be between -" + Float.MAX_VALUE + " and " + Float.MAX_VALUE);
        }
        return value;
    }

    static <E extends Enum<E>> E optionalEnum(Class<E> type, String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            throw new InvalidInputException(field, "must be one of " + allowed);
        }
    }

    static <E extends Enum<E>> E requiredEnum(Class<E> type, String value, String field) {
        return required(optionalEnum(type, value, field), field);
    }

    static LocalDate date(String value, String field) {
        required(value, field);
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date like 2026-01-01");
        }
    }

    /** A whole number given as query text, e.g. {@code ?version=3}. */
    static long wholeNumber(String value, String field) {
        required(value, field);
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(field, "must be a whole number");
        }
    }

    /** How a key result is measured, from the flat fields of the contract; which are required depends on the kind. */
    static Measure measure(String kind, String format, String unit, Double start, Double target, String basis,
                           Long kpiId) {
        text(unit, "keyResult.unit", SHORT);
        number(start, "keyResult.start");
        number(target, "keyResult.target");
        return switch (requiredEnum(KeyResultKind.class, kind, "keyResult.kind")) {
            case NUMERIC -> optionalEnum(NumberFormat.class, format, "keyResult.format") == NumberFormat.PERCENT
                    ? Measure.percent(start, target)
                    : Measure.number(unit, start, target);
            case MILESTONE -> Measure.milestone();
            case LINKED_WORK -> Measure.linkedWork(requiredEnum(WorkBasis.class, basis, "keyResult.basis"));
            case KPI -> Measure.kpi(required(kpiId, "keyResult.kpiId"), unit, required(start, "keyResult.start"),
                    required(target, "keyResult.target"));
        };
    }
}
