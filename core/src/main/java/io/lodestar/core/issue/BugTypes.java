package io.lodestar.core.issue;

import io.lodestar.core.common.InvalidInputException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which issue types count as bugs. Jira has no flag for them: the built-in type is "Bug", but many
 * schemes call it "Defect", and localised instances use their own words ("Fehler", "Anomalie"), so the
 * names are a setting. Names match whole, ignoring case; the default is {@link #DEFAULT}.
 */
public record BugTypes(List<String> names) {

    /** The common English names: Jira's built-in "Bug" and the widespread "Defect". */
    public static final BugTypes DEFAULT = new BugTypes(List.of("Bug", "Defect"));

    public BugTypes {
        Set<String> kept = new LinkedHashSet<>();
        for (String name : names) {
            String trimmed = name == null ? "" : name.strip();
            if (trimmed.isEmpty()) {
                throw new InvalidInputException("bugTypes", "an issue type name is empty");
            }
            kept.add(trimmed);
        }
        if (kept.isEmpty()) {
            throw new InvalidInputException("bugTypes", "name at least one issue type");
        }
        names = List.copyOf(kept);
    }

    /** The types named in a comma-separated list, e.g. {@code "Bug, Defect"}. */
    public static BugTypes parse(String commaSeparated) {
        return new BugTypes(List.of(commaSeparated.split(",", -1)));
    }

    public boolean includes(IssueType type) {
        String name = type.name().toLowerCase(Locale.ROOT);
        return names.stream().anyMatch(bug -> bug.toLowerCase(Locale.ROOT).equals(name));
    }

    @Override
    public String toString() {
        return String.join(", ", names);
    }
}
