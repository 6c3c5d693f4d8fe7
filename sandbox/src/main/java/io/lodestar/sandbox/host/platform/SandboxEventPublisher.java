package io.lodestar.sandbox.host.platform;

import com.atlassian.event.api.EventListener;
import com.atlassian.event.api.EventPublisher;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * atlassian-event's {@link EventPublisher}: a registered object's public one-parameter methods annotated
 * {@link EventListener} receive, on the publishing thread, every event assignable to their parameter. Like the
 * host's, it delivers on this node only, and one listener that throws neither stops the others nor the publisher.
 */
public final class SandboxEventPublisher implements EventPublisher {

    private static final System.Logger LOG = System.getLogger(SandboxEventPublisher.class.getName());

    private final List<Object> listeners = new CopyOnWriteArrayList<>();

    @Override
    public void publish(Object event) {
        if (event == null) {
            throw new NullPointerException("event");
        }
        for (Object listener : listeners) {
            for (Method method : listener.getClass().getMethods()) {
                if (method.isAnnotationPresent(EventListener.class) && method.getParameterCount() == 1
                        && method.getParameterTypes()[0].isInstance(event)) {
                    try {
                        method.invoke(listener, event);
                    } catch (InvocationTargetException e) {
                        LOG.log(System.Logger.Level.WARNING, listener.getClass().getName() + "." + method.getName()
                                + " failed on " + event.getClass().getSimpleName(), e.getCause());
                    } catch (IllegalAccessException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        }
    }

    @Override
    public void register(Object listener) {
        if (listener == null) {
            throw new NullPointerException("listener");
        }
        if (!listeners.contains(listener)) {
            listeners.add(listener);
        }
    }

    @Override
    public void unregister(Object listener) {
        listeners.remove(listener);
    }

    @Override
    public void unregisterAll() {
        listeners.clear();
    }
}
