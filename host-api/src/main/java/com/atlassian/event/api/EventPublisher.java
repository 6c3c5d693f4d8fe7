package com.atlassian.event.api;

/** Publishes an event to the listeners registered on this node. */
public interface EventPublisher extends EventListenerRegistrar {
    void publish(Object event);
}
