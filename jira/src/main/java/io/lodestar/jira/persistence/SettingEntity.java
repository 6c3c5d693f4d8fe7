package io.lodestar.jira.persistence;

import net.java.ao.Entity;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One app setting for a scope, such as the story points field or the statuses that count as done in a
 * project. A scope is {@code global} or {@code project:<KEY>} (see {@link AoAppSettingsStore}).
 */
@Table("SETTING")
public interface SettingEntity extends Entity {

    String SCOPE = "SCOPE";
    String NAME = "NAME";
    String TEXT_VALUE = "TEXT_VALUE";

    @NotNull
    @Indexed
    String getScope();

    void setScope(String scope);

    @NotNull
    @Indexed
    String getName();

    void setName(String name);

    /** Unlimited: a value such as a list of status ids has no natural bound. */
    @StringLength(StringLength.UNLIMITED)
    String getTextValue();

    void setTextValue(String textValue);
}
