package io.lodestar.sandbox.host;

import com.atlassian.jira.project.Project;

/** A Jira project of the export. */
public record SandboxProject(long id, String key, String name) implements Project {

    @Override
    public Long getId() {
        return id;
    }

    @Override
    public String getKey() {
        return key;
    }

    @Override
    public String getName() {
        return name;
    }
}
