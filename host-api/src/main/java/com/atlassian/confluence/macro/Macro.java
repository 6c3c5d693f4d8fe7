package com.atlassian.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Map;

/** An {@code xhtml-macro} implementation: turns the macro's parameters into HTML. */
public interface Macro {
    String execute(Map<String, String> parameters, String body, ConversionContext context) throws MacroExecutionException;

    BodyType getBodyType();

    OutputType getOutputType();

    /** What the macro accepts as body. */
    enum BodyType {
        PLAIN_TEXT, RICH_TEXT, NONE
    }

    /** Whether the macro renders inline or as a block. */
    enum OutputType {
        INLINE, BLOCK
    }
}
