package io.lodestar.sandbox.server;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP client of a running sandbox: keeps its session cookie, follows redirects. */
final class SandboxClient {

    static final String REST = "/rest/lodestar/1.0";

    private final String base;
    private final HttpClient http;

    SandboxClient(SandboxServer server) {
        this(server.baseUrl());
    }

    /** A client of a sandbox at {@code base} ({@code http://localhost:PORT}), e.g. one in a process of its own. */
    SandboxClient(String base) {
        this.base = base;
        this.http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A state-changing call the way the page's scripts make it: JSON with the no-check header. */
    HttpResponse<String> postJson(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-Atlassian-Token", "no-check")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> putJson(String path, String json) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("X-Atlassian-Token", "no-check")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String contentType, String body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens the OKR page (which signs alice in) and switches to {@code user} with the header's form. */
    HttpResponse<String> switchTo(String user) throws IOException, InterruptedException {
        HttpResponse<String> page = get("/plugins/servlet/lodestar/okrs");
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(page.body());
        if (!token.find()) {
            throw new AssertionError("no switch-user form on the page");
        }
        String form = "user=" + user + "&token=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)
                + "&os_destination=" + URLEncoder.encode("/plugins/servlet/lodestar/okrs", StandardCharsets.UTF_8);
        return post("/sandbox/login", "application/x-www-form-urlencoded", form);
    }
}
