package io.lodestar.sandbox.host.confluence;

import com.atlassian.applinks.api.ApplicationLinkRequest;
import com.atlassian.applinks.api.ApplicationLinkRequestFactory;
import com.atlassian.applinks.api.ApplicationLinkResponseHandler;
import com.atlassian.applinks.api.CredentialsRequiredException;
import com.atlassian.sal.api.net.Request;
import com.atlassian.sal.api.net.Response;
import com.atlassian.sal.api.net.ResponseException;
import com.atlassian.sal.api.net.ResponseHandler;
import com.atlassian.sal.api.net.ReturningResponseHandler;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Requests over the sandbox's Jira link, sent with {@link HttpURLConnection}: a relative URL is resolved against the
 * link's RPC URL (as Application Links does), the viewer travels in {@link LinkedApplicationFilter}'s headers, and
 * SAL's timeouts are the connection's connect and read timeouts (milliseconds). A connection failure or timeout is
 * a {@link ResponseException}, as in SAL.
 */
final class HttpRequestFactory implements ApplicationLinkRequestFactory {
    private final URI rpcUrl;
    private final URI authoriseUri;
    private final boolean unauthorised;
    private final String viewer;
    private final String secret;
    private final int delayMillis;
    private final AtomicInteger requestsSent;

    HttpRequestFactory(URI rpcUrl, URI authoriseUri, boolean unauthorised, String viewer, String secret, int delayMillis,
                       AtomicInteger requestsSent) {
        this.rpcUrl = rpcUrl;
        this.authoriseUri = authoriseUri;
        this.unauthorised = unauthorised;
        this.viewer = viewer;
        this.secret = secret;
        this.delayMillis = delayMillis;
        this.requestsSent = requestsSent;
    }

    @Override
    public ApplicationLinkRequest createRequest(Request.MethodType methodType, String url) throws CredentialsRequiredException {
        if (unauthorised) {
            throw new CredentialsRequiredException(this, "You have not yet authorised Confluence to read Jira as you.") {
                private static final long serialVersionUID = 1L;

                @Override
                public URI getAuthorisationURI() {
                    return authoriseUri;
                }

                @Override
                public URI getAuthorisationURI(URI callback) {
                    return authoriseUri;
                }
            };
        }
        String base = rpcUrl.toString().replaceAll("/+$", "");
        return new HttpLinkRequest(methodType, url.startsWith("http") ? url : base + url);
    }

    @Override
    public URI getAuthorisationURI() {
        return authoriseUri;
    }

    @Override
    public URI getAuthorisationURI(URI callback) {
        return authoriseUri;
    }

    private final class HttpLinkRequest implements ApplicationLinkRequest {
        private final Request.MethodType method;
        private String url;
        private int connectTimeout = 10_000;
        private int readTimeout = 10_000;
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private String body;
        private String contentType;

        HttpLinkRequest(Request.MethodType method, String url) {
            this.method = method;
            this.url = url;
        }

        @Override
        public ApplicationLinkRequest setConnectionTimeout(int connectionTimeout) {
            this.connectTimeout = connectionTimeout;
            return this;
        }

        @Override
        public ApplicationLinkRequest setSoTimeout(int soTimeout) {
            this.readTimeout = soTimeout;
            return this;
        }

        @Override
        public ApplicationLinkRequest setUrl(String url) {
            this.url = url;
            return this;
        }

        @Override
        public ApplicationLinkRequest setRequestBody(String requestBody) {
            return setRequestBody(requestBody, "text/plain");
        }

        @Override
        public ApplicationLinkRequest setRequestBody(String requestBody, String contentType) {
            this.body = requestBody;
            this.contentType = contentType;
            return this;
        }

        @Override
        public ApplicationLinkRequest addRequestParameters(String... params) {
            throw new UnsupportedOperationException("not used by Lodestar");
        }

        @Override
        public ApplicationLinkRequest addHeader(String headerName, String headerValue) {
            headers.computeIfAbsent(headerName, ignored -> new ArrayList<>()).add(headerValue);
            return this;
        }

        @Override
        public ApplicationLinkRequest setHeader(String headerName, String headerValue) {
            headers.put(headerName, new ArrayList<>(List.of(headerValue)));
            return this;
        }

        @Override
        public ApplicationLinkRequest setFollowRedirects(boolean follow) {
            return this;
        }

        @Override
        public Map<String, List<String>> getHeaders() {
            return headers;
        }

        @Override
        public void execute(ResponseHandler<? super Response> responseHandler) throws ResponseException {
            responseHandler.handle(send());
        }

        @Override
        public String execute() throws ResponseException {
            return send().getResponseBodyAsString();
        }

        @Override
        public <RET> RET executeAndReturn(ReturningResponseHandler<? super Response, RET> responseHandler) throws ResponseException {
            return responseHandler.handle(send());
        }

        @Override
        public <R> R execute(ApplicationLinkResponseHandler<R> responseHandler) throws ResponseException {
            BufferedResponse response = send();
            return response.getStatusCode() == 401 ? responseHandler.credentialsRequired(response) : responseHandler.handle(response);
        }

        private BufferedResponse send() throws ResponseException {
            requestsSent.incrementAndGet();
            try {
                HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
                connection.setRequestMethod(method.name());
                connection.setConnectTimeout(connectTimeout);
                connection.setReadTimeout(readTimeout);
                connection.setInstanceFollowRedirects(false);
                headers.forEach((name, values) -> values.forEach(value -> connection.addRequestProperty(name, value)));
                connection.setRequestProperty(LinkedApplicationFilter.SECRET_HEADER, secret);
                if (viewer != null) {
                    connection.setRequestProperty(LinkedApplicationFilter.USER_HEADER, viewer);
                }
                if (delayMillis > 0) {
                    connection.setRequestProperty(LinkedApplicationFilter.DELAY_HEADER, String.valueOf(delayMillis));
                }
                if (body != null) {
                    connection.setDoOutput(true);
                    connection.setRequestProperty("Content-Type", contentType);
                    connection.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
                }
                int status = connection.getResponseCode();
                InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream();
                byte[] bytes = in == null ? new byte[0] : in.readAllBytes();
                Map<String, String> responseHeaders = new LinkedHashMap<>();
                connection.getHeaderFields().forEach((name, values) -> {
                    if (name != null && !values.isEmpty()) {
                        responseHeaders.put(name, values.get(0));
                    }
                });
                connection.disconnect();
                return new BufferedResponse(status, connection.getResponseMessage(), bytes, responseHeaders);
            } catch (IOException e) {
                throw new ResponseException(e.toString(), e);
            }
        }
    }

    /** A response read whole (Jira's answers to the macros are small). */
    private record BufferedResponse(int status, String statusText, byte[] body, Map<String, String> headers) implements Response {
        @Override
        public int getStatusCode() {
            return status;
        }

        @Override
        public String getResponseBodyAsString() {
            return new String(body, StandardCharsets.UTF_8);
        }

        @Override
        public InputStream getResponseBodyAsStream() {
            return new ByteArrayInputStream(body);
        }

        @Override
        public String getStatusText() {
            return statusText;
        }

        @Override
        public boolean isSuccessful() {
            return status >= 200 && status < 300;
        }

        @Override
        public String getHeader(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(Map.Entry::getValue).findFirst().orElse(null);
        }

        @Override
        public Map<String, String> getHeaders() {
            return headers;
        }
    }
}
