package io.lodestar.confluence.macro;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import java.util.Set;

/**
 * Whether a macro renders for a browser or for an export. {@code ConversionContext.getOutputType()} is the lower-case
 * name of Confluence's output type (reference sheet §12.8): PDF, Word, e-mail, HTML export and feeds cannot run
 * scripts or draw inline charts reliably, so they get a plain table.
 */
final class OutputMode {
    private static final Set<String> EXPORTS = Set.of("pdf", "word", "email", "html_export", "feed");

    private OutputMode() {
    }

    static boolean isExport(ConversionContext context) {
        return context != null && context.getOutputType() != null && EXPORTS.contains(context.getOutputType());
    }
}
