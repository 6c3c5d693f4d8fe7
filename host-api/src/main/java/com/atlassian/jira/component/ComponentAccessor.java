package com.atlassian.jira.component;

/**
 * jira-api {@code @PublicApi} class of static accessors. Lodestar uses it for the one OSGi service of an
 * optional plugin (Jira Software), which cannot be injected because its package may be absent, and for Jira's mail
 * queue (built once as a bean in lodestar-beans.xml). Stand-in bodies are never run in Jira (the host class is used
 * at run time): {@code getMailQueue} returns {@code null}, and {@code getOSGiComponentInstanceOfType} the first
 * {@link java.util.ServiceLoader} provider of the interface, or {@code null} - which is how the sandbox plays the
 * services of an optional plugin (Jira Software's boards) without the app knowing.
 */
public class ComponentAccessor {

    /** The service of that interface exported by a plugin, or null when no enabled plugin exports one. */
    public static <T> T getOSGiComponentInstanceOfType(Class<T> clazz) {
        ClassLoader loader = clazz.getClassLoader() != null ? clazz.getClassLoader() : ClassLoader.getSystemClassLoader();
        return java.util.ServiceLoader.load(clazz, loader).findFirst().orElse(null);
    }

    /** Jira's outgoing mail queue (reference sheet §12.3: the usual access; not verified as an OSGi service). */
    public static com.atlassian.mail.queue.MailQueue getMailQueue() {
        return null;
    }
}
