package io.lodestar.sandbox.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.lodestar.core.kpi.KpiValue;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link KpiOutput} as a table, CSV or JSON. Raw values go to CSV and JSON; only the table
 * rounds, for display. A not-applicable value is never printed as 0: the table shows "n/a" with the
 * reason, CSV leaves the cell empty, JSON writes null with the reason beside it.
 */
final class KpiOutputWriter {

    /** Timestamps as Jira wrote them, with milliseconds and their own offset. */
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    /**
     * JSON is written with jackson-core's streaming generator and its default pretty printer (the output an
     * indenting ObjectMapper gives), not with databind: a command line run would pay databind's start-up for
     * one small document.
     */
    private static final JsonFactory JSON = JsonFactory.builder().disable(com.fasterxml.jackson.core.StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    /**
     * Several KPIs of one export: tables one after another with a blank line between, or one JSON array of
     * the documents {@link #write(KpiOutput, OutputFormat, PrintStream)} writes; one KPI is written as that
     * method writes it. CSV holds one table, so it takes one KPI (the command line refuses more).
     */
    void write(List<KpiOutput> outputs, OutputFormat format, PrintStream out) {
        if (outputs.size() == 1) {
            write(outputs.get(0), format, out);
            return;
        }
        switch (format) {
            case TABLE -> {
                for (int i = 0; i < outputs.size(); i++) {
                    if (i > 0) {
                        out.println();
                    }
                    table(outputs.get(i), out);
                }
            }
            case CSV -> throw new IllegalArgumentException("CSV holds one KPI, got " + outputs.size());
            case JSON -> {
                List<Map<String, Object>> documents = new ArrayList<>();
                for (KpiOutput output : outputs) {
                    documents.add(document(output));
                }
                writeJson(documents, out);
            }
        }
        out.flush();
    }

    void write(KpiOutput output, OutputFormat format, PrintStream out) {
        switch (format) {
            case TABLE -> table(output, out);
            case CSV -> csv(output, out);
            case JSON -> json(output, out);
        }
        out.flush();
    }

    private static void table(KpiOutput output, PrintStream out) {
        out.println(output.kpi());
        int width = output.summary().keySet().stream().mapToInt(String::length).max().orElse(0);
        output.summary().forEach((name, value) ->
                out.println("  " + pad(name, width) + "  " + display(value)));
        for (String note : output.notes()) {
            out.println("  note: " + note);
        }
        if (output.columns().isEmpty()) {
            return;
        }
        out.println();
        List<List<String>> cells = new ArrayList<>();
        cells.add(output.columns());
        for (List<Object> row : output.rows()) {
            cells.add(row.stream().map(KpiOutputWriter::cell).toList());
        }
        int[] widths = new int[output.columns().size()];
        for (List<String> row : cells) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        for (List<String> row : cells) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == 0 ? "" : "  ").append(pad(row.get(i), widths[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private static void csv(KpiOutput output, PrintStream out) {
        List<String> header;
        List<List<Object>> rows;
        if (output.columns().isEmpty()) {
            header = new ArrayList<>(output.summary().keySet());
            rows = List.of(new ArrayList<>(output.summary().values()));
        } else {
            header = output.columns();
            rows = output.rows();
        }
        out.println(String.join(",", header.stream().map(KpiOutputWriter::csvCell).toList()));
        for (List<Object> row : rows) {
            out.println(String.join(",", row.stream().map(value -> csvCell(raw(value))).toList()));
        }
    }

    private static void json(KpiOutput output, PrintStream out) {
        writeJson(document(output), out);
    }

    private static void writeJson(Object document, PrintStream out) {
        try (JsonGenerator generator = JSON.createGenerator(out)) {
            generator.useDefaultPrettyPrinter();
            writeValue(generator, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.println();
    }

    /** A document of maps, lists, texts, numbers, booleans and nulls, as {@link #document} builds them. */
    private static void writeValue(JsonGenerator generator, Object value) throws IOException {
        if (value == null) {
            generator.writeNull();
        } else if (value instanceof Map<?, ?> map) {
            generator.writeStartObject();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                generator.writeFieldName(String.valueOf(entry.getKey()));
                writeValue(generator, entry.getValue());
            }
            generator.writeEndObject();
        } else if (value instanceof List<?> list) {
            generator.writeStartArray();
            for (Object element : list) {
                writeValue(generator, element);
            }
            generator.writeEndArray();
        } else if (value instanceof String text) {
            generator.writeString(text);
        } else if (value instanceof Boolean flag) {
            generator.writeBoolean(flag);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            generator.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double number) {
            generator.writeNumber(number);
        } else if (value instanceof Float number) {
            generator.writeNumber(number);
        } else if (value instanceof BigDecimal number) {
            generator.writeNumber(number);
        } else if (value instanceof java.math.BigInteger number) {
            generator.writeNumber(number);
        } else {
            generator.writeString(value.toString());
        }
    }

    private static Map<String, Object> document(KpiOutput output) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("kpi", output.kpi());
        Map<String, Object> summary = new LinkedHashMap<>();
        output.summary().forEach((name, value) -> {
            if (value instanceof KpiValue kpi && !kpi.isApplicable()) {
                summary.put(name, null);
                summary.put(name + "_not_applicable", kpi.notApplicableReason().orElseThrow());
            } else {
                summary.put(name, jsonValue(value));
            }
        });
        document.put("summary", summary);
        document.put("notes", output.notes());
        if (!output.columns().isEmpty()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (List<Object> row : output.rows()) {
                Map<String, Object> object = new LinkedHashMap<>();
                for (int i = 0; i < row.size(); i++) {
                    object.put(output.columns().get(i), jsonValue(row.get(i)));
                }
                rows.add(object);
            }
            document.put("rows", rows);
        }
        return document;
    }

    /** A timestamp as every output format writes it: milliseconds, never nanoseconds, its own offset. */
    static String timestamp(OffsetDateTime at) {
        return TIMESTAMP.format(at);
    }

    private static Object jsonValue(Object value) {
        if (value instanceof KpiValue kpi) {
            return kpi.isApplicable() ? kpi.value() : null;
        }
        if (value instanceof OffsetDateTime at) {
            return TIMESTAMP.format(at);
        }
        if (value == null || value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        return value.toString();
    }

    /** The raw text of a value for CSV: full precision, empty when absent or not applicable. */
    private static String raw(Object value) {
        if (value instanceof KpiValue kpi) {
            return kpi.isApplicable() ? String.valueOf(kpi.value()) : "";
        }
        if (value instanceof OffsetDateTime at) {
            return TIMESTAMP.format(at);
        }
        return value == null ? "" : value.toString();
    }

    /** A value for people: 2 decimals, units, and the reason when not applicable. */
    private static String display(Object value) {
        if (value instanceof KpiValue kpi) {
            if (!kpi.isApplicable()) {
                return "n/a (" + kpi.notApplicableReason().orElseThrow() + ")";
            }
            return kpi.rounded(2).toPlainString() + " " + kpi.unit().map(unit -> unit.name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ')).orElse("") + " (n=" + kpi.sampleSize() + ")";
        }
        if (value instanceof Double number) {
            return BigDecimal.valueOf(number).setScale(2, RoundingMode.HALF_UP).toPlainString();
        }
        return raw(value);
    }

    /**
     * A detail cell for people: as {@link #display}, but a KPI value is only its rounded number or
     * "n/a", since a unit, a sample size or a reason repeated on every row would hide the table; the
     * column names and notes say them once.
     */
    private static String cell(Object value) {
        if (value instanceof KpiValue kpi) {
            return kpi.isApplicable() ? kpi.rounded(2).toPlainString() : "n/a";
        }
        return display(value);
    }

    private static String csvCell(String text) {
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }
}
