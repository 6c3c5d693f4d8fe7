package com.atlassian.jira.plugin.webfragment.conditions;

import com.atlassian.plugin.web.Condition;
import java.util.Map;

/**
 * Jira's built-in "a user is logged in" condition. Lodestar only names it in atlassian-plugin.xml; Jira loads it
 * through the plugin's class loader, so its package must be imported, and the bundle guard needs it declared
 * here to find it in the host stand-in. A class in the real API; this body never runs in Jira.
 */
public class UserLoggedInCondition implements Condition {
    @Override
    public void init(Map<String, String> params) {
    }

    @Override
    public boolean shouldDisplay(Map<String, Object> context) {
        throw new UnsupportedOperationException("compile-only declaration; Jira provides UserLoggedInCondition");
    }
}
