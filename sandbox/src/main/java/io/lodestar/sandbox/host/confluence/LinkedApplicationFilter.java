package io.lodestar.sandbox.host.confluence;

import io.lodestar.sandbox.host.SandboxUser;
import io.lodestar.sandbox.host.SandboxUsers;
import java.io.IOException;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;

/**
 * The Jira side of the sandbox's application link, in front of Jira's REST API: a request that carries the link's
 * secret runs as the user it names (as Jira runs an OAuth request with impersonation as its user), and may ask Jira
 * to answer late, to stand for a slow Jira. Without the secret (any other client) the headers mean nothing.
 */
public final class LinkedApplicationFilter implements Filter {
    public static final String SECRET_HEADER = "X-Lodestar-Sandbox-Link";
    public static final String USER_HEADER = "X-Lodestar-Sandbox-User";
    public static final String DELAY_HEADER = "X-Lodestar-Sandbox-Delay";
    private static final int MAX_DELAY_MILLIS = 15_000;

    private final SandboxUsers users;
    private final byte[] secret;

    public LinkedApplicationFilter(SandboxUsers users, String secret) {
        this.users = users;
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        String given = request.getHeader(SECRET_HEADER);
        if (given == null || !MessageDigest.isEqual(secret, given.getBytes(StandardCharsets.UTF_8))) {
            chain.doFilter(request, response);
            return;
        }
        delay(request.getHeader(DELAY_HEADER));
        String name = request.getHeader(USER_HEADER);
        SandboxUser user = name == null ? null : users.byName(name).orElse(null);
        users.bind(user);
        try {
            chain.doFilter(request, response);
        } finally {
            users.unbind();
        }
    }

    private static void delay(String millis) {
        if (millis == null || !millis.matches("[0-9]{1,5}")) {
            return;
        }
        try {
            Thread.sleep(Math.min(MAX_DELAY_MILLIS, Integer.parseInt(millis)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
