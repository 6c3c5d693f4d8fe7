package io.lodestar.sandbox.server;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
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
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * Every error under {@code /rest/} in the API's shape, {@code {"errors":[{"field":null,"message":...}]}} as
 * application/json, also when it is raised before the app's resources run: by Jetty (an unknown path, a request
 * it cannot parse, a path with {@code %00}, a URI or headers too large) or by Jersey itself (a malformed
 * content type, answered with a status and no body). In Jira, the REST plugin and Tomcat answer those; the
 * app's own resources answer in this shape through its exception mappers. Two parts:
 * <ul>
 *   <li>{@link Handler}: Jetty's error handler. A request Jetty could not parse has no trustworthy path, so its
 *       answer is always JSON;</li>
 *   <li>{@link BodyFilter}: in front of the REST servlet, writes the body of an error status that was set
 *       without one.</li>
 * </ul>
 */
final class RestErrors {

    static final String REST_PREFIX = "/rest/";

    private RestErrors() {
    }

    /** The error body for {@code status}, with a message for people. */
    static String body(int status) {
        String message = switch (status) {
            case 400 -> "bad request: the request could not be read";
            case 401 -> "You are not signed in.";
            case 403 -> "forbidden";
            case 404 -> "not found";
            case 405 -> "method not allowed";
            case 406 -> "not acceptable: this resource answers application/json";
            case 413 -> "the request body is too large";
            case 414 -> "the address (URI) is too long";
            case 415 -> "unsupported content type: send application/json";
            case 431 -> "the request's headers are too large";
            default -> status >= 500 ? "an unexpected error occurred; the administrator can find it in the log"
                    : "the request was refused (HTTP " + status + ")";
        };
        return "{\"errors\":[{\"field\":null,\"message\":\"" + message + "\"}]}";
    }

    /** Jetty's error pages, as JSON for the REST paths and for requests that could not be parsed at all. */
    static final class Handler extends ErrorHandler {

        Handler() {
            setShowStacks(false);
            setShowServlet(false);
            setShowMessageInTitle(false);
        }

        @Override
        protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
                                                  HttpServletResponse response, int code, String message) throws IOException {
            String uri = request.getRequestURI();
            if (uri == null || !uri.startsWith(REST_PREFIX)) {
                super.generateAcceptableResponse(baseRequest, request, response, code, message);
                return;
            }
            baseRequest.setHandled(true);
            response.setContentType("application/json;charset=utf-8");
            response.getOutputStream().write(body(code).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
            fields.put(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
            return ByteBuffer.wrap(body(status).getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Gives an error status that left the REST servlet without a body the API's error body. */
    static final class BodyFilter implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            Tracking tracking = new Tracking((HttpServletResponse) response);
            chain.doFilter(request, tracking);
            int status = tracking.getStatus();
            if (status >= 400 && !tracking.wrote && !response.isCommitted()) {
                response.resetBuffer();
                response.setContentType("application/json;charset=utf-8");
                response.getOutputStream().write(body(status).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /** A response that notes whether anything was written to its body. */
    private static final class Tracking extends HttpServletResponseWrapper {

        private boolean wrote;

        Tracking(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() throws IOException {
            ServletOutputStream out = super.getOutputStream();
            return new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    wrote = true;
                    out.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    wrote |= len > 0;
                    out.write(b, off, len);
                }

                @Override
                public void flush() throws IOException {
                    out.flush();
                }

                @Override
                public boolean isReady() {
                    return out.isReady();
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    out.setWriteListener(listener);
                }
            };
        }

        @Override
        public java.io.PrintWriter getWriter() throws IOException {
            wrote = true;
            return super.getWriter();
        }
    }
}
