package com.atlassian.jira.project;

import java.util.List;

/** Looks up projects. */
public interface ProjectManager {
    Project getProjectObj(Long id);

    Project getProjectObjByKey(String projectKey);

    List<Project> getProjectObjects();
}
