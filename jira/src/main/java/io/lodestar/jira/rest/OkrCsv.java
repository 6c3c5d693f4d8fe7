package io.lodestar.jira.rest;

import io.lodestar.core.okr.Measure;
import io.lodestar.core.okr.OkrTree;
import io.lodestar.core.okr.Score;
import io.lodestar.core.okr.ScoredKeyResult;
import io.lodestar.core.okr.ScoredObjective;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.function.UnaryOperator;

/**
 * A cycle's OKRs as CSV (RFC 4180), one row per key result and one for each objective without key results, for
 * spreadsheets: objective, level, team, owner, kr, kind, start, target, current, score, band, status.
 *
 * <p>It says what the OKR page shows: owners by name, levels, kinds, bands and statuses in the page's words (the
 * same {@code okr.page.*} keys of the app's i18n bundle), scores as {@link Score#display()} (two decimals rounded
 * down, so a score never reads above its band) and values with at most two decimals, as the page rounds them.
 * An objective without key results has its row with the key result's cells empty, so no objective is missing.
 *
 * <p>Every field is quoted. Text typed by users that a spreadsheet would run as a formula (starting
 * with {@code = + - @}, tab or carriage return) is prefixed with an apostrophe, so an export cannot
 * carry a formula injection. Numbers use a dot as decimal separator.
 */
final class OkrCsv {

    static final List<String> HEADER = List.of("objective", "level", "team", "owner", "kr", "kind", "start", "target",
            "current", "score", "band", "status");
    /** The app's i18n bundle, the one the page's template takes its words from. */
    static final String BUNDLE = "io.lodestar.jira.i18n";

    private OkrCsv() {
    }

    /**
     * @param names the display name of a user key (the key itself when the host does not know it)
     */
    static String write(OkrTree tree, UnaryOperator<String> names) {
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, OkrCsv.class.getClassLoader());
        StringBuilder csv = new StringBuilder();
        row(csv, HEADER);
        for (ScoredObjective objective : tree.objectives()) {
            List<String> objectiveCells = List.of(text(objective.objective().title()),
                    word(words, "okr.page.level." + key(objective.objective().level().name())),
                    text(objective.objective().team()));
            if (objective.keyResults().isEmpty()) {
                List<String> cells = new ArrayList<>(objectiveCells);
                cells.add(text(names.apply(objective.objective().owner())));
                cells.addAll(List.of("", "", "", "", "", "", "", ""));
                row(csv, cells);
            }
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
                } else if (measure instanceof Measure.WithinBand band) {
                    start = band.minimum();
                    target = band.maximum();
                } else if (measure instanceof Measure.FromQuery query) {
                    start = query.start();
                    target = query.target();
                }
                List<String> cells = new ArrayList<>(objectiveCells);
                cells.add(text(names.apply(kr.keyResult().owner())));
                cells.add(text(kr.keyResult().title()));
                cells.add(word(words, "okr.page.kind." + key(kr.keyResult().kind().name())));
                cells.add(number(start));
                cells.add(number(target));
                cells.add(number(kr.measurement().current()));
                cells.add(kr.score().display());
                cells.add(word(words, "okr.page.band." + key(kr.score().band().name())));
                cells.add(word(words, "okr.page.status." + key(kr.status().name())));
                row(csv, cells);
            }
        }
        return csv.toString();
    }

    /** The i18n key part of an enum constant: LINKED_WORK is "linked-work". */
    private static String key(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String word(ResourceBundle words, String key) {
        try {
            return words.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
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

    /**
     * At most two decimals without trailing zeros, rounded exactly as the page's script rounds values
     * ({@code Math.round(value * 100) / 100}: Java's Math.round is JavaScript's), so both read the same figure.
     */
    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        double rounded = Math.round(value * 100) / 100.0;
        return BigDecimal.valueOf(rounded).stripTrailingZeros().toPlainString();
    }
}
