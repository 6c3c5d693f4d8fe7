package io.lodestar.sandbox.server;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.lodestar.sandbox.host.SandboxI18n;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

/**
 * Serves {@code /download/resources/<pluginKey>:<webResourceKey>/<name>}: the app's web-resource files from the
 * classpath locations of its descriptor, and AUI ({@code com.atlassian.auiplugin:ajs/...}) from the npm package
 * the build copied into the sandbox jar. Scripts of web-resources that declare Jira's {@code jsI18n} transformer
 * get the same treatment as in Jira: {@code AJS.I18n.getText("key")} becomes the translated string.
 */
final class DownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String AUI_LOCATION = "META-INF/sandbox/aui/";
    private static final Pattern I18N_CALL =
            Pattern.compile("AJS\\.I18n\\.getText\\(\\s*(['\"])([\\w.\\-]+)\\1\\s*([,)])");
    private static final Map<String, String> TYPES = Map.of(
            "js", "application/javascript;charset=UTF-8", "css", "text/css;charset=UTF-8", "png", "image/png",
            "svg", "image/svg+xml", "gif", "image/gif", "woff", "font/woff", "woff2", "font/woff2",
            "ttf", "font/ttf", "map", "application/json", "json", "application/json");

    private final transient WebResources webResources;
    private final transient SandboxI18n i18n;
    private final transient ClassLoader loader;

    DownloadServlet(WebResources webResources, SandboxI18n i18n, ClassLoader loader) {
        this.webResources = webResources;
        this.i18n = i18n;
        this.loader = loader;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        int slash = path.indexOf('/');
        if (slash < 0 || path.contains("..")) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String completeKey = path.substring(0, slash);
        String name = path.substring(slash + 1);
        Optional<WebResources.File> file = completeKey.startsWith(WebResources.AUI_PLUGIN + ":")
                ? Optional.of(new WebResources.File(AUI_LOCATION + name, false))
                : webResources.file(completeKey, name);
        if (file.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        try (InputStream in = loader.getResourceAsStream(file.get().location())) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
            String extension = name.substring(name.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            response.setHeader("Cache-Control", "no-cache");
            response.setHeader("X-Content-Type-Options", "nosniff");
            if (file.get().jsI18n()) {
                byte[] script = translate(new String(in.readAllBytes(), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
                response.getOutputStream().write(script);
            } else {
                in.transferTo(response.getOutputStream());
            }
        }
    }

    /** Jira's jsI18n transformation: a call with only a key becomes the text, one with arguments AJS.format. */
    String translate(String script) {
        Matcher call = I18N_CALL.matcher(script);
        StringBuilder out = new StringBuilder();
        while (call.find()) {
            String text = "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(i18n.getText(call.group(2)))) + "\"";
            String replacement = call.group(3).equals(")") ? text : "AJS.format(" + text + ",";
            call.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        call.appendTail(out);
        return out.toString();
    }
}
