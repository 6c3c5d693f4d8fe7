package io.lodestar.sandbox.host.jira;

import com.atlassian.plugin.web.Condition;
import io.lodestar.sandbox.host.SandboxUsers;
import java.util.Map;
import java.util.function.Function;

/**
 * The sandbox's implementations of Jira's web-fragment condition classes, by the class name a descriptor gives.
 * Each does what Jira's class decides, for the sandbox's users; a class not listed here fails the start with its
 * name, so a descriptor never shows a fragment whose condition the sandbox silently ignored.
 */
public final class JiraConditions {

    /** Jira's "someone is signed in" condition. */
    public static final String USER_LOGGED_IN = "com.atlassian.jira.plugin.webfragment.conditions.UserLoggedInCondition";

    private static final Map<String, Function<SandboxUsers, Condition>> KNOWN = Map.of(
            USER_LOGGED_IN, users -> new Fixed(context -> users.current().isPresent()));

    private JiraConditions() {
    }

    /**
     * The sandbox's condition for a Jira condition class.
     *
     * @throws IllegalStateException when the sandbox does not implement that class
     */
    public static Condition of(String className, SandboxUsers users) {
        Function<SandboxUsers, Condition> known = KNOWN.get(className);
        if (known == null) {
            throw new IllegalStateException("the descriptor names the condition " + className + ", which the sandbox"
                    + " does not implement: add it to " + JiraConditions.class.getName() + " (known: "
                    + String.join(", ", new java.util.TreeSet<>(KNOWN.keySet())) + ")");
        }
        return known.apply(users);
    }

    /** A condition that needs no parameters. */
    private record Fixed(java.util.function.Predicate<Map<String, Object>> test) implements Condition {
        @Override
        public void init(Map<String, String> params) {
            // Parameterless.
        }

        @Override
        public boolean shouldDisplay(Map<String, Object> context) {
            return test.test(context);
        }
    }
}
