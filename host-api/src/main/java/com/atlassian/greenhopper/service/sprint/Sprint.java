package com.atlassian.greenhopper.service.sprint;

/**
 * Jira Software's sprint (a class, in the optional Jira Software plugin). Declared only as the type of the sprint
 * events' constructor; the app reads sprints from the Sprint custom field by reflection, never through this type.
 */
public class Sprint {
    private Sprint() {
    }
}
