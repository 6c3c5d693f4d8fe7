package io.lodestar.sandbox.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the {@code kpi} command prints, independent of the format: a summary (ordered name to value;
 * a value is a number, a text, or a {@link io.lodestar.core.kpi.KpiValue}), notes for the reader
 * (what was left out and why), and the detail rows (per issue, per sprint or per status).
 *
 * @param kpi     the KPI's command-line name
 * @param columns the detail table's column names
 * @param rows    detail rows, each with one raw value per column (null for none)
 */
record KpiOutput(String kpi, Map<String, Object> summary, List<String> notes, List<String> columns,
                 List<List<Object>> rows) {

    KpiOutput {
        Objects.requireNonNull(kpi, "kpi");
        summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
        notes = List.copyOf(notes);
        columns = List.copyOf(columns);
        rows = Collections.unmodifiableList(new ArrayList<>(rows));
    }
}
