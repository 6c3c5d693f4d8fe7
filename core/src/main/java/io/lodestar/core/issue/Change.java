package io.lodestar.core.issue;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One item of an issue's changelog: a field that changed at an instant, with Jira's raw values
 * ({@code from}/{@code to}, usually ids) and display texts. Null means "no value".
 */
public record Change(OffsetDateTime at, ChangeField field, String from, String fromText, String to,
                     String toText) {
    public Change {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(field, "field");
    }
}
