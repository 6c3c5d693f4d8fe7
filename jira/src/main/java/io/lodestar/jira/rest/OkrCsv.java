package io.lodestar.jira.rest;

import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.OkrTree;
import io.lodestar.core.okr.ScoredKeyResult;
import io.lodestar.core.okr.ScoredObjective;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A cycle's OKRs as CSV (RFC 4180), one row per key result, for spreadsheets:
 * objective, level, team, owner, kr, kind, start, target, current, score, band, status.
 *
 * <p>Every field is quoted. Text typed by users that a spreadsheet would run as a formula (starting
 * with {@code = + - @}, tab or carriage return) is prefixed with an apostrophe, so an export cannot
 * carry a formula injection. Numbers are written raw with a dot as decimal separator.
 */
final class OkrCsv {

    static final List<String> HEADER = List.of("objective", "level", "team", "owner", "kr", "kind", "start", "target",
            "current", "score", "band", "status");

    private OkrCsv() {
    }

    static String write(OkrTree tree) {
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (ScoredObjective objective : tree.objectives()) {
            for (ScoredKeyResult kr : objective.keyResults()) {
                Double start = null;
                Double target = null;
                Measure measure = kr.keyResult().measure();
                if (measure instanceof Measure.Numeric numeric) {
                    start = numeric.start();
                    target = numeric.target();
                } else if (measure instanceof Measure.KpiBacked kpi) {
                    start = kpi.start();
                    target = kpi.target();
                }
                List<String> cells = new ArrayList<>();
                cells.add(text(objective.objective().title()));
                cells.add(objective.objective().level().name());
                cells.add(text(objective.objective().team()));
                cells.add(text(kr.keyResult().owner()));
                cells.add(text(kr.keyResult().title()));
                cells.add(kr.keyResult().kind().name());
                cells.add(number(start));
                cells.add(number(target));
                cells.add(number(kr.measurement().current()));
                cells.add(number(kr.score().value()));
                cells.add(kr.score().band().name());
                cells.add(kr.status().name());
                row(csv, cells);
            }
        }
        return csv.toString();
    }

    private static void row(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                csv.append(',');
            }
            csv.append('"').append(cells.get(i).replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    /** User text, defused so that a spreadsheet shows it instead of evaluating it. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }

    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15
                ? String.valueOf(value.longValue())
                : String.format(Locale.ROOT, "%s", value);
    }
}
