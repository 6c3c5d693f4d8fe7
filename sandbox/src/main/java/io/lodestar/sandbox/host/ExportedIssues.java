package io.lodestar.sandbox.host;

import io.lodestar.core.issue.IssueSnapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The issues the sandbox plays Jira with: the snapshots of an export, with their summaries and projects, looked
 * up by id, key, project and epic. Read once at start; the sandbox never changes issues.
 */
public final class ExportedIssues {

    private final Map<Long, SandboxIssue> byId = new LinkedHashMap<>();
    private final Map<String, SandboxIssue> byKey = new LinkedHashMap<>();
    private final Map<String, List<SandboxIssue>> byEpicKey = new LinkedHashMap<>();
    private final Map<String, SandboxProject> projects = new LinkedHashMap<>();
    /** Each project's issues in export order, and in key number order (what a search pages through). */
    private final Map<String, List<SandboxIssue>> byProject = new LinkedHashMap<>();
    private final Map<String, List<SandboxIssue>> byProjectInKeyOrder = new LinkedHashMap<>();

    public ExportedIssues(List<IssueSnapshot> snapshots, ExportDetails details) {
        long nextProjectId = 10000;
        for (IssueSnapshot snapshot : snapshots) {
            SandboxProject project = projects.get(snapshot.projectKey());
            if (project == null) {
                ExportDetails.Project named = details.projects().get(snapshot.projectKey());
                long id = named != null && named.id() > 0 ? named.id() : nextProjectId++;
                project = new SandboxProject(id, snapshot.projectKey(), named == null ? snapshot.projectKey() : named.name());
                projects.put(project.getKey(), project);
            }
            SandboxIssue issue = new SandboxIssue(snapshot, details.summaries().getOrDefault(snapshot.key(), snapshot.key()),
                    project);
            byId.put(issue.getId(), issue);
            byKey.put(snapshot.key(), issue);
            if (snapshot.epicKey() != null) {
                byEpicKey.computeIfAbsent(snapshot.epicKey(), key -> new ArrayList<>()).add(issue);
            }
        }
        for (SandboxIssue issue : byId.values()) {
            byProject.computeIfAbsent(issue.snapshot().projectKey(), key -> new ArrayList<>()).add(issue);
        }
        byProject.forEach((key, issues) -> byProjectInKeyOrder.put(key, issues.stream()
                .sorted(java.util.Comparator.comparingLong(ExportedIssues::keyNumber)).toList()));
    }

    private static long keyNumber(SandboxIssue issue) {
        String key = issue.getKey();
        try {
            return Long.parseLong(key.substring(key.lastIndexOf('-') + 1));
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    public Optional<SandboxIssue> byId(Long id) {
        return Optional.ofNullable(id == null ? null : byId.get(id));
    }

    public Optional<SandboxIssue> byKey(String key) {
        return Optional.ofNullable(key == null ? null : byKey.get(key.strip().toUpperCase(Locale.ROOT)));
    }

    /** The issues whose Epic Link is {@code epicKey}, in export order. */
    public List<SandboxIssue> inEpic(String epicKey) {
        return Collections.unmodifiableList(byEpicKey.getOrDefault(epicKey, List.of()));
    }

    /** The issues of a project, in export order. */
    public List<SandboxIssue> inProject(String projectKey) {
        return Collections.unmodifiableList(byProject.getOrDefault(projectKey, List.of()));
    }

    /** The issues of a project by the number of their key (ATLAS-2 before ATLAS-10), as a search orders them. */
    public List<SandboxIssue> inProjectByKeyNumber(String projectKey) {
        return byProjectInKeyOrder.getOrDefault(projectKey, List.of());
    }

    /** Every project, sorted by key. */
    public List<SandboxProject> projects() {
        return projects.values().stream().sorted(java.util.Comparator.comparing(SandboxProject::getKey)).toList();
    }

    public Optional<SandboxProject> project(String key) {
        return Optional.ofNullable(key == null ? null : projects.get(key));
    }

    public List<IssueSnapshot> snapshots() {
        return byId.values().stream().map(SandboxIssue::snapshot).toList();
    }

    public int size() {
        return byId.size();
    }
}
