package io.lodestar.core.issue;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A project version an issue is fixed in. The release date is a calendar date without time of day,
 * as Jira stores it; it may be missing even for released versions.
 */
public record FixVersion(String id, String name, boolean released, LocalDate releaseDate) {
    public FixVersion {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }

    public Optional<LocalDate> releaseDateIfAny() {
        return Optional.ofNullable(releaseDate);
    }
}
