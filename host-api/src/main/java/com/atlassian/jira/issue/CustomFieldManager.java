package com.atlassian.jira.issue;

import com.atlassian.jira.issue.fields.CustomField;
import java.util.Collection;
import java.util.List;

/** Finds custom field definitions. */
public interface CustomFieldManager {
    CustomField getCustomFieldObject(String id);

    CustomField getCustomFieldObject(Long id);

    Collection<CustomField> getCustomFieldObjectsByName(String customFieldName);

    List<CustomField> getCustomFieldObjects(Issue issue);

    List<CustomField> getCustomFieldObjects();
}
