package com.atlassian.jira.component;

/**
 * jira-api {@code @PublicApi} class of static accessors. Lodestar uses it for the one OSGi service of an
 * optional plugin (Jira Software), which cannot be injected because its package may be absent, and for Jira's mail
 * queue (built once as a bean in lodestar-beans.xml). Stand-in bodies
 * return {@code null}; the host class is used at run time.
 */
public class ComponentAccessor {

    /** The service of that interface exported by a plugin, or null when no enabled plugin exports one. */
    public static <T> T getOSGiComponentInstanceOfType(Class<T> clazz) {
        return null;
    }

    /** Jira's outgoing mail queue (reference sheet §12.3: the usual access; not verified as an OSGi service). */
    public static com.atlassian.mail.queue.MailQueue getMailQueue() {
        return null;
    }
}
