package com.atlassian.jira.component;

/**
 * jira-api {@code @PublicApi} class of static accessors. Lodestar uses it only for the one OSGi service of an
 * optional plugin (Jira Software), which cannot be injected because its package may be absent. Stand-in bodies
 * return {@code null}; the host class is used at run time.
 */
public class ComponentAccessor {

    /** The service of that interface exported by a plugin, or null when no enabled plugin exports one. */
    public static <T> T getOSGiComponentInstanceOfType(Class<T> clazz) {
        return null;
    }
}
