package io.lodestar.sandbox.host.platform;

import static org.junit.Assert.assertEquals;

import com.atlassian.event.api.EventListener;
import java.util.ArrayList;
import java.util.List;
import org.junit.Test;

public class SandboxEventPublisherTest {

    public static final class Listener {
        final List<String> heard = new ArrayList<>();

        @EventListener
        public void onText(String text) {
            heard.add("text " + text);
        }

        @EventListener
        public void onAnything(Object event) {
            heard.add("object " + event);
        }

        public void notAListener(String text) {
            heard.add("never " + text);
        }

        @EventListener
        public void failing(Integer number) {
            throw new IllegalStateException("listener bug");
        }
    }

    @Test
    public void shouldDeliverToAnnotatedMethodsOfAssignableTypeWhenPublished() {
        SandboxEventPublisher events = new SandboxEventPublisher();
        Listener listener = new Listener();
        events.register(listener);

        events.publish("a");
        events.publish(7);
        events.unregister(listener);
        events.publish("b");

        assertEquals("a failing listener method stops nothing; unregistered hears nothing more",
                java.util.Set.of("text a", "object a", "object 7"), new java.util.HashSet<>(listener.heard));
        assertEquals(3, listener.heard.size());
    }
}
