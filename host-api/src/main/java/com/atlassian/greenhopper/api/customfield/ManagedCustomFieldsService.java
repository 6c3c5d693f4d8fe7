package com.atlassian.greenhopper.api.customfield;

import com.atlassian.jira.bc.ServiceOutcome;
import com.atlassian.jira.issue.fields.CustomField;

/**
 * Jira Software {@code @PublicApi} interface (since 6.3.5; verified in the Jira Software 10.3.3 javadoc): the custom
 * fields Jira Software manages. Each answer should be valid, but is not guaranteed to be, so callers check it. Only
 * what Lodestar calls is declared.
 */
public interface ManagedCustomFieldsService {
    ServiceOutcome<CustomField> getSprintCustomField();

    ServiceOutcome<CustomField> getEpicLinkCustomField();

    ServiceOutcome<CustomField> getStoryPointsCustomField();
}
