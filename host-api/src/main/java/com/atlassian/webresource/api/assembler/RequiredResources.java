package com.atlassian.webresource.api.assembler;

/**
 * The web-resources required so far for a page. {@code requireWebResource} takes a complete module key,
 * {@code pluginKey:moduleKey}, and returns this object for chaining (the real return type, kept for the method
 * descriptor). The real interface has more methods (contexts, phases, exclusions).
 */
public interface RequiredResources {
    RequiredResources requireWebResource(String moduleCompleteKey);
}
