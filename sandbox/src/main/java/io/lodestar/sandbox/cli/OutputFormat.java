package io.lodestar.sandbox.cli;

import java.util.Locale;

/** How the {@code kpi} command prints its result. */
enum OutputFormat {
    /** Aligned text for people; numbers rounded to 2 decimals for display only. */
    TABLE,
    /** Comma-separated values with raw numbers: the detail rows, else the summary as one row. */
    CSV,
    /** One JSON document with raw numbers, written by Jackson. */
    JSON;

    static OutputFormat parse(String text) {
        try {
            return valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new CommandLineException("unknown format " + text + "; expected table, csv or json");
        }
    }
}
