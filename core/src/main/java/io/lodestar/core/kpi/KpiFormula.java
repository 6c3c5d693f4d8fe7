package io.lodestar.core.kpi;

import static io.lodestar.core.common.InvalidInputException.require;
import static io.lodestar.core.common.InvalidInputException.requirePresent;

import io.lodestar.core.common.InvalidInputException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A KPI from the catalog with its parameter values, e.g. AVERAGE_VELOCITY with sprintCount = 5.
 * Parameters not set take their default; a parameter the type does not accept is refused, so a
 * formula never carries settings that would be silently ignored.
 */
public final class KpiFormula {

    private final KpiType type;
    private final Map<KpiParameter<?>, Object> values;

    private KpiFormula(KpiType type, Map<KpiParameter<?>, Object> values) {
        this.type = type;
        this.values = values;
    }

    /** The formula with every parameter at its default. */
    public static KpiFormula of(KpiType type) {
        return new KpiFormula(requirePresent(type, "kpi.formula.type"), Map.of());
    }

    /**
     * Reads the text form written by {@link #parametersAsText()}.
     *
     * @throws InvalidInputException for an unknown or unreadable parameter
     */
    public static KpiFormula fromText(KpiType type, Map<String, String> parameters) {
        KpiFormula formula = of(type);
        for (Map.Entry<String, String> entry : parameters.entrySet()) {
            KpiParameter<?> parameter = type.parameters().stream()
                    .filter(candidate -> candidate.name().equals(entry.getKey())).findFirst()
                    .orElseThrow(() -> new InvalidInputException("kpi.formula." + entry.getKey(),
                            "is not a parameter of " + type));
            formula = formula.withParsed(parameter, entry.getValue());
        }
        return formula;
    }

    private <T> KpiFormula withParsed(KpiParameter<T> parameter, String text) {
        return with(parameter, parameter.parse(requirePresent(text, "kpi.formula." + parameter.name())));
    }

    /** A copy with {@code parameter} set to {@code value}. */
    public <T> KpiFormula with(KpiParameter<T> parameter, T value) {
        require(type.accepts(parameter), "kpi.formula." + parameter.name(), "is not a parameter of " + type);
        Map<KpiParameter<?>, Object> copy = new LinkedHashMap<>(values);
        // A value equal to the default is not kept, so that equal formulas have equal text forms.
        T valid = parameter.validate(value);
        if (valid.equals(parameter.defaultValue())) {
            copy.remove(parameter);
        } else {
            copy.put(parameter, valid);
        }
        return new KpiFormula(type, Collections.unmodifiableMap(copy));
    }

    public KpiType type() {
        return type;
    }

    /** The value of {@code parameter}: the one set, or its default. */
    public <T> T get(KpiParameter<T> parameter) {
        require(type.accepts(parameter), "kpi.formula." + parameter.name(), "is not a parameter of " + type);
        @SuppressWarnings("unchecked")
        T value = (T) values.getOrDefault(parameter, parameter.defaultValue());
        return value;
    }

    /**
     * The value of {@code parameter} when this type accepts it, its default otherwise: for
     * calculators shared by several types (SCOPE_CHANGE has no done statuses, VELOCITY has).
     */
    public <T> T getOrDefault(KpiParameter<T> parameter) {
        return type.accepts(parameter) ? get(parameter) : parameter.defaultValue();
    }

    /** The parameters explicitly set, by name, as text (what a store keeps). */
    public Map<String, String> parametersAsText() {
        Map<String, String> text = new LinkedHashMap<>();
        values.forEach((parameter, value) -> text.put(parameter.name(), parameter.format(value)));
        return Collections.unmodifiableMap(text);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KpiFormula that && type == that.type && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + values.hashCode();
    }

    @Override
    public String toString() {
        return type + (values.isEmpty() ? "" : parametersAsText().toString());
    }
}
