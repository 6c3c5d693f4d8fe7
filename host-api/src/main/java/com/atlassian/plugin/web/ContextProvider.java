package com.atlassian.plugin.web;

import com.atlassian.plugin.PluginParseException;
import java.util.Map;

/** Adds entries to the Velocity context of a web panel or web item. */
public interface ContextProvider {
    void init(Map<String, String> params) throws PluginParseException;

    Map<String, Object> getContextMap(Map<String, Object> context);
}
