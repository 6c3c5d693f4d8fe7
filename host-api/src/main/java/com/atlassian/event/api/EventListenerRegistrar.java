package com.atlassian.event.api;

/** Registers objects whose {@link EventListener} methods receive events. */
public interface EventListenerRegistrar {
    void register(Object listener);

    void unregister(Object listener);

    void unregisterAll();
}
