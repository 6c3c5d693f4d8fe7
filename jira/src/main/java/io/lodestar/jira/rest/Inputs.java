package io.lodestar.jira.rest;

import io.lodestar.core.common.InvalidInputException;
import io.lodestar.core.okr.KeyResultKind;
import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.NumberFormat;
import io.lodestar.core.okr.QueryAggregate;
import io.lodestar.core.okr.WorkBasis;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Reads the text of a request into typed values, refusing bad input with the field's name and the
 * reason ({@link InvalidInputException}, answered 400). This is where values enter, so this is where they
 * are normalised, once: negative zero is zero. Enumerations are matched exactly (as the contract spells
 * them, no blanks around), dates are ISO-8601 days.
 *
 * <p>Length limits: {@value #SHORT} characters for names, titles, keys and units, {@value #LONG} for
 * descriptions and notes, so that a huge string is a 400 here rather than a database error later.
 * Characters are counted as a person counts them (Unicode code points: an emoji is one character, though
 * Java keeps it as two {@code char}s); text with an unpaired surrogate is not text and is refused.
 */
final class Inputs {

    static final int SHORT = 255;
    static final int LONG = 10_000;
    /**
     * The largest magnitude of a number the database keeps: Active Objects refuses a double beyond
     * {@code net.java.ao.util.DoubleUtils.MAX_VALUE}, which is this literal (a float's range, written with
     * nine digits: slightly above {@code (double) Float.MAX_VALUE}, and below {@code 3.4028235E38}).
     */
    static final double LARGEST = 3.40282347E38;
    static final String LARGEST_TEXT = "3.40282347E38";

    private Inputs() {
    }

    static <T> T required(T value, String field) {
        return InvalidInputException.requirePresent(value, field);
    }

    /** The text, or null; refused when it is not valid Unicode or longer than {@code max} characters (code points). */
    static String text(String value, String field, int max) {
        if (value == null) {
            return null;
        }
        requireUnicode(value, field);
        int characters = value.codePointCount(0, value.length());
        if (characters > max) {
            throw new InvalidInputException(field, "must be at most " + max + " characters, got " + characters);
        }
        if (max == SHORT && value.length() > SHORT) {
            // The short columns hold 255 UTF-16 units (see the persistence's TextLimits): said here, where input enters.
            throw new InvalidInputException(field, "is too long to store: at most " + SHORT
                    + " characters, where emoji and other characters beyond the Basic Multilingual Plane count twice"
                    + " (this text counts " + value.length() + ")");
        }
        return value;
    }

    /** Refuses text holding a surrogate that is not half of a pair: it is no character, and a database would store '?'. */
    static void requireUnicode(String value, String field) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException(field, "is not valid text: it holds an unpaired surrogate (\\u"
                        + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT) + ") at character " + (i + 1));
            }
        }
    }

    /** The elements of a JSON array, refusing a null element on its path ({@code carryOver[0]}). */
    static <T> java.util.List<T> elements(java.util.List<T> values, String field) {
        if (values == null) {
            return java.util.List.of();
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidInputException(field + "[" + i + "]", "is required");
            }
        }
        return values;
    }

    /**
     * The number, or null, with negative zero read as zero; refused when finite but beyond {@link #LARGEST}
     * either way. Active Objects refuses to store a double outside that range (its {@code DoubleType} check),
     * which would otherwise turn a valid-looking JSON number such as {@code 1e300} into a 500 at the
     * database. NaN and infinities (which Jackson reads from the strings {@code "NaN"} and {@code "Infinity"})
     * are no numbers to store and are refused too, on the field as sent.
     */
    static Double number(Double value, String field) {
        if (value != null && !Double.isFinite(value)) {
            throw new InvalidInputException(field, "must be a finite number");
        }
        if (value != null && Math.abs(value) > LARGEST) {
            throw new InvalidInputException(field, "must be between -" + LARGEST_TEXT + " and " + LARGEST_TEXT);
        }
        return value != null && value == 0.0 ? Double.valueOf(0.0) : value;
    }

    /** The constant spelled exactly {@code value}, or null when absent or empty; anything else is a 400 listing the allowed values. */
    static <E extends Enum<E>> E optionalEnum(Class<E> type, String value, String field) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
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
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date like 2026-01-01");
        }
    }

    /** A whole number given as query text, e.g. {@code ?version=3}: digits only (no sign, no blanks). */
    static long wholeNumber(String value, String field) {
        required(value, field);
        if (!value.matches("[0-9]{1,18}")) {
            throw new InvalidInputException(field, "must be a whole number");
        }
        return Long.parseLong(value);
    }

    /**
     * How a key result is measured, from the flat fields of the contract; which are required depends on the
     * kind, and a field the kind does not use must be absent (or null): it would otherwise be accepted and
     * dropped, however wrong. Used fields: NUMERIC format, unit, start, target (a PERCENT's unit is % or
     * absent); MILESTONE none; LINKED_WORK basis; KPI kpiId, unit, start and target (its format follows the KPI);
     * BAND unit, start (the band's lowest value) and target (its highest value).
     */
    static Measure measure(String kind, String format, String unit, Double start, Double target, String basis,
                           Long kpiId) {
        return measure(kind, format, unit, start, target, basis, kpiId, null, null, null);
    }

    /**
     * As {@link #measure(String, String, String, Double, Double, String, Long)}, with the fields of a key result from
     * a JQL query (kind JQL): {@code jql} and {@code aggregate} (SHARE_DONE or SUM) required; a SUM also takes
     * {@code field} (the number field), {@code unit}, {@code start} and {@code target}; other kinds take none of them.
     */
    static Measure measure(String kind, String format, String unit, Double start, Double target, String basis,
                           Long kpiId, String jql, String aggregate, String field) {
        KeyResultKind measured = requiredEnum(KeyResultKind.class, kind, "keyResult.kind");
        text(jql, "keyResult.jql", LONG);
        text(field, "keyResult.field", SHORT);
        QueryAggregate queryAggregate = optionalEnum(QueryAggregate.class, aggregate, "keyResult.aggregate");
        unused(measured, measured != KeyResultKind.JQL, jql, "keyResult.jql");
        unused(measured, measured != KeyResultKind.JQL, aggregate, "keyResult.aggregate");
        unused(measured, measured != KeyResultKind.JQL, field, "keyResult.field");
        if (measured == KeyResultKind.JQL) {
            Double from = number(start, "keyResult.start");
            Double to = number(target, "keyResult.target");
            unused(measured, true, format, "keyResult.format");
            unused(measured, true, basis, "keyResult.basis");
            unused(measured, true, kpiId, "keyResult.kpiId");
            text(unit, "keyResult.unit", SHORT);
            QueryAggregate chosen = required(queryAggregate, "keyResult.aggregate");
            String query = required(jql == null || jql.isBlank() ? null : jql, "keyResult.jql");
            if (chosen == QueryAggregate.SHARE_DONE) {
                // A share of done issues reads no field and runs from 0 to 100 %: anything else sent would be dropped.
                unusedByShare(field, "keyResult.field");
                unusedByShare(unit, "keyResult.unit");
                unusedByShare(start, "keyResult.start");
                unusedByShare(target, "keyResult.target");
                return Measure.shareDone(query);
            }
            return Measure.sum(query, required(field == null || field.isBlank() ? null : field, "keyResult.field"), unit,
                    required(from, "keyResult.start"), required(to, "keyResult.target"));
        }
        text(unit, "keyResult.unit", SHORT);
        Double from = number(start, "keyResult.start");
        Double to = number(target, "keyResult.target");
        NumberFormat numberFormat = optionalEnum(NumberFormat.class, format, "keyResult.format");
        WorkBasis workBasis = optionalEnum(WorkBasis.class, basis, "keyResult.basis");
        boolean numeric = measured == KeyResultKind.NUMERIC || measured == KeyResultKind.KPI
                || measured == KeyResultKind.BAND;
        unused(measured, measured != KeyResultKind.NUMERIC, format, "keyResult.format");
        unused(measured, !numeric, unit, "keyResult.unit");
        unused(measured, !numeric, start, "keyResult.start");
        unused(measured, !numeric, target, "keyResult.target");
        unused(measured, measured != KeyResultKind.LINKED_WORK, basis, "keyResult.basis");
        unused(measured, measured != KeyResultKind.KPI, kpiId, "keyResult.kpiId");
        return switch (measured) {
            case NUMERIC -> {
                if (numberFormat == NumberFormat.PERCENT) {
                    if (unit != null && !unit.isBlank() && !"%".equals(unit.strip())) {
                        throw new InvalidInputException("keyResult.unit", "a percentage's unit is %; leave it out");
                    }
                    yield Measure.percent(from, to);
                }
                yield Measure.number(unit, from, to);
            }
            case MILESTONE -> Measure.milestone();
            case LINKED_WORK -> Measure.linkedWork(required(workBasis, "keyResult.basis"));
            case KPI -> Measure.kpi(required(kpiId, "keyResult.kpiId"), unit, required(from, "keyResult.start"),
                    required(to, "keyResult.target"));
            case BAND -> Measure.band(unit, required(from, "keyResult.start"), required(to, "keyResult.target"));
            case JQL -> throw new IllegalStateException("read above");
        };
    }

    private static void unusedByShare(Object value, String field) {
        if (value != null) {
            throw new InvalidInputException(field, "is not used by a share of done issues; leave it out");
        }
    }

    private static void unused(KeyResultKind kind, boolean unusedByKind, Object value, String field) {
        if (unusedByKind && value != null) {
            throw new InvalidInputException(field, "is not used by a " + kind.name() + " key result; leave it out");
        }
    }
}
