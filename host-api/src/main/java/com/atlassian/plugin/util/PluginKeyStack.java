package com.atlassian.plugin.util;

/**
 * atlassian-plugins' stack of the plugins a thread is running code of; Active Objects 6 asks it for the plugin key
 * to tag its query metrics with. The host supplies the real class; outside a host no plugin is running.
 */
public final class PluginKeyStack {
    private PluginKeyStack() {
    }

    public static String getFirstPluginKey() {
        return null;
    }
}
