package io.lodestar.sandbox.host.confluence;

import com.atlassian.confluence.content.render.xhtml.ConversionContext;
import com.atlassian.confluence.macro.Macro;
import com.atlassian.confluence.macro.MacroExecutionException;
import com.atlassian.templaterenderer.TemplateRenderer;
import io.lodestar.sandbox.host.SandboxUsers;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * The sandbox Confluence's pages, {@code /confluence/display/SPACE/Title}: a page kept in storage format (a resource
 * {@code pages/SPACE/Title.xml}) rendered as Confluence renders it, each {@code <ac:structured-macro>} replaced by
 * what the macro of that name returns for its {@code <ac:parameter>}s. A macro that throws gets Confluence's own
 * error box; everything else the page shows comes from the macros.
 *
 * <p>Switches, to see the macros' boxes: {@code ?jira=off|unauthorised|slow} (the link, for this view),
 * {@code ?output=pdf|word|email} (the conversion context's output type), {@code ?flush=1} (empties the cache first,
 * as Confluence's cache administration does). The authorisation page a macro links to is
 * {@value ConfluenceHost#AUTHORISE_PATH}.
 */
public final class ConfluencePageServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    static final String TEMPLATE = "io/lodestar/sandbox/host/confluence/page.vm";
    static final String PAGES = "io/lodestar/sandbox/host/confluence/pages/";
    private static final Pattern PAGE = Pattern.compile("/display/([A-Z][A-Z0-9]*)/([A-Za-z0-9+%._-]+)");
    private static final Pattern MACRO = Pattern.compile(
            "<ac:structured-macro\\s+ac:name=\"([a-z0-9-]+)\"[^>]*?(?:/>|>(.*?)</ac:structured-macro>)", Pattern.DOTALL);
    private static final Pattern PARAMETER = Pattern.compile("<ac:parameter\\s+ac:name=\"([A-Za-z0-9_-]+)\"\\s*>(.*?)</ac:parameter>",
            Pattern.DOTALL);

    private final transient ConfluenceHost confluence;
    private final transient TemplateRenderer renderer;
    private final transient SandboxUsers users;

    public ConfluencePageServlet(ConfluenceHost confluence, TemplateRenderer renderer, SandboxUsers users) {
        this.confluence = confluence;
        this.renderer = renderer;
        this.users = users;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        if (users.current().isEmpty()) {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
            return;
        }
        if ((ConfluenceHost.PATH + path).equals(ConfluenceHost.AUTHORISE_PATH)) {
            Map<String, Object> context = new LinkedHashMap<>();
            context.put("authorise", true);
            context.put("back", request.getContextPath() + ConfluenceHost.DEMO_PAGE);
            renderer.render(TEMPLATE, context, response.getWriter());
            return;
        }
        Matcher page = PAGE.matcher(path);
        String storage = page.matches() ? storage(page.group(1), page.group(2)) : null;
        if (storage == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if ("1".equals(request.getParameter("flush"))) {
            confluence.caches().flush();
        }
        String outputType = outputType(request.getParameter("output"));
        confluence.links().use(SandboxApplicationLinks.Mode.of(request.getParameter("jira")));
        String bodyHtml;
        try {
            bodyHtml = render(storage, new PageContext(outputType, page.group(1)));
        } finally {
            confluence.links().reset();
        }
        Map<String, Object> context = new LinkedHashMap<>();
        context.put("authorise", false);
        context.put("space", page.group(1));
        context.put("title", URLDecoder.decode(page.group(2), StandardCharsets.UTF_8));
        context.put("pagePath", request.getContextPath() + ConfluenceHost.PATH + path);
        context.put("jira", SandboxApplicationLinks.Mode.of(request.getParameter("jira")).name().toLowerCase(Locale.ROOT));
        context.put("output", outputType);
        context.put("bodyHtml", bodyHtml);
        renderer.render(TEMPLATE, context, response.getWriter());
    }

    /** The page's storage format, or null when the space has no page of that title. */
    private static String storage(String space, String title) throws IOException {
        String name = URLDecoder.decode(title, StandardCharsets.UTF_8).replace(' ', '-').toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z0-9-]+")) {
            return null;
        }
        try (InputStream in = ConfluencePageServlet.class.getClassLoader().getResourceAsStream(PAGES + space + "/" + name + ".xml")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The page's HTML: the storage format with every macro replaced by its output. */
    String render(String storage, ConversionContext context) {
        Matcher macros = MACRO.matcher(storage);
        StringBuilder html = new StringBuilder();
        while (macros.find()) {
            macros.appendReplacement(html, Matcher.quoteReplacement(macro(macros.group(1),
                    macros.group(2) == null ? "" : macros.group(2), context)));
        }
        macros.appendTail(html);
        return html.toString();
    }

    private String macro(String name, String content, ConversionContext context) {
        Map<String, String> parameters = new LinkedHashMap<>();
        Matcher parameter = PARAMETER.matcher(content);
        while (parameter.find()) {
            parameters.put(parameter.group(1), unescapeXml(parameter.group(2)));
        }
        Macro macro = confluence.plugin().macros().get(name);
        if (macro == null) {
            return errorBox("Unknown macro: " + name);
        }
        try {
            return "<div class=\"conf-macro output-block\" data-macro-name=\"" + name + "\">"
                    + macro.execute(parameters, null, context) + "</div>";
        } catch (MacroExecutionException | RuntimeException e) {
            return errorBox("Error rendering macro '" + name + "': " + e.getMessage());
        }
    }

    /** Confluence's own box for a macro that failed (its text is Confluence's, not the app's). */
    private static String errorBox(String message) {
        return "<div class=\"aui-message aui-message-error\"><p>" + escape(message) + "</p></div>";
    }

    private static String outputType(String requested) {
        return requested != null && requested.matches("pdf|word|email|preview") ? requested : "display";
    }

    private static String unescapeXml(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&amp;", "&");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The conversion context of one page view. */
    private record PageContext(String outputType, String spaceKey) implements ConversionContext {
        @Override
        public String getOutputType() {
            return outputType;
        }

        @Override
        public String getOutputDeviceType() {
            return "desktop";
        }

        @Override
        public String getSpaceKey() {
            return spaceKey;
        }

        @Override
        public Object getProperty(String name) {
            return null;
        }
    }
}
