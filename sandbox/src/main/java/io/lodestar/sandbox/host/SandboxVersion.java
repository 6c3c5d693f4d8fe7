package io.lodestar.sandbox.host;

import com.atlassian.jira.project.version.Version;
import io.lodestar.core.issue.FixVersion;
import java.time.ZoneId;
import java.util.Date;

/** A fix version of an exported issue; the release date is midnight of that day in the server's zone, as in Jira. */
record SandboxVersion(FixVersion version) implements Version {

    @Override
    public Long getId() {
        try {
            return Long.valueOf(version.id());
        } catch (NumberFormatException e) {
            return (long) version.id().hashCode();
        }
    }

    @Override
    public String getName() {
        return version.name();
    }

    @Override
    public boolean isReleased() {
        return version.released();
    }

    @Override
    public Date getReleaseDate() {
        return version.releaseDate() == null ? null
                : Date.from(version.releaseDate().atStartOfDay(ZoneId.systemDefault()).toInstant());
    }
}
