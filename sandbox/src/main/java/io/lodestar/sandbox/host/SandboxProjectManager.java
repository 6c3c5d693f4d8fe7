package io.lodestar.sandbox.host;

import com.atlassian.jira.project.Project;
import com.atlassian.jira.project.ProjectManager;
import java.util.List;

/** Jira's {@link ProjectManager} over the projects of the export. */
public final class SandboxProjectManager implements ProjectManager {

    private final ExportedIssues issues;

    public SandboxProjectManager(ExportedIssues issues) {
        this.issues = issues;
    }

    @Override
    public Project getProjectObj(Long id) {
        return issues.projects().stream().filter(project -> project.getId().equals(id)).findFirst().orElse(null);
    }

    @Override
    public Project getProjectObjByKey(String projectKey) {
        return issues.project(projectKey).orElse(null);
    }

    @Override
    public List<Project> getProjectObjects() {
        return List.copyOf(issues.projects());
    }
}
