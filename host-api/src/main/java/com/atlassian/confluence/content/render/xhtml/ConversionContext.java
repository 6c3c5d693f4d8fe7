package com.atlassian.confluence.content.render.xhtml;

/** Where a macro is being rendered (page, preview, PDF...). Only simple getters are declared. */
public interface ConversionContext {
    String getOutputType();

    String getOutputDeviceType();

    String getSpaceKey();

    Object getProperty(String name);
}
