package io.lodestar.sandbox.server;

import io.lodestar.sandbox.host.SandboxPageBuilderService;
import io.lodestar.sandbox.host.SandboxTemplateRenderer;
import io.lodestar.sandbox.host.SandboxUser;
import io.lodestar.sandbox.host.SandboxUsers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletOutputStream;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.WriteListener;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.HttpServletResponseWrapper;

/**
 * The sandbox's stand-in for Jira's {@code atl.general} decorator (SiteMesh): an HTML page a servlet writes with
 * {@code <meta name="decorator" content="atl.general">} is wrapped in the host's chrome. The page's title, head
 * and body are kept; the chrome adds AUI (from the npm package), the web-resources the page required through the
 * PageBuilderService, and a header with the app's top navigation menus ({@link TopNavigation}), the signed-in user and a
 * form to switch to another user. Anything else
 * (redirects, errors, non-HTML) passes through untouched.
 */
final class DecoratorFilter implements Filter {

    static final String TEMPLATE = "io/lodestar/sandbox/server/decorator.vm";
    private static final Pattern DECORATOR = Pattern.compile("<meta\\s+name=\"decorator\"\\s+content=\"atl\\.general\"\\s*/?>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TITLE = Pattern.compile("<title>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HEAD = Pattern.compile("<head>(.*?)</head>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern BODY = Pattern.compile("<body[^>]*>(.*)</body>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private final SandboxTemplateRenderer renderer;
    private final SandboxPageBuilderService pageBuilder;
    private final WebResources webResources;
    private final SandboxUsers users;
    private final List<TopNavigation.Menu> menus;
    /** This node's name in the cluster (issue 14), shown in the footer. */
    private final String nodeId;

    DecoratorFilter(SandboxTemplateRenderer renderer, SandboxPageBuilderService pageBuilder, WebResources webResources,
                    SandboxUsers users, List<TopNavigation.Menu> menus, String nodeId) {
        this.nodeId = nodeId;
        this.menus = List.copyOf(menus);
        this.renderer = renderer;
        this.pageBuilder = pageBuilder;
        this.webResources = webResources;
        this.users = users;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        pageBuilder.drainRequired();
        Buffer buffer = new Buffer(response);
        try {
            chain.doFilter(request, buffer);
        } finally {
            List<String> required = pageBuilder.drainRequired();
            String contentType = buffer.getContentType();
            String page = buffer.text();
            if (!response.isCommitted() && contentType != null && contentType.startsWith("text/html")
                    && DECORATOR.matcher(page).find()) {
                decorate(request, response, page, required);
            } else if (!response.isCommitted() || buffer.size() > 0) {
                buffer.writeThrough();
            }
        }
    }

    private void decorate(HttpServletRequest request, HttpServletResponse response, String page, List<String> required)
            throws IOException {
        WebResources.Includes includes = webResources.includes(required);
        SandboxUser user = users.current().orElse(null);
        Map<String, Object> context = new HashMap<>();
        context.put("contextPath", request.getContextPath());
        context.put("title", firstGroup(TITLE, page));
        context.put("pageHeadHtml", DECORATOR.matcher(firstGroup(HEAD, page)).replaceAll("")
                .replaceAll("(?is)<title>.*?</title>", ""));
        context.put("pageBodyHtml", firstGroup(BODY, page));
        context.put("scripts", includes.scripts());
        context.put("styles", includes.styles());
        context.put("user", user);
        context.put("nodeId", nodeId);
        context.put("menus", user == null ? List.of() : menus);
        context.put("otherUsers", users.all().stream().filter(other -> other != user).toList());
        context.put("token", SessionUserFilter.token(request));
        String query = request.getQueryString();
        context.put("destination", request.getRequestURI().substring(request.getContextPath().length())
                + (query == null ? "" : "?" + query));
        response.setContentType("text/html;charset=UTF-8");
        renderer.render(TEMPLATE, context, response.getWriter());
    }

    private static String firstGroup(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        return matcher.find() ? matcher.group(1) : "";
    }

    /** Holds what the servlet writes until the filter knows whether to decorate it. */
    private static final class Buffer extends HttpServletResponseWrapper {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;
        private ServletOutputStream stream;

        Buffer(HttpServletResponse response) {
            super(response);
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("blocking output only");
                    }

                    @Override
                    public void write(int b) {
                        bytes.write(b);
                    }
                };
            }
            return stream;
        }

        @Override
        public void flushBuffer() {
            // Held until the filter decides; committing now would make decoration impossible.
        }

        @Override
        public void setContentLength(int length) {
            // The decorated page has another length.
        }

        @Override
        public void setContentLengthLong(long length) {
            // The decorated page has another length.
        }

        int size() {
            flush();
            return bytes.size();
        }

        String text() {
            flush();
            return bytes.toString(StandardCharsets.UTF_8);
        }

        void writeThrough() throws IOException {
            flush();
            if (bytes.size() > 0) {
                getResponse().getOutputStream().write(bytes.toByteArray());
            }
        }

        private void flush() {
            if (writer != null) {
                writer.flush();
            }
        }
    }
}
