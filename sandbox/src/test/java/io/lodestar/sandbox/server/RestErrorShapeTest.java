package io.lodestar.sandbox.server;

import static org.hamcrest.CoreMatchers.containsString;
import static org.hamcrest.CoreMatchers.not;
import static org.hamcrest.CoreMatchers.startsWith;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Every error under {@code /rest/} has the API's JSON error shape, including those raised before the app runs:
 * by the servlet container (a malformed request line, a path with {@code %00}, a huge query string or header, an
 * unknown path) or by the JAX-RS runtime (a malformed content type). Sent as raw bytes over a socket, since a
 * well-behaved HTTP client refuses to send most of them.
 */
public class RestErrorShapeTest {

    private static SandboxServer server;

    @BeforeClass
    public static void start() throws Exception {
        Path data = Files.createTempDirectory("sandbox-errors");
        server = SandboxServer.start(new SandboxServer.Settings(0, null, data, Clock.systemUTC()));
    }

    @AfterClass
    public static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    public void shouldAnswerAnUnknownRestPathWithTheJsonErrorShape() throws IOException {
        assertJsonError(exchange("GET /rest/lodestar/1.0/nothing-here HTTP/1.1\r\nHost: x\r\n\r\n"), 404);
        assertJsonError(exchange("GET /rest/other-app/2/thing HTTP/1.1\r\nHost: x\r\n\r\n"), 404);
    }

    @Test
    public void shouldAnswerAMalformedContentTypeWithTheJsonErrorShape() throws IOException {
        String body = "{\"title\":\"x\"}";
        String answer = exchange("POST /rest/lodestar/1.0/objectives HTTP/1.1\r\nHost: x\r\nX-Atlassian-Token: no-check\r\n"
                + "Content-Type: application/json; charset\r\nContent-Length: " + body.length() + "\r\n\r\n" + body);

        assertTrue(answer, status(answer) >= 400 && status(answer) < 500);
        assertJsonBody(answer);
    }

    @Test
    public void shouldAnswerANulInThePathWithTheJsonErrorShape() throws IOException {
        assertJsonError(exchange("GET /rest/lodestar/1.0/cycles/%00/okrs HTTP/1.1\r\nHost: x\r\n\r\n"), 400);
    }

    @Test
    public void shouldAnswerAHugeQueryStringAndAHugeHeaderWithTheJsonErrorShape() throws IOException {
        String query = "team=" + "A".repeat(1_000_000);
        String longQuery = exchange("GET /rest/lodestar/1.0/cycles?" + query + " HTTP/1.1\r\nHost: x\r\n\r\n");
        String longHeader = exchange("GET /rest/lodestar/1.0/cycles HTTP/1.1\r\nHost: x\r\nX-Big: "
                + "b".repeat(100_000) + "\r\n\r\n");

        assertTrue(longQuery, status(longQuery) == 414 || status(longQuery) == 431 || status(longQuery) == 400);
        assertJsonBody(longQuery);
        assertEquals(longHeader.substring(0, Math.min(200, longHeader.length())), 431, status(longHeader));
        assertJsonBody(longHeader);
    }

    @Test
    public void shouldAnswerAMalformedRequestLineWithTheJsonErrorShape() throws IOException {
        String answer = exchange("GET /rest/lodestar/1.0/cycles HTTP/1.1\r\nHost: x\r\nBad Header Line\r\n\r\n");

        assertEquals(answer, 400, status(answer));
        assertJsonBody(answer);
    }

    private static void assertJsonError(String answer, int expected) {
        assertEquals(answer, expected, status(answer));
        assertJsonBody(answer);
    }

    private static void assertJsonBody(String answer) {
        String lower = answer.toLowerCase(Locale.ROOT);
        assertThat(answer, lower, containsString("content-type: application/json"));
        String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
        assertThat(answer, body, startsWith("{\"errors\":[{\"field\":null,\"message\":\""));
        assertThat(body, not(containsString("<html")));
        assertThat(body, not(containsString("Exception")));
    }

    private static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    /** Sends {@code request} as bytes and reads the whole answer (the server closes or the body ends). */
    private static String exchange(String request) throws IOException {
        try (Socket socket = new Socket("localhost", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.replace("HTTP/1.1\r\nHost: x\r\n", "HTTP/1.1\r\nHost: x\r\nConnection: close\r\n")
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                // The server may answer and close before the whole request is written (a huge header).
            }
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    answer.write(buffer, 0, n);
                }
            } catch (IOException e) {
                // A reset after the answer: what was read is the answer.
            }
            return answer.toString(StandardCharsets.UTF_8);
        }
    }
}
